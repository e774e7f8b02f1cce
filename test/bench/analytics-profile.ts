// `npx tsx test/bench/analytics-profile.ts [--db DIR] [--rounds N] [--sweep] [--plan NAME]`
// Where the per-cluster analytics spend their time at region scale on Kùzu (issue 5: dependency +
// compliance + gaps per cluster p95 ≤ 50 ms; the compliance sweep of ~100 clusters ≤ 2 s).
// The region database is loaded once into DIR (default /tmp/region-db) and reused, since loading is
// most of a cold run. Prints p50/p95 per function and the statements that took the most time, by
// their module export name. --plan NAME prints Kùzu's PROFILE of one export (e.g. gaps.unmetNeeds)
// for the largest cluster.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { KuzuEngine, readerOf, type Run } from '../../api/engine/index.js';
import { compliance } from '../../api/compliance/compliance.js';
import { dependency, resolveYear } from '../../api/dependency/dependency.js';
import { gaps } from '../../api/gaps/gaps.js';
import { pp779Rules, TOLERANCE } from '../../api/dependency/rules.js';
import { generateDataset } from './generate-scale.js';
import { analyseCluster, type ClusterFigures } from './measure-analytics.js';
import { measureLoad } from './measure-load.js';
import { pct, since } from './stats.js';

const EDITION = 'pp779-2015';
interface QueryTime { query: string; calls: number; ms: number; max: number }

async function queryNames(): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const family of ['dependency', 'compliance', 'gaps']) {
    const mod = (await import(`../../api/${family}/queries.js`)) as Record<string, unknown>;
    for (const [name, text] of Object.entries(mod)) if (typeof text === 'string') names.set(text, `${family}.${name}`);
  }
  return names;
}

/** A reader that adds each statement's time to `into`, keyed by its export name. */
function profiled(read: Run, names: Map<string, string>, into: Map<string, QueryTime>): Run {
  return async (query, params) => {
    const t0 = performance.now();
    try {
      return await read(query, params);
    } finally {
      const ms = since(t0);
      const key = names.get(query) ?? query.trim().split('\n')[0]!.slice(0, 60);
      const e = into.get(key) ?? { query: key, calls: 0, ms: 0, max: 0 };
      e.calls++;
      e.ms += ms;
      e.max = Math.max(e.max, ms);
      into.set(key, e);
    }
  };
}

function parseArgs(argv: string[]) {
  const opts = { db: '/tmp/region-db', rounds: 1, sweep: false, plan: undefined as string | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${a} needs a value`); return v; };
    if (a === '--db') opts.db = value();
    else if (a === '--rounds') opts.rounds = Number(value());
    else if (a === '--sweep') opts.sweep = true;
    else if (a === '--plan') opts.plan = value();
    else throw new Error(`unknown option "${a}" (see the first line of test/bench/analytics-profile.ts)`);
  }
  return opts;
}

const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms / p95 ${pct(xs, 95).toFixed(1)} ms / max ${Math.max(...xs).toFixed(1)} ms`;

async function main(argv: string[]): Promise<void> {
  const opts = parseArgs(argv);
  const file = path.join(opts.db, 'graph-region.kuzu');
  const fresh = !fs.existsSync(file);
  const engine = new KuzuEngine(file);
  try {
    await engine.ensureSchema();
    if (fresh) {
      const t0 = performance.now();
      await measureLoad(engine, generateDataset('region'));
      console.error(`loaded region into ${file} in ${(since(t0) / 1000).toFixed(1)} s`);
    }
    const names = await queryNames();
    const byQuery = new Map<string, QueryTime>();
    const run = profiled(readerOf(engine), names, byQuery);
    const ids = (await run('MATCH (c:Cluster) RETURN c.id AS id ORDER BY id')).map((r) => r.id as string);
    if (opts.plan) return await plan(engine, file, opts.plan, names, ids);
    // Warm-up: statements are prepared once per connection.
    for (const id of ids.slice(0, 3)) await analyseCluster(run, id);
    byQuery.clear();
    const f: ClusterFigures = { total: [], dependency: [], compliance: [], gaps: [] };
    for (let r = 0; r < opts.rounds; r++) for (const id of ids) await analyseCluster(run, id, f);
    console.log(`per-cluster analytics — region, kuzu, node ${process.version}, ${os.cpus().length} cores, ${ids.length} clusters × ${opts.rounds}`);
    for (const [k, xs] of Object.entries(f)) console.log(`  ${k.padEnd(11)} ${fmt(xs)}`);
    if (opts.sweep) {
      const read = readerOf(engine);
      const t0 = performance.now();
      for (const id of ids) await compliance(read, id, await resolveYear(read, id), EDITION);
      console.log(`  sweep       ${since(t0).toFixed(0)} ms for ${ids.length} clusters (compliance with its own dependency)`);
    }
    console.log('\nslowest statements (total ms, calls, mean, max):');
    for (const q of [...byQuery.values()].sort((a, b) => b.ms - a.ms).slice(0, 15)) {
      console.log(`${q.ms.toFixed(0).padStart(7)} ms ${String(q.calls).padStart(5)}×  ${(q.ms / q.calls).toFixed(2).padStart(7)} ${q.max.toFixed(1).padStart(7)}  ${q.query}`);
    }
  } finally {
    await engine.close();
  }
}

/** Kùzu's PROFILE of one export for the cluster with most participants, on a raw connection. */
async function plan(engine: KuzuEngine, file: string, name: string, names: Map<string, string>, ids: string[]): Promise<void> {
  const text = [...names].find(([, n]) => n === name)?.[0];
  if (!text) throw new Error(`no query export named "${name}"; known: ${[...names.values()].join(', ')}`);
  const rows = await engine.read('MATCH (o:Org)-[:MEMBER_OF]->(c:Cluster) RETURN c.id AS id, count(o) AS n ORDER BY n DESC, id LIMIT 1');
  const cluster = (rows[0]?.id as string | undefined) ?? ids[0]!;
  const year = await resolveYear(readerOf(engine), cluster);
  const participants = (await engine.read('MATCH (o:Org)-[:MEMBER_OF]->(:Cluster {id: $cluster}) RETURN o.id AS id ORDER BY id', { cluster })).map((r) => r.id as string);
  await engine.close();
  // A second, read-only database on the same files: the engine does not expose its connection.
  const db = new kuzu.Database(file, 0, true, true);
  const conn = new kuzu.Connection(db);
  const all: Record<string, unknown> = {
    cluster, year: year ?? 0, financialsSuffix: `/${year ?? 0}`, participants, buyers: participants, sellers: participants, customers: participants,
    ...pp779Rules, tolerance: TOLERANCE,
  };
  const params = Object.fromEntries([...new Set([...text.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].map((k) => [k, all[k]]));
  const ps = await conn.prepare(`PROFILE ${text}`);
  const res = await conn.execute(ps, params as never);
  const out = Array.isArray(res) ? res[0]! : res;
  for (const r of await out.getAll()) console.log(Object.values(r).join('\n'));
}

try {
  await main(process.argv.slice(2));
  process.exit(0);
} catch (e) {
  console.error(`analytics-profile: ${(e as Error).message}`);
  process.exit(1);
}
