// Test oracles for the analytics across clusters — cross-cluster sourcing, the cluster-to-cluster graph
// and a cluster's history — recomputed in plain TypeScript from a parsed dataset document, from the
// definitions in the report of issue 8 (README "Methodology"), never from the Cypher.
import type { Dataset } from '../../graph-schema/index.js';
import { normaliseRegion } from '../../graph-schema/index.js';
import { pp779Rules } from '../../api/dependency/rules.js';
import type { HistoryAnswer } from '../../api/history/schema.js';
import type { InterclusterAnswer } from '../../api/intercluster/schema.js';
import type { SourcingAnswer, SourcingCandidate } from '../../api/sourcing/schema.js';
import { oracleCompliance } from './compliance.js';
import { byString, oracleDependency, supplyYear } from './dependency.js';
import { oracleGaps } from './gaps.js';

const MIN_PREFIX = 5;

/** Larger first; sums that differ only by floating-point rounding count as equal (then by id). */
const desc = (a: number, b: number) => (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : b - a);

/** Same id, or OKPD2 codes of which one starts with the other, the shorter at least five characters (a group). */
export function productsMatch(a: Dataset['products'][number], b: Dataset['products'][number]): boolean {
  if (a.id === b.id) return true;
  if (a.okpd2 == null || b.okpd2 == null) return false;
  const [x, y] = [a.okpd2.trim(), b.okpd2.trim()].sort((p, q) => p.length - q.length) as [string, string];
  return x.length >= MIN_PREFIX && y.startsWith(x);
}

const membersOf = (doc: Dataset, cluster: string) => new Set(doc.memberships.filter((m) => m.cluster === cluster).map((m) => m.org));
const clustersOf = (doc: Dataset, org: string) => doc.memberships.filter((m) => m.org === org).map((m) => m.cluster).sort(byString);
const region = (r: string) => normaliseRegion(r) ?? r.trim();

export function oracleSourcing(doc: Dataset, cluster: string, year: number | null): SourcingAnswer {
  const inCluster = membersOf(doc, cluster);
  const home = new Set((doc.clusters.find((c) => c.id === cluster)?.regions ?? []).map(region));
  const products = new Map(doc.products.map((p) => [p.id, p]));
  const suppliesOfYear = doc.supplies.filter((s) => supplyYear(doc, s) === year);
  const items = oracleGaps(doc, cluster, year).unmetNeeds.map((niche) => {
    const need = products.get(niche.product)!;
    const matching = doc.products.filter((m) => productsMatch(need, m));
    const candidates: SourcingCandidate[] = [];
    for (const o of doc.organizations) {
      if (o.country !== 'RU' || inCluster.has(o.id)) continue;
      const mine = matching.filter((m) => doc.produces.some((x) => x.org === o.id && x.product === m.id)
        || suppliesOfYear.some((s) => s.from === o.id && s.product === m.id));
      if (!mine.length) continue;
      const listed = mine.map((m) => ({ id: m.id, name: m.name, okpd2: m.okpd2 ?? null, matchedBy: m.id === need.id ? 'id' as const : 'okpd2' as const }))
        .sort((a, b) => Number(b.matchedBy === 'id') - Number(a.matchedBy === 'id') || byString(a.id, b.id));
      const { matchedBy, ...first } = listed[0]!;
      candidates.push({
        org: { id: o.id, name: o.name, inn: o.inn ?? null, region: o.region ?? null },
        clusters: clustersOf(doc, o.id),
        sameRegion: o.region != null && home.has(region(o.region)),
        suppliedElsewhere: suppliesOfYear.filter((s) => s.from === o.id && matching.some((m) => m.id === s.product)).reduce((a, s) => a + s.value, 0),
        matchedBy, product: first, products: listed,
      });
    }
    candidates.sort((a, b) => Number(b.sameRegion) - Number(a.sameRegion) || desc(a.suppliedElsewhere, b.suppliedElsewhere) || byString(a.org.id, b.org.id));
    return { product: { id: need.id, name: need.name, okpd2: need.okpd2 ?? null }, unmet: niche.unmet, need: niche.need, candidates };
  });
  return { cluster, year, okpd2MinPrefix: MIN_PREFIX, items };
}

