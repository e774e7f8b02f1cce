// `npm run bench [-- --scale demo|region|national] [--json] [--engine kuzu|neo4j] [--no-web] [--api-seconds N] [--workbook-rows N]`
// Generates a dataset at the scale, loads it into a fresh database and measures load throughput,
// per-cluster analytics, the all-clusters compliance sweep, the database against the TypeScript
// oracle, API latency under 50 connections, peak RSS and, with Chromium, the chain view at
// 2 000 nodes / 6 000 edges, and the import of a 20 000-row questionnaire and dataset workbook (Kùzu).
// Prints a table; with --json the last line is one JSON object.
// Figures are printed, never asserted (test/bench/bench.test.ts only checks that it runs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KuzuEngine, Neo4jEngine, type Engine } from '../../api/engine/index.js';
import { datasetSchema } from '../../graph-schema/index.js';
import { generateDataset, isScale, scales, type Scale } from './generate-scale.js';
import { browsingPaths, measureApi } from './measure-api.js';
import { againstOracle, clusterIds, extras, perCluster, sweep } from './measure-analytics.js';
import { measureLoad } from './measure-load.js';
import { measureWorkbooks } from './measure-workbook.js';
import { peakRssMb, pct, since } from './stats.js';
import { fmt, line, msText, printTable, summaryLine, type Line } from './table.js';

interface Options { scale: Scale; json: boolean; engine: 'kuzu' | 'neo4j'; web: boolean; apiSeconds: number; workbookRows: number }

export function parseArgs(argv: string[]): Options {
  const opts: Options = { scale: 'demo', json: false, engine: 'kuzu', web: true, apiSeconds: 10, workbookRows: 20_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new Error(`${a} needs a value`); return v; };
    if (a === '--scale') { const s = value(); if (!isScale(s)) throw new Error(`--scale must be one of ${Object.keys(scales).join(', ')}, not "${s}"`); opts.scale = s; }
    else if (a === '--json') opts.json = true;
    else if (a === '--engine') { const e = value(); if (e !== 'kuzu' && e !== 'neo4j') throw new Error(`--engine must be kuzu or neo4j, not "${e}"`); opts.engine = e; }
    else if (a === '--no-web') opts.web = false;
    else if (a === '--api-seconds') { opts.apiSeconds = Number(value()); if (!(opts.apiSeconds > 0)) throw new Error('--api-seconds must be a positive number'); }
    else if (a === '--workbook-rows') { opts.workbookRows = Number(value()); if (!(Number.isInteger(opts.workbookRows) && opts.workbookRows >= 0 && opts.workbookRows % 2 === 0)) throw new Error('--workbook-rows must be an even whole number (0 skips the workbooks)'); }
    else throw new Error(`unknown option "${a}" (see the first line of test/bench/run.ts)`);
  }
  return opts;
}

const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

