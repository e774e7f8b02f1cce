// GET /api/regions and /api/regions/:name: the subjects of the Russian Federation with their clusters,
// participants, flows, unmet need and atlas rating; one region's clusters and cross-border flows.
import { normaliseRegion, subjects } from '../../graph-schema/index.js';
import type { Row, Run } from '../engine/index.js';
import { clusterLevelRow, resolveYear } from '../dependency/dependency.js';
import { notFound } from '../http/errors.js';
import * as q from './queries.js';
import { regionAnswer, regionsAnswer, type Rating, type RegionAnswer, type RegionsAnswer } from './schema.js';

const collator = new Intl.Collator('ru');

/** The year asked for, or the latest of any supply or financials in the graph (null: no data). */
export async function regionsYear(run: Run, year?: number): Promise<number | null> {
  if (year !== undefined) return year;
  const [row] = await run(q.latestYear);
  const years = [row?.supplyYear, row?.financialsYear].filter((y): y is number => typeof y === 'number');
  return years.length ? Math.max(...years) : null;
}

const byRegion = (rows: Row[]) => new Map(rows.map((r) => [r.region as string, r]));

function ratingOf(r: Row | undefined): Rating | null {
  if (!r) return null;
  const n = (k: string) => (r[k] as number | null | undefined) ?? null;
  return { rank: r.rank as number, s1: n('s1'), s2: n('s2'), s3: n('s3'), s4: n('s4'), s5: n('s5'), total: n('total') };
}

/** One row per subject (all 89, zeros where the graph has nothing), by name. */
export async function regions(run: Run, year?: number): Promise<RegionsAnswer> {
  const y = await regionsYear(run, year);
  const params = { year: y ?? 0 };
  const clusters = byRegion(await run(q.clustersByRegion));
  const participants = byRegion(await run(q.participantsByRegion));
  const flows = byRegion(await run(q.flowsByRegion, params));
  const unmet = byRegion(await run(q.unmetByRegion, params));
  const rated = byRegion(await run(q.ratings));
  const items = [...subjects].sort(collator.compare).map((name) => ({
    name,
    clusters: (clusters.get(name)?.clusters as number | undefined) ?? 0,
    clustersInRegistry: (clusters.get(name)?.clustersInRegistry as number | undefined) ?? 0,
    clustersWithData: (clusters.get(name)?.clustersWithData as number | undefined) ?? 0,
    participants: (participants.get(name)?.participants as number | undefined) ?? 0,
    internalFlows: (flows.get(name)?.internalFlows as number | undefined) ?? 0,
    unmet: (unmet.get(name)?.unmet as number | undefined) ?? 0,
    rating: ratingOf(rated.get(name)),
  }));
  return regionsAnswer.parse({ year: y, items });
}

/** One region by any spelling normaliseRegion reads; undefined when it names no subject. */
export async function region(run: Run, name: string, year?: number): Promise<RegionAnswer | undefined> {
  const canonical = normaliseRegion(name);
  if (!canonical) return undefined;
  const y = await regionsYear(run, year);
  const params = { region: canonical, year: y ?? 0 };
  const rating = ratingOf((await run(q.ratings)).find((r) => r.region === canonical));
  const clusters = [];
  for (const c of await run(q.clustersOfRegion, params)) {
    const id = c.id as string;
    // Only the cluster figures of the dependency answer are shown, not the per-participant levels.
    const dep = await clusterLevelRow(run, id, await resolveYear(run, id, year));
    clusters.push({ id, name: c.name as string, participants: (dep?.participants as number | undefined) ?? 0, level: (dep?.level as number | null | undefined) ?? null });
  }
  const pairs = [...(await run(q.flowsOut, params)), ...(await run(q.flowsIn, params))];
  const ids = [...new Set(pairs.flatMap((p) => [p.fromCluster as string, p.toCluster as string]))];
  const info = new Map<string, { name: string; regions: string[] }>();
  for (const r of ids.length ? await run(q.clusterNamesAndRegions, { clusters: ids }) : []) {
    const entry = info.get(r.id as string) ?? { name: r.name as string, regions: [] };
    if (r.region != null) entry.regions.push(r.region as string);
    info.set(r.id as string, entry);
  }
  const end = (cluster: string) => {
    const { name: clusterName, regions: rs } = info.get(cluster)!;
    const sorted = [...rs].sort(collator.compare);
    return { cluster, name: clusterName, region: sorted.includes(canonical) ? canonical : sorted[0] ?? null, regions: sorted };
  };
  const crossBorder = pairs
    .map((p) => ({ from: end(p.fromCluster as string), to: end(p.toCluster as string), value: p.value as number }))
    .sort((a, b) => b.value - a.value || collator.compare(a.from.cluster, b.from.cluster) || collator.compare(a.to.cluster, b.to.cluster));
  return regionAnswer.parse({ name: canonical, year: y, rating, clusters, crossBorder });
}

/** region() for the HTTP layer: 404 naming what was asked for. */
export async function requireRegion(run: Run, name: string, year?: number): Promise<RegionAnswer> {
  const answer = await region(run, name, year);
  if (!answer) throw notFound(`region "${name}" (not a subject of the Russian Federation)`);
  return answer;
}
