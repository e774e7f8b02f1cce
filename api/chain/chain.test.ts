import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Engine } from '../engine/index.js';
import { importDataset } from '../../loaders/import.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';

const doc = aDataset().withCluster('c1').withProduct('p')
  .withOrg('a').withOrg('b', { inn: '7707083893' })
  .withOrg('cn1', { country: 'CN', output: null, purchases: null }).withOrg('cn2', { country: 'CN', output: null, purchases: null })
  .withOrg('ru-out', { output: null, purchases: null })
  .withMember('c1', 'a').withMember('c1', 'b', { stage: 'final', finalProducer: true })
  .withSupply('a', 'b', 100, { product: 'p' })
  .withSupply('cn1', 'b', 30, { product: 'p' }).withSupply('cn2', 'b', 20, { product: 'p' }).withSupply('ru-out', 'a', 7)
  .withSupply('b', 'ru-out', 999)
  .build();

describe.each(engineCases)('chain on $name', ({ make }) => {
  let engine: Engine;
  beforeAll(async () => { process.env.LOG_REQUESTS = '0'; engine = await make(); await importDataset(engine, doc); });
  afterAll(async () => { await engine.close(); });

  it('gives participants with stage order, outside suppliers grouped per country, and flows', async () => {
    const res = await request(createApp(engine)).get('/api/clusters/c1/chain').expect(200);
    const nodes = Object.fromEntries(res.body.nodes.map((n: { data: { id: string } }) => [n.data.id, n.data]));
    expect(Object.keys(nodes).sort()).toEqual(['a', 'b', 'outside:CN', 'outside:RU']);
    expect(nodes.b).toMatchObject({ type: 'participant', stage: 'final', stageOrder: 2, finalProducer: true, inn: '7707083893' });
    expect(nodes['outside:CN']).toMatchObject({ type: 'outside', members: 2 });
    const edges = res.body.edges.map((e: { data: { source: string; target: string; type: string; value: number } }) => `${e.data.type} ${e.data.source}->${e.data.target} ${e.data.value}`);
    // sales to outsiders are not part of the cluster's chain
    expect(edges.sort()).toEqual(['inflow outside:CN->b 50', 'inflow outside:RU->a 7', 'supply a->b 100']);
    expect(res.body.stages.map((s: { id: string }) => s.id)).toEqual(['inputs', 'final']);
  });

  it('404 for an unknown cluster', async () => {
    await request(createApp(engine)).get('/api/clusters/zz/chain').expect(404);
  });
});