/**
 * A supply of the year from a participant of A that is not one of B, to a participant of B that is not
 * one of A, adds its value to the edge A → B. The default year is the latest with such a supply.
 */
export function oracleIntercluster(doc: Dataset, year?: number): InterclusterAnswer {
  const edgesOf = (y: number | undefined) => {
    const edges = new Map<string, { source: string; target: string; value: number; flows: number }>();
    for (const s of doc.supplies) {
      const sy = supplyYear(doc, s);
      if (sy === undefined || (y !== undefined && sy !== y)) continue;
      const from = new Set(clustersOf(doc, s.from));
      const to = new Set(clustersOf(doc, s.to));
      // Organizations that share a cluster: that cluster's own cooperation, no inter-cluster flow.
      if ([...from].some((c) => to.has(c))) continue;
      for (const a of from) {
        for (const b of to) {
          const key = `${a}->${b}`;
          const e = edges.get(key) ?? { source: a, target: b, value: 0, flows: 0 };
          e.value += s.value; e.flows += 1;
          edges.set(key, e);
          if (y === undefined) latest = Math.max(latest ?? sy, sy);
        }
      }
    }
    return edges;
  };
  let latest: number | undefined;
  if (year === undefined) edgesOf(undefined);
  const y = year ?? latest;
  if (y === undefined) return { year: null, nodes: [], edges: [] };
  const edges = [...edgesOf(y)].sort(([a], [b]) => byString(a, b)).map(([id, e]) => ({ data: { id, ...e } }));
  const ids = [...new Set(edges.flatMap((e) => [e.data.source, e.data.target]))].sort(byString);
  const nodes = ids.map((id) => ({ data: { id, name: doc.clusters.find((c) => c.id === id)!.name, participants: membersOf(doc, id).size } }));
  return { year: y, nodes, edges };
}

/** Every year with financials of a participant or a supply to or from one; each year's figures from the other oracles. */
export function oracleHistory(doc: Dataset, cluster: string): HistoryAnswer {
  const ids = membersOf(doc, cluster);
  const years = new Set<number>();
  for (const o of doc.organizations) {
    if (!ids.has(o.id)) continue;
    for (const f of o.financials) { const y = f.year ?? doc.year; if (y !== undefined) years.add(y); }
  }
  for (const s of doc.supplies) {
    const y = supplyYear(doc, s);
    if ((ids.has(s.from) || ids.has(s.to)) && y !== undefined) years.add(y);
  }
  return {
    cluster,
    years: [...years].sort((a, b) => a - b).map((year) => {
      const d = oracleDependency(doc, cluster, year, pp779Rules);
      const gaps = oracleGaps(doc, cluster, year);
      return {
        year, level: d.cluster.level, levelByOutput: d.cluster.levelByOutput, threshold: d.cluster.threshold, pass: d.cluster.pass,
        compliance: ['pp779-2015', 'pp779-2025'].map((edition) => {
          const reqs = oracleCompliance(doc, cluster, year, edition);
          const count = (s: string) => reqs.filter((r) => r.status === s).length;
          const summary = { pass: count('pass'), fail: count('fail'), unknown: count('unknown') };
          return { edition, status: summary.fail ? 'fail' as const : summary.unknown ? 'unknown' as const : 'pass' as const, summary };
        }),
        unmet: gaps.unmetNeeds.reduce((a, u) => a + u.unmet, 0),
        niches: gaps.unmetNeeds.length,
        participants: d.participants.map((p) => ({ id: p.id, name: p.name, level: p.level, pass: p.pass })),
      };
    }),
  };
}
