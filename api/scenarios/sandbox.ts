// Scenarios on an engine with a sandbox (Kùzu): the cluster's data is copied into the scratch engine,
// the changes are COMMITTED there and the analytics run there. The main graph only ever sees reads.
// Why not tryOut: kuzu 0.11.3 can fail ("Write-write conflict of updating the same row") or crash on a
// later committed write to rows a rolled-back transaction updated (engine-notes.md).
import { needKey, supplyKey, type DatasetInput } from '../../graph-schema/index.js';
import { importDataset } from '../../loaders/import.js';
import { readerOf, type Engine, type Run } from '../engine/index.js';
import { exportCluster } from '../export/export.js';
import { exportProducts } from '../export/queries.js';
import { resolveYear } from '../dependency/dependency.js';
import { notFound } from '../http/errors.js';
import type { Problem } from '../../graph-schema/index.js';
import { applyChanges, checkChanges } from './apply.js';
import * as q from './queries.js';
import type { Change } from './schema.js';

export interface SandboxSeed { year: number; doc: DatasetInput }

/**
 * Reads what the scenario needs from the main graph: its year, the problems of its changes, and the
 * document to seed the sandbox with. The reads run in one transaction that writes nothing and commits,
 * so a concurrent import cannot land between them (Kùzu reads outside a transaction see each commit).
 */
export async function seedOf(engine: Engine, cluster: string, year: number | undefined, changes: Change[]): Promise<{ problems: Problem[] } | SandboxSeed> {
  return engine.write(async (tx) => {
    const run: Run = (query, params) => tx.run(query, params);
    // Without any data the scenario itself defines the year: the current calendar year.
    const resolved = (await resolveYear(run, cluster, year)) ?? new Date().getFullYear();
    const problems = await checkChanges(tx, cluster, resolved, changes);
    if (problems.length) return { problems };
    const doc = await exportCluster(run, cluster);
    if (!doc) throw notFound(`cluster "${cluster}"`);
    await addReferenced(run, doc, changes);
    return { year: resolved, doc };
  });
}

/** Clears the sandbox, seeds it, applies the changes in a committed write and runs `analyse` there. */
export async function inSandbox<T>(scratch: Engine, cluster: string, seed: SandboxSeed, changes: Change[], analyse: (run: Run) => Promise<T>): Promise<T> {
  // Committed deletes: the sandbox never rolls a write back, so the Kùzu bug cannot reach it.
  await scratch.write((tx) => tx.run(q.clearSandbox));
  await importDataset(scratch, seed.doc);
  await scratch.write((tx) => applyChanges(tx, cluster, seed.year, changes));
  return analyse(readerOf(scratch));
}

/**
 * The export covers participants, surveyed organizations and their trading partners. A change may
 * bring in any organization (addMembership, a supply from an outsider): it is copied with its
 * financials, every supply and need it has, the other ends of those supplies and the products named.
 * Project participants outside the cluster are copied too: the export refers to them by id only.
 */
async function addReferenced(run: Run, doc: DatasetInput, changes: Change[]): Promise<void> {
  const orgIds = [...new Set(changes.flatMap((c) => [...('org' in c ? [c.org] : []), ...('from' in c ? [c.from, c.to] : [])]))];
  const productIds = new Set(changes.flatMap((c) => ('product' in c && c.product ? [c.product] : [])));
  const organizations = (doc.organizations ??= []);
  const supplies = (doc.supplies ??= []);
  const needs = (doc.needs ??= []);
  const products = (doc.products ??= []);
  if (orgIds.length) {
    const haveSupply = new Set(supplies.map((s) => supplyKey(s.from, s.to, s.product, s.year ?? doc.year)));
    for (const s of await run(q.suppliesOf, { ids: orgIds })) {
      const key = supplyKey(s.source as string, s.target as string, s.product as string | null, s.year as number);
      if (!haveSupply.has(key)) {
        haveSupply.add(key);
        supplies.push(compact({ from: s.source, to: s.target, product: s.product, value: s.value, volume: s.volume, year: s.year }) as never);
      }
    }
    const haveNeed = new Set(needs.map((n) => needKey(n.org, n.product, n.year ?? doc.year)));
    for (const n of await run(q.needsOf, { ids: orgIds })) {
      if (!haveNeed.has(needKey(n.org as string, n.product as string, n.year as number))) needs.push(compact(n) as never);
    }
  }
  const haveOrg = new Set(organizations.map((o) => o.id));
  const missingOrgs = [...new Set([...orgIds, ...supplies.flatMap((s) => [s.from, s.to]), ...needs.map((n) => n.org), ...(doc.projects ?? []).flatMap((p) => p.participants ?? [])])].filter((id) => !haveOrg.has(id));
  const added = new Map<string, NonNullable<DatasetInput['organizations']>[number]>();
  for (const r of missingOrgs.length ? await run(q.orgsWithFinancials, { ids: missingOrgs }) : []) {
    const id = r.id as string;
    if (!added.has(id)) {
      added.set(id, compact({ id, name: r.name, inn: r.inn, region: r.region, country: r.country ?? 'RU', kind: r.kind ?? 'enterprise', priorityTerritory: r.priorityTerritory ?? false, financials: [] }) as never);
    }
    if (r.year != null) added.get(id)!.financials!.push(compact({ year: r.year, output: r.output, purchases: r.purchases }) as never);
  }
  organizations.push(...added.values());
  for (const s of supplies) if (s.product) productIds.add(s.product);
  for (const n of needs) productIds.add(n.product);
  const haveProduct = new Set(products.map((p) => p.id));
  const missingProducts = [...productIds].filter((id) => !haveProduct.has(id));
  if (missingProducts.length) products.push(...(await run(exportProducts, { ids: missingProducts })).map((p) => compact(p) as never));
}

/** Leaves out absent (null) properties, as the format does. */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}
