// `npx tsx test/bench/cross-cluster.ts [--scale demo|region|national] [--db DIR] [--profile] [--json]`
// Times the cross-cluster answers (issue 8's targets on Kùzu, 2 cores, region scale: sourcing p95
// ≤ 100 ms per cluster, a 10-cluster comparison ≤ 200 ms): sourcing per cluster, compare of the 10
// largest clusters, region(name) for 5 regions, regions(), intercluster(), history of 5 clusters.
// `npm run bench` calls measureCrossCluster with its loaded engine. --db keeps the loaded database in
// DIR and reuses it on the next run (the load of region scale is most of a cold run); --profile adds
// the queries that took the most time, named by their module export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KuzuEngine, readerOf, type Engine, type Run } from '../../api/engine/index.js';
import { compare } from '../../api/compare/compare.js';
import { resolveYear } from '../../api/dependency/dependency.js';
import { history } from '../../api/history/history.js';
import { intercluster } from '../../api/intercluster/intercluster.js';
import { region, regions } from '../../api/regions/regions.js';
import { sourcing } from '../../api/sourcing/sourcing.js';
import { generateDataset, isScale, scales, type Scale } from './generate-scale.js';
import { measureLoad } from './measure-load.js';
import { pct, since, spread } from './stats.js';
import { line, msText, printTable, type Line } from './table.js';

export interface CrossClusterOptions {
  /** Used only when no engine is given: the dataset generated and loaded into a temporary Kùzu. */
  scale?: Scale;
  sourcingClusters?: number;
  compareRounds?: number;
  regionCount?: number;
  historyClusters?: number;
  /** Rounds of regions() and intercluster(). */
  rounds?: number;
  /** Times every query by its module export name. */
  profile?: boolean;
  log?: (msg: string) => void;
}

export interface QueryTime { query: string; calls: number; ms: number }

export interface CrossClusterFigures {
  sourcing: number[];
  compare: number[];
  region: number[];
  regions: number[];
  intercluster: number[];
  history: number[];
  profile: QueryTime[];
}

/** The 10 clusters with most participants (ties by id): the heaviest comparison the API allows. */
async function largestClusters(run: Run, n: number): Promise<string[]> {
  const rows = await run('MATCH (o:Org)-[:MEMBER_OF]->(c:Cluster) RETURN c.id AS id, count(o) AS n ORDER BY n DESC, id LIMIT $limit', { limit: n });
  return rows.map((r) => r.id as string);
}

/** The regions with most clusters (ties by name), as region(name) takes them. */
async function busiestRegions(run: Run, n: number): Promise<string[]> {
  const rows = await run('MATCH (c:Cluster)-[:IN_REGION]->(g:Region) RETURN g.id AS name, count(c) AS n ORDER BY n DESC, name LIMIT $limit', { limit: n });
  return rows.map((r) => r.name as string);
}

/** A reader that adds each query's time to `into`, keyed by its export name where one is known. */
async function profiled(read: Run, into: Map<string, QueryTime>): Promise<Run> {
  const names = new Map<string, string>();
  const families = ['chain', 'compare', 'compliance', 'dependency', 'gaps', 'history', 'intercluster', 'regions', 'sourcing'];
  for (const family of families) {
    const mod = (await import(`../../api/${family}/queries.js`)) as Record<string, unknown>;
    for (const [name, text] of Object.entries(mod)) if (typeof text === 'string') names.set(text, `${family}.${name}`);
  }
  return async (query, params) => {
    const t0 = performance.now();
    try {
      return await read(query, params);
    } finally {
      const key = names.get(query) ?? query.trim().split('\n')[0]!.slice(0, 60);
      const entry = into.get(key) ?? { query: key, calls: 0, ms: 0 };
      entry.calls++;
      entry.ms += since(t0);
      into.set(key, entry);
    }
  };
}

async function times(n: number, f: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f(i);
    out.push(since(t0));
  }
  return out;
}

