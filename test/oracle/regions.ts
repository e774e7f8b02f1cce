// Test oracle: the regions answers recomputed in plain TypeScript from a parsed dataset document (the
// whole graph) and the rating table, per the definitions in api/regions/queries.ts: clusters where
// their data places them, participants, flows and unmet need where the organization is located.
import { normaliseRegion, subjects, type Dataset } from '../../graph-schema/index.js';
import type { RegionRating } from '../../loaders/region-rating.js';
import type { Rating, RegionAnswer, RegionsAnswer } from '../../api/regions/schema.js';
import { oracleDependency, oracleResolveYear, participantsOf, supplyYear } from './dependency.js';

const collator = new Intl.Collator('ru');
const where = (raw: string | null | undefined) => (raw == null ? null : normaliseRegion(raw) ?? raw.trim());

/** The year asked for, or the latest of any supply or financials in the document. */
export function oracleRegionsYear(doc: Dataset, year?: number): number | null {
  if (year !== undefined) return year;
  const years = [
    ...doc.supplies.map((s) => supplyYear(doc, s)),
    ...doc.organizations.flatMap((o) => o.financials.map((f) => f.year ?? doc.year)),
  ].filter((y): y is number => y !== undefined);
  return years.length ? Math.max(...years) : null;
}

function facts(doc: Dataset) {
  const clustersOf = new Map<string, Set<string>>();
  for (const m of doc.memberships) clustersOf.set(m.org, (clustersOf.get(m.org) ?? new Set()).add(m.cluster));
  const share = (a: string, b: string) => [...(clustersOf.get(a) ?? [])].some((c) => clustersOf.get(b)?.has(c));
  const regionOf = new Map(doc.organizations.map((o) => [o.id, where(o.region)]));
  const clusterRegions = new Map(doc.clusters.map((c) => [c.id, new Set(c.regions.map((r) => where(r)!))]));
  return { clustersOf, share, regionOf, clusterRegions };
}

const ratingOf = (r: RegionRating | undefined): Rating | null =>
  r ? { rank: r.rank, s1: r.s1, s2: r.s2, s3: r.s3, s4: r.s4, s5: r.s5, total: r.total } : null;

export function oracleRegions(doc: Dataset, ratings: RegionRating[], asked?: number): RegionsAnswer {
  const year = oracleRegionsYear(doc, asked);
  const { clustersOf, share, regionOf, clusterRegions } = facts(doc);
  const items = [...subjects].sort(collator.compare).map((name) => {
    const clusters = doc.clusters.filter((c) => clusterRegions.get(c.id)!.has(name));
    const located = (org: string) => regionOf.get(org) === name && clustersOf.has(org);
    const flows = doc.supplies.filter((s) => supplyYear(doc, s) === year && located(s.from) && share(s.from, s.to));
    const needs = doc.needs.filter((n) => (n.year ?? doc.year) === year && located(n.org));
    const unmet = needs.reduce((sum, n) => {
      const supplied = doc.supplies
        .filter((s) => supplyYear(doc, s) === year && s.to === n.org && s.product === n.product && share(s.from, n.org))
        .reduce((a, s) => a + s.value, 0);
      return sum + Math.max(0, n.value - supplied);
    }, 0);
    return {
      name,
      clusters: clusters.length,
      clustersInRegistry: clusters.filter((c) => c.registryNo != null).length,
      clustersWithData: clusters.filter((c) => doc.memberships.some((m) => m.cluster === c.id)).length,
      participants: doc.organizations.filter((o) => located(o.id)).length,
      internalFlows: flows.reduce((a, s) => a + s.value, 0),
      unmet,
      rating: ratingOf(ratings.find((r) => r.name === name)),
    };
  });
  return { year, items };
}

export function oracleRegion(doc: Dataset, ratings: RegionRating[], raw: string, asked?: number): RegionAnswer | undefined {
  const name = normaliseRegion(raw);
  if (!name) return undefined;
  const year = oracleRegionsYear(doc, asked);
  const { clustersOf, share, clusterRegions } = facts(doc);
  const inRegion = (c: string) => clusterRegions.get(c)!.has(name);
  const clusters = doc.clusters.filter((c) => inRegion(c.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((c) => {
    const dep = oracleDependency(doc, c.id, oracleResolveYear(doc, c.id, asked));
    return { id: c.id, name: c.name, participants: participantsOf(doc, c.id).length, level: dep.cluster.level };
  });
  // Inter-cluster: supplier and customer share no cluster; every pair of their clusters with exactly one in the region.
  const pairs = new Map<string, number>();
  for (const s of doc.supplies) {
    if (supplyYear(doc, s) !== year || share(s.from, s.to)) continue;
    for (const c1 of clustersOf.get(s.from) ?? []) {
      for (const c2 of clustersOf.get(s.to) ?? []) {
        if (inRegion(c1) === inRegion(c2)) continue;
        const key = `${c1}\n${c2}`;
        pairs.set(key, (pairs.get(key) ?? 0) + s.value);
      }
    }
  }
  const end = (id: string) => {
    const regions = [...clusterRegions.get(id)!].sort(collator.compare);
    return { cluster: id, name: doc.clusters.find((c) => c.id === id)!.name, region: regions.includes(name) ? name : regions[0] ?? null, regions };
  };
  const crossBorder = [...pairs].map(([key, value]) => {
    const [from, to] = key.split('\n') as [string, string];
    return { from: end(from), to: end(to), value };
  }).sort((a, b) => b.value - a.value || collator.compare(a.from.cluster, b.from.cluster) || collator.compare(a.to.cluster, b.to.cluster));
  return { name, year, rating: ratingOf(ratings.find((r) => r.name === name)), clusters, crossBorder };
}
