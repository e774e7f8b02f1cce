// The import pipeline shared by `npm run load` and POST /api/datasets:
// parse → validate fully → write everything in one transaction; any failure writes nothing.
import {
  checkRules, Label, needKey, normaliseDatasetRegions, parseShape, Rel, salvage, supplyKey, type Dataset, type KnownIds, type Problem,
} from '../graph-schema/index.js';
import type { Engine, Tx } from '../api/engine/index.js';
import { clearRegions, lookups, upsertNodes, upsertRels } from './writes.js';

export type Counts = Record<'clusters' | 'organizations' | 'memberships' | 'products' | 'supplies' | 'needs' | 'financials' | 'projects' | 'surveys', number>;
export interface ImportResult { created: Counts; updated: Counts; warnings: Problem[] }

/** A document that breaks the format's rules: every problem, nothing written. */
export class DatasetInvalid extends Error {
  constructor(readonly errors: Problem[], readonly warnings: Problem[]) {
    super(`the dataset has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written`);
    this.name = 'DatasetInvalid';
  }
}

export async function importDataset(engine: Engine, input: unknown): Promise<ImportResult> {
  const doc = await parseDocument(engine, input);
  return engine.write(async (tx) => {
    const result = await prepareImport(tx, doc);
    await writeAll(tx, doc);
    return result;
  });
}

/**
 * What importDataset would answer (created, updated, warnings, or DatasetInvalid), through reads only:
 * dry runs use it instead of a rolled-back import, which kuzu 0.11.3 cannot be trusted with (engine-notes.md).
 */
export async function checkDataset(engine: Engine, input: unknown): Promise<ImportResult> {
  return prepareImport({ run: (q, p) => engine.read(q, p) }, await parseDocument(engine, input));
}

/** Every error of a document, writing nothing (a workbook with unreadable cells is checked, never imported). */
export async function datasetErrors(engine: Engine, input: unknown): Promise<Problem[]> {
  try {
    await checkDataset(engine, input);
    return [];
  } catch (e) {
    if (e instanceof DatasetInvalid) return e.errors;
    throw e;
  }
}

/** The shape check: the parsed document, or DatasetInvalid with the rule problems of its valid part too. */
async function parseDocument(engine: Engine, input: unknown): Promise<Dataset> {
  const shape = parseShape(input);
  if (!shape.ok) throw new DatasetInvalid([...shape.errors, ...(await ruleProblemsOfValidPart(engine, input, shape.errors))], shape.warnings);
  return shape.dataset;
}

/** Everything an import does before writing (shared by importDataset and checkDataset, so they cannot drift). */
async function prepareImport(tx: Tx, doc: Dataset): Promise<ImportResult> {
  // Canonical subject names, so the registry, the atlas rating and imported data meet (regions.ts).
  const warnings: Problem[] = normaliseDatasetRegions(doc);
  mergeByInn(doc, await innOwners(tx, doc), warnings);
  const known = await knownIds(tx, doc);
  const checked = checkRules(doc, known);
  if (checked.errors.length) throw new DatasetInvalid(checked.errors, checked.warnings);
  const counts = await countExisting(tx, doc);
  return { ...counts, warnings: [...warnings, ...checked.warnings] };
}

/** The cross-record problems of the records that pass the shape check (reads only). */
async function ruleProblemsOfValidPart(engine: Engine, input: unknown, shapeErrors: Problem[]): Promise<Problem[]> {
  const part = salvage(input);
  if (!part) return [];
  const known = await knownIds({ run: (q, p) => engine.read(q, p) }, part.dataset);
  for (const id of part.definedIds.clusters) known.clusters.add(id);
  for (const id of part.definedIds.orgs) known.orgs.add(id);
  for (const id of part.definedIds.products) known.products.add(id);
  const seen = new Set(shapeErrors.map((e) => e.path));
  return checkRules(part.dataset, known).errors
    .map((e) => ({ ...e, path: part.originalPath(e.path) }))
    .filter((e) => !seen.has(e.path));
}

/** The same INN is the same organization: a document's id for it is rewritten to the stored id. */
async function innOwners(tx: Tx, doc: Dataset): Promise<Map<string, string>> {
  const inns = doc.organizations.flatMap((o) => (o.inn ? [o.inn] : []));
  const rows = inns.length ? await tx.run(lookups.orgsByInn, { inns }) : [];
  return new Map(rows.map((r) => [r.inn as string, r.id as string]));
}