/** Measures on `engine`, or on a fresh temporary Kùzu loaded with the generated dataset of `opts.scale`. */
export async function measureCrossCluster(engine: Engine | undefined, opts: CrossClusterOptions = {}): Promise<CrossClusterFigures> {
  if (!engine) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cross-'));
    const own = new KuzuEngine(path.join(dir, 'graph.kuzu'));
    try {
      await own.ensureSchema();
      await measureLoad(own, generateDataset(opts.scale ?? 'region'));
      return await measureCrossCluster(own, opts);
    } finally {
      await own.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const log = opts.log ?? (() => undefined);
  const byQuery = new Map<string, QueryTime>();
  const run = opts.profile ? await profiled(readerOf(engine), byQuery) : readerOf(engine);
  const ids = (await run('MATCH (c:Cluster) RETURN c.id AS id ORDER BY id')).map((r) => r.id as string);
  const chosen = spread(ids, opts.sourcingClusters ?? 30);
  // Warm-up: statements are prepared once per connection; the first call of each is not what users see.
  if (ids[0]) await sourcing(run, ids[0], await resolveYear(run, ids[0]));
  byQuery.clear();
  log(`sourcing over ${chosen.length} clusters…`);
  const sourcingMs = await times(chosen.length, async (i) => sourcing(run, chosen[i]!, await resolveYear(run, chosen[i]!)));
  const largest = await largestClusters(run, 10);
  log(`compare of the ${largest.length} largest clusters…`);
  const compareMs = largest.length >= 2 ? await times(opts.compareRounds ?? 10, () => compare(run, largest)) : [];
  const names = await busiestRegions(run, opts.regionCount ?? 5);
  log(`region(name) for ${names.join(', ')}…`);
  const regionMs = await times(names.length, (i) => region(run, names[i]!));
  log('regions() and intercluster()…');
  const regionsMs = await times(opts.rounds ?? 3, () => regions(run));
  const interclusterMs = await times(opts.rounds ?? 3, () => intercluster(run));
  const historyIds = spread(ids, opts.historyClusters ?? 5);
  log(`history of ${historyIds.length} clusters…`);
  const historyMs = await times(historyIds.length, (i) => history(run, historyIds[i]!));
  const profile = [...byQuery.values()].sort((a, b) => b.ms - a.ms);
  return { sourcing: sourcingMs, compare: compareMs, region: regionMs, regions: regionsMs, intercluster: interclusterMs, history: historyMs, profile };
}

const p = (xs: number[]) => `p50 ${msText(pct(xs, 50))} / p95 ${msText(pct(xs, 95))} (n=${xs.length})`;

/** The table lines, with issue 8's targets where it sets them (region scale). */
export function crossClusterLines(f: CrossClusterFigures, scale?: Scale): Line[] {
  const region = scale === 'region';
  return [
    line('sourcing per cluster', p(f.sourcing), region ? { text: 'p95 ≤ 100 ms', ok: pct(f.sourcing, 95) <= 100 } : undefined),
    line('compare 10 largest clusters', p(f.compare), region ? { text: 'p95 ≤ 200 ms', ok: pct(f.compare, 95) <= 200 } : undefined),
    line('region(name)', p(f.region)),
    line('regions()', p(f.regions)),
    line('intercluster()', p(f.intercluster)),
    line('history per cluster', p(f.history)),
  ];
}

function parseArgs(argv: string[]): { scale: Scale; db?: string; profile: boolean; json: boolean } {
  const opts: { scale: Scale; db?: string; profile: boolean; json: boolean } = { scale: 'region', profile: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${a} needs a value`); return v; };
    if (a === '--scale') { const s = value(); if (!isScale(s)) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}, not "${s}"`); opts.scale = s; }
    else if (a === '--db') opts.db = value();
    else if (a === '--profile') opts.profile = true;
    else if (a === '--json') opts.json = true;
    else throw new Error(`unknown option "${a}" (see the first line of test/bench/cross-cluster.ts)`);
  }
  return opts;
}

async function main(argv: string[]): Promise<void> {
  const opts = parseArgs(argv);
  const log = (msg: string) => process.stderr.write(`[cross-cluster] ${msg}\n`);
  let engine: Engine | undefined;
  if (opts.db) {
    const file = path.join(opts.db, `graph-${opts.scale}.kuzu`);
    const fresh = !fs.existsSync(file);
    engine = new KuzuEngine(file);
    await engine.ensureSchema();
    if (fresh) {
      const t0 = performance.now();
      await measureLoad(engine, generateDataset(opts.scale));
      log(`loaded ${opts.scale} into ${file} in ${(since(t0) / 1000).toFixed(1)} s`);
    }
  }
  try {
    const f = await measureCrossCluster(engine, { scale: opts.scale, profile: opts.profile, log });
    printTable(`cross-cluster answers — scale ${opts.scale}, engine kuzu, node ${process.version}, ${os.cpus().length} cores`, crossClusterLines(f, opts.scale));
    if (opts.profile) {
      console.log('\nslowest queries (total ms over the whole run, calls):');
      for (const q of f.profile.slice(0, 15)) console.log(`${q.ms.toFixed(0).padStart(8)} ms  ${String(q.calls).padStart(5)}×  ${q.query}`);
    }
    if (opts.json) {
      const { profile: _, ...rest } = f;
      console.log(JSON.stringify(Object.fromEntries(Object.entries(rest).map(([k, xs]) => [k, { p50: pct(xs, 50), p95: pct(xs, 95) }]))));
    }
  } finally {
    await engine?.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  try {
    await main(process.argv.slice(2));
    process.exit(0);
  } catch (e) {
    console.error(`cross-cluster: ${(e as Error).message}`);
    process.exit(1);
  }
}
