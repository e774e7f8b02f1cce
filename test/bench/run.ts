// `npm run bench`: figures for the closing notes, printed, never asserted.
//  - import time of the demo data and of a synthetic 10 000-supply dataset (Kùzu, in memory);
//  - p50/p95 of dependency + compliance + gaps per cluster over the demo data.
import { KuzuEngine, readerOf, type Engine } from '../../api/engine/index.js';
import { compliance } from '../../api/compliance/compliance.js';
import { dependency, resolveYear } from '../../api/dependency/dependency.js';
import { gaps } from '../../api/gaps/gaps.js';
import { importDataset } from '../../loaders/import.js';
import { loadDemo } from '../../loaders/demo.js';
import { syntheticDataset } from './generate.js';

const fresh = async (): Promise<Engine> => { const e = new KuzuEngine(':memory:'); await e.ensureSchema(); return e; };
const ms = (t0: number) => performance.now() - t0;
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!; };

async function importTimes(): Promise<void> {
  const demo = await fresh();
  let t0 = performance.now();
  await loadDemo(demo);
  console.log(`import: demo data (registry of 104 + 4 detailed chains): ${ms(t0).toFixed(0)} ms`);
  t0 = performance.now();
  await loadDemo(demo);
  console.log(`import: demo data again (no changes): ${ms(t0).toFixed(0)} ms`);
  for (const [participants, supplies] of [[1000, 10_000], [2000, 50_000]] as const) {
    const e = await fresh();
    const doc = syntheticDataset({ participants, supplies, prefix: `b${supplies}` });
    t0 = performance.now();
    await importDataset(e, doc);
    console.log(`import: synthetic ${supplies} supplies, ${participants} participants: ${ms(t0).toFixed(0)} ms`);
    t0 = performance.now();
    await importDataset(e, doc);
    console.log(`import: the same again (idempotent): ${ms(t0).toFixed(0)} ms`);
  }
}

async function analyticsTimes(rounds = 30): Promise<void> {
  const e = await fresh();
  await loadDemo(e);
  const run = readerOf(e);
  const clusters = (await e.read('MATCH (o:Org)-[:MEMBER_OF]->(c:Cluster) RETURN DISTINCT c.id AS id ORDER BY id')).map((r) => r.id as string);
  for (const id of clusters) {
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const t0 = performance.now();
      const year = await resolveYear(run, id);
      const dep = await dependency(run, id, year);
      await compliance(run, id, year, 'pp779-2015', dep);
      await gaps(run, id, year, undefined, dep);
      times.push(ms(t0));
    }
    console.log(`analytics: dependency+compliance+gaps for ${id}: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms (${rounds} rounds)`);
  }
  const big = await fresh();
  await importDataset(big, syntheticDataset({ participants: 200, supplies: 2000, prefix: 'an' }));
  const brun = readerOf(big);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const dep = await dependency(brun, 'an-cluster', 2024);
    await compliance(brun, 'an-cluster', 2024, 'pp779-2015', dep);
    await gaps(brun, 'an-cluster', 2024, undefined, dep);
    times.push(ms(t0));
  }
  console.log(`analytics: synthetic cluster of 200 participants and 2 000 supplies: p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms (5 rounds)`);
}

console.log(`kuzu ${KuzuEngine.name ? '' : ''}benchmarks, node ${process.version}`);
await importTimes();
await analyticsTimes();