function mergeByInn(doc: Dataset, owners: Map<string, string>, warnings: Problem[]): void {
  const rename = new Map<string, string>();
  doc.organizations.forEach((o, i) => {
    const owner = o.inn ? owners.get(o.inn) : undefined;
    if (owner && owner !== o.id) {
      warnings.push({ path: `organizations[${i}].inn`, value: o.inn, message: `INN ${o.inn} is already organization "${owner}": "${o.id}" is merged into it` });
      rename.set(o.id, owner);
      o.id = owner;
    }
  });
  if (!rename.size) return;
  const to = (id: string) => rename.get(id) ?? id;
  for (const m of doc.memberships) m.org = to(m.org);
  for (const p of doc.produces) p.org = to(p.org);
  for (const s of doc.supplies) [s.from, s.to] = [to(s.from), to(s.to)];
  for (const n of doc.needs) n.org = to(n.org);
  for (const p of doc.projects) p.participants = p.participants.map(to);
  for (const v of doc.surveys) v.org = to(v.org);
}

async function knownIds(tx: Tx, doc: Dataset): Promise<KnownIds> {
  const inDoc = { clusters: new Set(doc.clusters.map((c) => c.id)), orgs: new Set(doc.organizations.map((o) => o.id)), products: new Set(doc.products.map((p) => p.id)) };
  const outside = (ids: (string | null | undefined)[], defined: Set<string>) => [...new Set(ids.filter((x): x is string => !!x && !defined.has(x)))];
  const clusterRefs = outside([...doc.memberships.map((m) => m.cluster), ...doc.projects.map((p) => p.cluster), ...doc.surveys.map((v) => v.cluster)], inDoc.clusters);
  const orgRefs = outside([...doc.memberships.map((m) => m.org), ...doc.produces.map((p) => p.org), ...doc.supplies.flatMap((s) => [s.from, s.to]), ...doc.needs.map((n) => n.org), ...doc.projects.flatMap((p) => p.participants), ...doc.surveys.map((v) => v.org)], inDoc.orgs);
  const productRefs = outside([...doc.produces.map((p) => p.product), ...doc.supplies.map((s) => s.product), ...doc.needs.map((n) => n.product), ...doc.projects.flatMap((p) => p.products)], inDoc.products);
  const ids = async (q: string, list: string[]) => new Set(list.length ? (await tx.run(q, { ids: list })).map((r) => r.id as string) : []);
  const stageClusters = [...new Set(doc.memberships.map((m) => m.cluster))];
  const stageRows = stageClusters.length ? await tx.run(lookups.stages, { ids: stageClusters }) : [];
  const stages = new Map<string, Set<string>>();
  for (const r of stageRows) stages.set(r.cluster as string, (stages.get(r.cluster as string) ?? new Set()).add(r.stage as string));
  return {
    clusters: await ids(lookups.clusters, clusterRefs),
    orgs: await ids(lookups.orgs, orgRefs),
    products: await ids(lookups.products, productRefs),
    stages,
  };
}

async function countExisting(tx: Tx, doc: Dataset): Promise<{ created: Counts; updated: Counts }> {
  const have = async (q: string, params: { ids: string[] }, col = 'id') =>
    new Set(params.ids.length ? (await tx.run(q, params)).map((r) => r[col] as string) : []);
  const orgIds = doc.organizations.map((o) => o.id);
  const existing = {
    clusters: await have(lookups.clusters, { ids: doc.clusters.map((c) => c.id) }),
    organizations: await have(lookups.orgs, { ids: orgIds }),
    products: await have(lookups.products, { ids: doc.products.map((p) => p.id) }),
    projects: await have(lookups.projects, { ids: doc.projects.map((p) => p.id) }),
    financials: await have(lookups.financials, { ids: financialRows(doc).map((f) => f.id) }),
    supplies: await have(lookups.supplies, { ids: [...new Set(doc.supplies.map((s) => s.from))] }, 'key'),
    needs: await have(lookups.needs, { ids: [...new Set(doc.needs.map((n) => n.org))] }, 'key'),
    memberships: new Set(doc.memberships.length ? (await tx.run(lookups.memberships, { ids: [...new Set(doc.memberships.map((m) => m.org))] })).map((r) => `${r.cluster}|${r.org}`) : []),
    surveys: new Set(doc.surveys.length ? (await tx.run(lookups.surveys, { ids: [...new Set(doc.surveys.map((v) => v.org))] })).map((r) => `${r.cluster}|${r.org}`) : []),
  };
  const keys: Record<keyof Counts, string[]> = {
    clusters: doc.clusters.map((c) => c.id),
    organizations: orgIds,
    products: doc.products.map((p) => p.id),
    projects: doc.projects.map((p) => p.id),
    financials: financialRows(doc).map((f) => f.id),
    supplies: doc.supplies.map((s) => supplyKey(s.from, s.to, s.product, s.year ?? doc.year)),
    needs: doc.needs.map((n) => needKey(n.org, n.product, n.year ?? doc.year)),
    memberships: doc.memberships.map((m) => `${m.cluster}|${m.org}`),
    surveys: doc.surveys.map((v) => `${v.cluster}|${v.org}`),
  };
  const created = {} as Counts;
  const updated = {} as Counts;
  for (const k of Object.keys(keys) as (keyof Counts)[]) {
    updated[k] = keys[k].filter((x) => existing[k].has(x)).length;
    created[k] = keys[k].length - updated[k];
  }
  return { created, updated };
}

