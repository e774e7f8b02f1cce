import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { KuzuEngine, readerOf, type Engine } from '../engine/index.js';
import { importDataset } from '../../loaders/import.js';
import { loadDemo } from '../../loaders/demo.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { intercluster } from './intercluster.js';

// Clusters A, B, C: a1 in A, b1 in B, ab in both A and B, c1 in C; x outside every cluster.
const doc = aDataset()
  .withCluster('A').withCluster('B').withCluster('C')
  .withOrg('a1').withOrg('b1').withOrg('ab').withOrg('c1').withOrg('x')
  .withMember('A', 'a1').withMember('B', 'b1').withMember('A', 'ab').withMember('B', 'ab', { status: 'potential' }).withMember('C', 'c1')
  .withProduct('p').withProduct('q')
  .withSupply('a1', 'b1', 100, { product: 'p' }).withSupply('a1', 'b1', 50, { product: 'q' }) // parallel: two flows A → B
  .withSupply('ab', 'b1', 70) // inside B (ab is in B): links nothing
  .withSupply('a1', 'ab', 30) // inside A
  .withSupply('b1', 'c1', 20) // B → C
  .withSupply('ab', 'c1', 10) // A → C and B → C: ab is in both, c1 in neither
  .withSupply('c1', 'x', 5) // to no cluster
  .withSupply('a1', 'b1', 999, { year: 2023 })
  .build();

describe.each(engineCases)('intercluster on $name', ({ make }) => {
  let engine: Engine;
  beforeAll(async () => { engine = await make(); await importDataset(engine, doc); });
  afterAll(async () => { await engine.close(); });

  it('an edge per ordered pair of clusters, weighted by ₽ and counting supplies, for the latest year by default', async () => {
    const g = await intercluster(readerOf(engine));
    expect(g.year).toBe(2024);
    expect(g.edges.map((e) => e.data)).toEqual([
      { id: 'A->B', source: 'A', target: 'B', value: 150, flows: 2 },
      { id: 'A->C', source: 'A', target: 'C', value: 10, flows: 1 },
      { id: 'B->C', source: 'B', target: 'C', value: 30, flows: 2 },
    ]);
    expect(g.nodes.map((n) => n.data)).toEqual([
      { id: 'A', name: 'Кластер A', participants: 2 }, { id: 'B', name: 'Кластер B', participants: 2 }, { id: 'C', name: 'Кластер C', participants: 1 },
    ]);
  });

  it('answers the year asked for, and nothing for a year without cross-cluster supplies', async () => {
    expect((await intercluster(readerOf(engine), 2023)).edges.map((e) => [e.data.id, e.data.value])).toEqual([['A->B', 999]]);
    expect(await intercluster(readerOf(engine), 2022)).toEqual({ year: 2022, nodes: [], edges: [] });
  });

  it('serves GET /api/intercluster?year= with 400 for a year out of range', async () => {
    process.env.LOG_REQUESTS = '0';
    const app = createApp(engine);
    expect((await request(app).get('/api/intercluster').expect(200)).body.edges).toHaveLength(3);
    expect((await request(app).get('/api/intercluster?year=2023').expect(200)).body.edges).toHaveLength(1);
    const bad = await request(app).get('/api/intercluster?year=1800').expect(400);
    expect(bad.body.error.message).toMatch(/year must be 1990 or later/);
  });
});

describe('intercluster on the demo data', () => {
  let engine: Engine;
  beforeAll(async () => { engine = new KuzuEngine(':memory:'); await engine.ensureSchema(); await loadDemo(engine); });
  afterAll(async () => { await engine.close(); });

  it('links the aluminium cluster and KEMZ to Kolomna in 2024, and aluminium to aerosol in 2023', async () => {
    const g = await intercluster(readerOf(engine));
    expect(g.year).toBe(2024);
    // busbars from Электроцит (45 million) and profile from РИАК (80 million); motors from ТоргИнвест (120 million)
    expect(g.edges.map((e) => [e.data.id, e.data.value, e.data.flows])).toEqual([['reg-17->reg-6', 120_000_000, 1], ['reg-31->reg-6', 125_000_000, 2]]);
    const y2023 = await intercluster(readerOf(engine), 2023);
    expect(y2023.edges.map((e) => [e.data.id, e.data.value])).toEqual([['reg-31->aerosol', 70_000_000]]); // ingots from ЗАС РИАЛ to Алюмар
  });
});
