// GET /api/clusters/:id/sourcing: for each investment niche of the cluster (its unmet needs, ranked as
// the gaps answer ranks them), the domestic organizations outside the cluster that make or ship it.
import { normaliseRegion } from '../../graph-schema/index.js';
import type { Run } from '../engine/index.js';
import { unmetByProduct } from '../gaps/queries.js';
import * as q from './queries.js';
import { sourcingAnswer, type SourcingAnswer, type SourcingCandidate } from './schema.js';

/** OKPD2 codes match by prefix from the group level down ("20.59" ⊃ "20.59.1" ⊃ "20.59.11"). */
export const OKPD2_MIN_PREFIX = 5;

/** A region's canonical subject name; a text that names no subject compares as written, trimmed. */
export const regionKey = (region: string): string => normaliseRegion(region) ?? region.trim();

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Larger first; sums that differ only by floating-point rounding (summed in another order) tie. */
const desc = (a: number, b: number) => (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : b - a);

export async function sourcing(run: Run, cluster: string, year: number | null): Promise<SourcingAnswer> {
  const base = { cluster, year, okpd2MinPrefix: OKPD2_MIN_PREFIX };
  if (year === null) return sourcingAnswer.parse({ ...base, items: [] });
  // The niches are the gaps answer's own query: the same unmet ₽, in the same order.
  const niches = await run(unmetByProduct, { cluster, year });
  if (!niches.length) return sourcingAnswer.parse({ ...base, items: [] });
  const products = niches.map((n) => n.product as string);
  const matches = await run(q.matchingProducts, { products, minPrefix: OKPD2_MIN_PREFIX });
  const codes = new Map(matches.map((r) => [r.product as string, (r.okpd2 as string | null) ?? null]));
  const ids = [...new Set(matches.map((r) => r.matchedId as string))];
  const offers = await offersOf(run, cluster, year, ids);
  const orgs = await candidateOrgs(run, [...new Set([...offers.values()].flatMap((byOrg) => [...byOrg.keys()]))]);
  const home = new Set((await run(q.clusterRegions, { cluster })).map((r) => regionKey(r.region as string)));

  const items = niches.map((n) => {
    const product = n.product as string;
    // Per candidate organization: the matching products it makes or ships, and what it ships of them.
    const found = new Map<string, { matched: Record<string, unknown>[]; shipped: number[] }>();
    for (const m of matches.filter((r) => r.product === product)) {
      for (const [org, shipped] of offers.get(m.matchedId as string) ?? []) {
        const entry = found.get(org) ?? { matched: [], shipped: [] };
        entry.matched.push(m);
        entry.shipped.push(shipped);
        found.set(org, entry);
      }
    }
    const candidates = [...found].map(([org, { matched: rows, shipped }]): SourcingCandidate => {
      const matched = rows.map((m) => ({
        id: m.matchedId as string, name: m.matchedName as string, okpd2: (m.matchedOkpd2 as string | null) ?? null,
        matchedBy: m.matchedId === product ? 'id' as const : 'okpd2' as const,
      })).sort((a, b) => Number(b.id === product) - Number(a.id === product) || byString(a.id, b.id));
      const { matchedBy, ...first } = matched[0]!;
      const o = orgs.get(org)!;
      return {
        org: { id: org, name: o.name, inn: o.inn, region: o.region },
        clusters: o.clusters,
        sameRegion: o.region !== null && home.has(regionKey(o.region)),
        suppliedElsewhere: shipped.reduce((a, v) => a + v, 0),
        matchedBy,
        product: first,
        products: matched,
      };
    });
    // Same region first (a plant next door), then who already ships the most of it.
    candidates.sort((a, b) => Number(b.sameRegion) - Number(a.sameRegion) || desc(a.suppliedElsewhere, b.suppliedElsewhere) || byString(a.org.id, b.org.id));
    return {
      product: { id: product, name: n.productName as string, okpd2: codes.get(product) ?? null },
      unmet: n.unmet as number, need: n.need as number, candidates,
    };
  });
  return sourcingAnswer.parse({ ...base, items });
}

/**
 * Per matching product id: each domestic organization outside the cluster that makes or ships it, with
 * the ₽ it ships of it in the year (0 for a maker that ships none).
 */
async function offersOf(run: Run, cluster: string, year: number, ids: string[]): Promise<Map<string, Map<string, number>>> {
  const offers = new Map<string, Map<string, number>>();
  const add = (id: string, org: string, value: number) => {
    const byOrg = offers.get(id) ?? new Map<string, number>();
    byOrg.set(org, (byOrg.get(org) ?? 0) + value);
    offers.set(id, byOrg);
  };
  if (!ids.length) return offers;
  for (const r of await run(q.makers, { cluster, ids })) for (const org of r.orgs as string[]) add(r.matchedId as string, org, 0);
  for (const r of await run(q.shippers, { cluster, year, ids })) {
    const shipped = r.shipped as number[];
    (r.orgs as string[]).forEach((org, i) => add(r.matchedId as string, org, shipped[i]!));
  }
  return offers;
}

interface CandidateOrg { name: string; inn: string | null; region: string | null; clusters: string[] }

async function candidateOrgs(run: Run, ids: string[]): Promise<Map<string, CandidateOrg>> {
  if (!ids.length) return new Map();
  const [r] = await run(q.candidateOrgs, { orgs: ids });
  const orgs = (r?.orgs as string[] | null) ?? [];
  const at = <T>(k: string, i: number) => (r![k] as T[])[i]!;
  return new Map(orgs.map((org, i) => [org, {
    name: at<string>('names', i),
    inn: at<string>('inns', i) || null,
    region: at<string>('regions', i) || null,
    clusters: [...at<string[]>('clusters', i)].sort(byString),
  }]));
}