function financialRows(doc: Dataset) {
  return doc.organizations.flatMap((o) => o.financials.map((f) => {
    const year = (f.year ?? doc.year)!;
    return { id: `${o.id}/${year}`, org: o.id, year, output: f.output, purchases: f.purchases };
  }));
}

async function writeAll(tx: Tx, doc: Dataset): Promise<void> {
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
  await upsertNodes(tx, Label.Cluster, doc.clusters.map((c) => ({
    id: c.id, name: c.name, nameLower: c.name.toLowerCase(), specialization: c.specialization, registryNo: c.registryNo,
    declaredParticipants: c.declaredParticipants, developmentProgramme: c.developmentProgramme,
    scientificInfrastructure: c.scientificInfrastructure, source: doc.description,
  })));
  const withRegions = doc.clusters.filter((c) => c.regions.length);
  if (withRegions.length) await tx.run(clearRegions, { ids: ids(withRegions) });
  const regions = [...new Set(withRegions.flatMap((c) => c.regions))];
  await upsertNodes(tx, Label.Region, regions.map((r) => ({ id: r, name: r })));
  await upsertRels(tx, Rel.IN_REGION, withRegions.flatMap((c) => c.regions.map((r) => ({ from: c.id, to: r }))));
  const stages = doc.clusters.flatMap((c) => c.stages.map((s) => ({ cluster: c.id, id: `${c.id}/${s.id}`, localId: s.id, name: s.name, position: s.order })));
  await upsertNodes(tx, Label.Stage, stages.map(({ cluster: _, ...s }) => s));
  await upsertRels(tx, Rel.HAS_STAGE, stages.map((s) => ({ from: s.cluster, to: s.id })));
  await upsertNodes(tx, Label.Org, doc.organizations.map((o) => ({
    id: o.id, name: o.name, inn: o.inn, region: o.region, country: o.country, kind: o.kind, priorityTerritory: o.priorityTerritory,
  })));
  const fin = financialRows(doc);
  await upsertNodes(tx, Label.Financials, fin.map(({ org: _, ...f }) => f));
  await upsertRels(tx, Rel.REPORTED, fin.map((f) => ({ from: f.org, to: f.id })));
  await upsertRels(tx, Rel.MEMBER_OF, doc.memberships.map((m) => ({
    from: m.org, to: m.cluster, status: m.status, stage: m.stage, finalProducer: m.finalProducer,
    sopkGovernance: m.sopkGovernance, agreement: m.agreement,
  })));
  await upsertNodes(tx, Label.Product, doc.products.map((p) => ({ id: p.id, name: p.name, okpd2: p.okpd2, unit: p.unit })));
  await upsertRels(tx, Rel.PRODUCES, doc.produces.map((p) => ({ from: p.org, to: p.product })));
  await upsertRels(tx, Rel.SUPPLIES, doc.supplies.map((s) => {
    const year = (s.year ?? doc.year)!;
    return { key: supplyKey(s.from, s.to, s.product, year), from: s.from, to: s.to, product: s.product, value: s.value, volume: s.volume, year };
  }), { keyed: true });
  await upsertRels(tx, Rel.NEEDS, doc.needs.map((n) => {
    const year = (n.year ?? doc.year)!;
    // No empty lists: Kùzu cannot bind one; no countries is simply no property.
    return { key: needKey(n.org, n.product, year), from: n.org, to: n.product, value: n.value, volume: n.volume, year,
      importShare: n.importShare, importCountries: n.importCountries.length ? n.importCountries : null };
  }), { keyed: true });
  await upsertNodes(tx, Label.Project, doc.projects.map((p) => ({ id: p.id, name: p.name, status: p.status })));
  await upsertRels(tx, Rel.PROJECT_OF, doc.projects.map((p) => ({ from: p.id, to: p.cluster })));
  await upsertRels(tx, Rel.TAKES_PART, doc.projects.flatMap((p) => p.participants.map((org) => ({ from: org, to: p.id }))));
  await upsertRels(tx, Rel.PROJECT_PRODUCT, doc.projects.flatMap((p) => p.products.map((product) => ({ from: p.id, to: product }))));
  await upsertRels(tx, Rel.SURVEYED, doc.surveys.map((v) => ({ from: v.org, to: v.cluster, wave: v.wave, sent: v.sent, received: v.received })));
}
