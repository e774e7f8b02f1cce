import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { KuzuEngine, readerOf, type Engine } from '../engine/index.js';
import { compliance } from '../compliance/compliance.js';
import { dependency } from '../dependency/dependency.js';
import { importDataset } from '../../loaders/import.js';
import { loadDemo } from '../../loaders/demo.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { history } from './history.js';

// Two participants; in 2023 a sells b 10 of 1000 purchases (1%), in 2024 300 (30%); b's need of p is
// 500 in 2023 (10 covered) and 400 in 2024 (300 covered). x outside reports 2022, which is no year of c1.
const doc = aDataset()
  .withCluster('c1')
  .withOrg('a', { financials: [{ year: 2023, output: 1000, purchases: 1000 }, { year: 2024, output: 1000, purchases: 1000 }] })
  .withOrg('b', { financials: [{ year: 2023, output: 1000, purchases: 1000 }, { year: 2024, output: 1000, purchases: 1000 }] })
  .withOrg('x', { financials: [{ year: 2022, output: 5, purchases: 5 }] })
  .withMember('c1', 'a').withMember('c1', 'b')
  .withProduct('p')
  .withSupply('a', 'b', 10, { product: 'p', year: 2023 }).withSupply('a', 'b', 300, { product: 'p' })
  .withNeed('b', 'p', 500, { year: 2023 }).withNeed('b', 'p', 400)
  .build();

describe.each(engineCases)('history on $name', ({ make }) => {
  let engine: Engine;
  beforeAll(async () => { engine = await make(); await importDataset(engine, doc); });
  afterAll(async () => { await engine.close(); });

  it('gives every year with data, earliest first, with the level tightening from 0.5% to 15%', async () => {
    const h = await history(readerOf(engine), 'c1');
    expect(h.years.map((y) => [y.year, y.level, y.pass, y.unmet, y.niches])).toEqual([
      [2023, 10 / 2000, false, 490, 1],
      [2024, 300 / 2000, false, 100, 1],
    ]);
    expect(h.years[1]!.participants).toEqual([
      { id: 'a', name: 'ООО «a»', level: 0.3, pass: true }, { id: 'b', name: 'ООО «b»', level: 0.3, pass: true },
    ]);
    expect(h.years[0]!.participants.map((p) => [p.id, p.level, p.pass])).toEqual([['a', 0.01, false], ['b', 0.01, false]]);
  });

  it('each year\'s figures are the dependency and compliance answers of that year', async () => {
    const run = readerOf(engine);
    const h = await history(run, 'c1');
    for (const y of h.years) {
      const d = await dependency(run, 'c1', y.year);
      expect([y.level, y.levelByOutput, y.threshold, y.pass]).toEqual([d.cluster.level, d.cluster.levelByOutput, d.cluster.threshold, d.cluster.pass]);
      for (const c of y.compliance) {
        const full = await compliance(run, 'c1', y.year, c.edition);
        expect(c.summary).toEqual(full.summary);
        expect(c.status).toBe(full.summary.fail ? 'fail' : full.summary.unknown ? 'unknown' : 'pass');
      }
    }
    expect(h.years[0]!.compliance.map((c) => c.edition)).toEqual(['pp779-2015', 'pp779-2025']);
  });

  it('serves GET /api/clusters/:id/history, 404 for an unknown cluster', async () => {
    process.env.LOG_REQUESTS = '0';
    const app = createApp(engine);
    const res = await request(app).get('/api/clusters/c1/history').expect(200);
    expect(res.body.years.map((y: { year: number }) => y.year)).toEqual([2023, 2024]);
    expect((await request(app).get('/api/clusters/nope/history').expect(404)).body.error.message).toBe('cluster "nope" not found');
  });
});

describe('history on the demo data', () => {
  let engine: Engine;
  beforeAll(async () => { engine = new KuzuEngine(':memory:'); await engine.ensureSchema(); await loadDemo(engine); });
  afterAll(async () => { await engine.close(); });

  it('the aerosol cluster tightens: 17.8% in 2023 (below 20%), 27.2% in 2024', async () => {
    const h = await history(readerOf(engine), 'aerosol');
    expect(h.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(h.years[0]!.level).toBeCloseTo(0.1783, 4);
    expect(h.years[0]!.pass).toBe(false);
    expect(h.years[1]!.level).toBeCloseTo(4686 / 17202, 12);
    expect(h.years[1]!.pass).toBe(true);
    expect(h.years[1]!.unmet).toBe(3_348_000_000); // 945 + 880 + 670 + 553 + 300 million, the gaps answer's niches
    expect(h.years[0]!.unmet).toBeGreaterThan(h.years[1]!.unmet);
  });
});