async function openEngine(kind: Options['engine']): Promise<{ engine: Engine; cleanup: () => void }> {
  if (kind === 'neo4j') {
    const uri = process.env.NEO4J_URI;
    if (!uri) throw new Error('--engine neo4j needs NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD)');
    const engine = new Neo4jEngine({ uri, username: process.env.NEO4J_USERNAME, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
    await engine.ensureSchema();
    // Never measure on top of (or wipe) somebody's data: the database must be empty.
    const [row] = await engine.read('MATCH (c:Cluster) RETURN count(c) AS n');
    if (Number(row?.n ?? 0) > 0) { await engine.close(); throw new Error('the Neo4j database is not empty: point NEO4J_DATABASE at an empty one for the benchmark'); }
    return { engine, cleanup: () => undefined };
  }
  // On disk, as `npm start` runs it, in a temporary folder removed at the end.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-kuzu-'));
  const engine = new KuzuEngine(path.join(dir, 'graph.kuzu'));
  await engine.ensureSchema();
  return { engine, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function main(argv: string[]): Promise<void> {
  const opts = parseArgs(argv);
  const spec = scales[opts.scale];
  let t0 = performance.now();
  const doc = generateDataset(opts.scale);
  log(`generated ${opts.scale}: ${spec.organizations} organizations, ${doc.supplies!.length} supplies, ${spec.clusters} clusters in ${since(t0).toFixed(0)} ms`);
  const { engine, cleanup } = await openEngine(opts.engine);
  try {
    const load = await measureLoad(engine, doc);
    log(`loaded ${load.records} records in ${(load.ms / 1000).toFixed(1)} s`);
    const parsed = datasetSchema.parse(doc);
    const ids = await clusterIds(engine);
    const analytics = await perCluster(engine, ids);
    log(`per-cluster analytics over ${ids.length} clusters done`);
    const sweepMs = await sweep(engine, ids);
    const oracle = await againstOracle(engine, parsed, ids);
    if (oracle.mismatches.length) log(`WARNING: database and oracle disagree: ${oracle.mismatches.slice(0, 3).join('; ')}`);
    const extra = await extras(engine, ids);
    log('API under load…');
    const api = await measureApi(engine, browsingPaths(ids), { seconds: opts.apiSeconds });
    let web: Line[] = [];
    if (opts.web) web = await webLines();
    let workbooks: Line[] = [];
    if (opts.workbookRows > 0) { log(`workbooks of ${opts.workbookRows} rows…`); workbooks = await measureWorkbooks(opts.workbookRows); }
    const rss = peakRssMb();

    const national = opts.scale === 'national';
    const lines: Line[] = [
      line('dataset', `${fmt(load.records)} records (${fmt(doc.supplies!.length)} supplies, ${fmt(ids.length)} clusters)`),
      line('load', `${(load.ms / 1000).toFixed(1)} s, ${fmt(load.recordsPerSec)} records/s`, national ? { text: 'national load ≤ 60 s', ok: load.ms <= 60_000 } : undefined),
      line('cluster analytics p50 (dep+compl+gaps)', msText(pct(analytics.total, 50))),
      line('cluster analytics p95 (dep+compl+gaps)', msText(pct(analytics.total, 95)), { text: 'p95 ≤ 50 ms', ok: pct(analytics.total, 95) <= 50 }),
      line('  dependency p95', msText(pct(analytics.dependency, 95))),
      line('  compliance p95', msText(pct(analytics.compliance, 95))),
      line('  gaps p95', msText(pct(analytics.gaps, 95))),
      line(`compliance sweep (${ids.length} clusters)`, msText(sweepMs), opts.scale === 'region' ? { text: 'region sweep ≤ 2 s', ok: sweepMs <= 2000 } : undefined),
      line(`database / oracle (${oracle.clusters} clusters)`, `${oracle.ratio.toFixed(2)} (${msText(oracle.dbMs)} / ${msText(oracle.oracleMs)})`, { text: 'ratio ≤ 3', ok: oracle.ratio <= 3 }),
      line('sourcing per cluster p95', msText(extra.sourcingP95Ms)),
      line('compare 10 clusters p95', msText(extra.compareP95Ms)),
      line(`API p50 (50 connections, ${api.requests} requests, ${api.failures} failed)`, msText(api.p50)),
      line('API p95', msText(api.p95), { text: 'API p95 ≤ 100 ms', ok: api.p95 <= 100 }),
      line('API throughput', `${fmt(api.perSecond)} requests/s`),
      ...web,
      ...workbooks,
      line('peak RSS', `${fmt(rss)} MiB`, { text: 'peak RSS ≤ 3 GiB', ok: rss <= 3072 }),
    ];
    printTable(`npm run bench — scale ${opts.scale}, engine ${engine.name}, node ${process.version}, ${os.cpus().length} cores`, lines);
    if (opts.json) {
      console.log(summaryLine({
        scale: opts.scale, engine: engine.name, loadRecordsPerSec: load.recordsPerSec,
        clusterAnalyticsP50Ms: pct(analytics.total, 50), clusterAnalyticsP95Ms: pct(analytics.total, 95), sweepMs,
        apiP50Ms: api.p50, apiP95Ms: api.p95, peakRssMb: rss, dbToOracleRatio: oracle.ratio,
      }));
    }
  } finally {
    await engine.close();
    cleanup();
  }
}

/** The chain view at 2 000 nodes / 6 000 edges in headless Chromium (test/browser/bench-layout.ts), when it is installed. */
async function webLines(): Promise<Line[]> {
  const { hasChromium } = await import('../browser/support.js');
  if (!hasChromium) return [line('web chain 2 000 / 6 000', 'skipped: /usr/bin/chromium is not installed')];
  log('chain view in Chromium…');
  const { benchLayout } = await import('../browser/bench-layout.js');
  const results = await benchLayout({ participants: 2000, supplies: 6000 });
  const big = results.find((r) => r.case.includes('no gaps')) ?? results.at(-1)!;
  return [
    line(`web chain layout (${big.nodes} nodes, ${big.edges} edges)`, msText(big.layoutMs)),
    line('web chain render', msText(big.renderMs)),
    line('web longest frame while panning', msText(big.longestTaskWhilePanningMs)),
  ];
}

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  try {
    await main(process.argv.slice(2));
    process.exit(0);
  } catch (e) {
    console.error(`bench: ${(e as Error).message}`);
    process.exit(1);
  }
}
