// Cross-record rules of cluster-dataset/1 that a field-by-field schema cannot see:
// references, duplicates, stages of another cluster, self-supplies, plus warnings for suspicious data.
import type { Dataset } from './dataset.js';
import { didYouMean, type Problem } from './problems.js';
import { mixedScriptWords } from './text.js';

/** Ids already in the database: a reference may point to them instead of the document. */
export interface KnownIds {
  clusters: Set<string>;
  orgs: Set<string>;
  products: Set<string>;
  /** stage ids per cluster id */
  stages: Map<string, Set<string>>;
}

export const noKnownIds = (): KnownIds => ({ clusters: new Set(), orgs: new Set(), products: new Set(), stages: new Map() });

export function checkRules(doc: Dataset, known: KnownIds): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const err = (path: string, value: unknown, message: string) => errors.push({ path, value, message });

  const ids = {
    clusters: uniqueIds(doc.clusters, 'clusters', 'cluster', err),
    orgs: uniqueIds(doc.organizations, 'organizations', 'organization', err),
    products: uniqueIds(doc.products, 'products', 'product', err),
  };
  uniqueIds(doc.projects, 'projects', 'project', err);
  const stagesOf = new Map<string, Set<string>>(known.stages);
  doc.clusters.forEach((c, i) => {
    stagesOf.set(c.id, new Set([...(known.stages.get(c.id) ?? []), ...uniqueIds(c.stages, `clusters[${i}].stages`, 'stage', err)]));
  });
  const all = {
    cluster: new Set([...known.clusters, ...ids.clusters]),
    organization: new Set([...known.orgs, ...ids.orgs]),
    product: new Set([...known.products, ...ids.products]),
  };
  const ref = (kind: keyof typeof all, path: string, value: string | null | undefined) => {
    if (value == null || all[kind].has(value)) return;
    const guess = didYouMean(value, all[kind]);
    err(path, value, `unknown ${kind} "${value}"${guess ? ` (did you mean "${guess}"?)` : `: define it in ${kind === 'organization' ? 'organizations' : kind + 's'}[] or import it first`}`);
  };

  const inns = new Map<string, number>();
  doc.organizations.forEach((o, i) => {
    if (o.inn) {
      const first = inns.get(o.inn);
      if (first !== undefined) err(`organizations[${i}].inn`, o.inn, `the same INN as organizations[${first}]: one legal entity must be one organization`);
      else inns.set(o.inn, i);
    }
    const years = new Set<number>();
    o.financials.forEach((f, j) => {
      const y = f.year ?? doc.year;
      const p = `organizations[${i}].financials[${j}]`;
      if (y === undefined) err(`${p}.year`, undefined, 'no year: give the year here or the document\'s "year"');
      else if (years.has(y)) err(`${p}.year`, y, `a second financials entry for ${y}: give one per year`);
      else years.add(y);
    });
  });

  const memberKeys = new Set<string>();
  doc.memberships.forEach((m, i) => {
    const p = `memberships[${i}]`;
    ref('cluster', `${p}.cluster`, m.cluster);
    ref('organization', `${p}.org`, m.org);
    const key = `${m.cluster}|${m.org}`;
    if (memberKeys.has(key)) err(p, key, `"${m.org}" is listed in cluster "${m.cluster}" twice`);
    memberKeys.add(key);
    if (m.stage != null && all.cluster.has(m.cluster) && !stagesOf.get(m.cluster)?.has(m.stage)) {
      const owner = [...stagesOf].find(([c, s]) => c !== m.cluster && s.has(m.stage!))?.[0];
      const guess = didYouMean(m.stage, stagesOf.get(m.cluster) ?? []);
      err(`${p}.stage`, m.stage, owner
        ? `stage "${m.stage}" belongs to cluster "${owner}", not "${m.cluster}"`
        : `unknown stage "${m.stage}" of cluster "${m.cluster}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
    }
    if (m.agreement && m.status !== 'potential') {
      warnings.push({ path: `${p}.agreement`, value: true, message: 'an agreement to reach 5% only matters for a potential participant' });
    }
  });

  doc.produces.forEach((r, i) => { ref('organization', `produces[${i}].org`, r.org); ref('product', `produces[${i}].product`, r.product); });

  const supplyKeys = new Set<string>();
  doc.supplies.forEach((s, i) => {
    const p = `supplies[${i}]`;
    ref('organization', `${p}.from`, s.from);
    ref('organization', `${p}.to`, s.to);
    ref('product', `${p}.product`, s.product);
    if (s.from === s.to) err(`${p}.to`, s.to, 'an organization cannot supply itself: intra-company transfers are not cooperation');
    const y = s.year ?? doc.year;
    if (y === undefined) err(`${p}.year`, undefined, 'no year: give the year here or the document\'s "year"');
    const key = supplyKey(s.from, s.to, s.product, y);
    if (supplyKeys.has(key)) err(p, key, 'a second supply with the same from, to, product and year: merge them into one');
    supplyKeys.add(key);
  });

  const needKeys = new Set<string>();
  doc.needs.forEach((n, i) => {
    const p = `needs[${i}]`;
    ref('organization', `${p}.org`, n.org);
    ref('product', `${p}.product`, n.product);
    const y = n.year ?? doc.year;
    if (y === undefined) err(`${p}.year`, undefined, 'no year: give the year here or the document\'s "year"');
    const key = needKey(n.org, n.product, y);
    if (needKeys.has(key)) err(p, key, 'a second need of the same product and year for this organization: merge them');
    needKeys.add(key);
  });

  const surveyKeys = new Map<string, number>();
  doc.surveys.forEach((sv, i) => {
    const p = `surveys[${i}]`;
    ref('organization', `${p}.org`, sv.org);
    ref('cluster', `${p}.cluster`, sv.cluster);
    const key = `${sv.cluster}|${sv.org}`;
    const first = surveyKeys.get(key);
    if (first !== undefined) err(p, key, `"${sv.org}" is surveyed for cluster "${sv.cluster}" twice (first at surveys[${first}]): give one record per organization and cluster`);
    else surveyKeys.set(key, i);
    if (sv.sent && sv.received && sv.received < sv.sent) {
      warnings.push({ path: `${p}.received`, value: sv.received, message: `received on ${sv.received}, before it was sent on ${sv.sent}` });
    }
  });

  doc.projects.forEach((pr, i) => {
    ref('cluster', `projects[${i}].cluster`, pr.cluster);
    pr.products.forEach((x, j) => ref('product', `projects[${i}].products[${j}]`, x));
    pr.participants.forEach((x, j) => ref('organization', `projects[${i}].participants[${j}]`, x));
  });

  warnings.push(...suspicious(doc));
  return { errors, warnings };
}

export const supplyKey = (from: string, to: string, product: string | null | undefined, year: number | undefined) =>
  `${from}|${to}|${product ?? ''}|${year ?? ''}`;
export const needKey = (org: string, product: string, year: number | undefined) => `${org}|${product}|${year ?? ''}`;

function uniqueIds(list: { id: string }[], path: string, what: string, err: (p: string, v: unknown, m: string) => void): Set<string> {
  const seen = new Map<string, number>();
  list.forEach((x, i) => {
    const first = seen.get(x.id);
    if (first !== undefined) err(`${path}[${i}].id`, x.id, `duplicate ${what} id "${x.id}" (first at ${path}[${first}])`);
    else seen.set(x.id, i);
  });
  return new Set(seen.keys());
}

/** Legal but suspicious data: warnings, never errors (dataset-format.md). */
function suspicious(doc: Dataset): Problem[] {
  const out: Problem[] = [];
  const texts: [string, string | null | undefined][] = [
    ...doc.clusters.flatMap((c, i) => [
      [`clusters[${i}].name`, c.name], [`clusters[${i}].specialization`, c.specialization],
      ...c.regions.map((r, j) => [`clusters[${i}].regions[${j}]`, r] as [string, string]),
      ...c.stages.map((s, j) => [`clusters[${i}].stages[${j}].name`, s.name] as [string, string]),
    ] as [string, string | null | undefined][]),
    ...doc.organizations.map((o, i) => [`organizations[${i}].name`, o.name] as [string, string]),
    ...doc.products.map((p, i) => [`products[${i}].name`, p.name] as [string, string]),
  ];
  for (const [path, value] of texts) {
    const words = value ? mixedScriptWords(value) : [];
    if (words.length) out.push({ path, value, message: `Latin letters inside Cyrillic words (OCR damage?): ${words.join(', ')}` });
  }

  const clustersOf = new Map<string, Set<string>>();
  for (const m of doc.memberships) clustersOf.set(m.org, (clustersOf.get(m.org) ?? new Set()).add(m.cluster));
  // Supplies grouped by supplier once: filtering every supply per participant is quadratic (issue 5).
  const suppliesFrom = new Map<string, Dataset['supplies']>();
  for (const s of doc.supplies) {
    const list = suppliesFrom.get(s.from);
    if (list) list.push(s);
    else suppliesFrom.set(s.from, [s]);
  }
  doc.organizations.forEach((o, i) => {
    if (!clustersOf.has(o.id)) return;
    if (o.financials.length === 0) {
      out.push({ path: `organizations[${i}].financials`, value: [], message: `participant "${o.id}" has no financials: its dependency level will be unknown` });
      return;
    }
    for (const f of o.financials) {
      const y = f.year ?? doc.year;
      if (f.output == null) continue;
      const sold = (suppliesFrom.get(o.id) ?? [])
        .filter((s) => (s.year ?? doc.year) === y && [...(clustersOf.get(s.to) ?? [])].some((c) => clustersOf.get(o.id)!.has(c)))
        .reduce((sum, s) => sum + s.value, 0);
      if (sold > f.output) {
        out.push({ path: `organizations[${i}].financials`, value: f.output, message: `"${o.id}" sells ${sold} ₽ to other participants in ${y}, more than its reported output of ${f.output} ₽` });
      }
    }
  });
  return out;
}
