import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { readerOf, type Engine } from '../engine/index.js';
import { importDataset, type ImportResult } from '../../loaders/import.js';
import { loadRating } from '../../loaders/region-rating.js';
import { subjects } from '../../graph-schema/index.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { region, regions } from './regions.js';
import type { RegionsAnswer } from './schema.js';

// c1 in Moscow (from the registry), c2 in Tula, c3 in Moscow with no participants, spelled three ways.
// a, b in Moscow (c1); t in Tula, u nowhere (c2); w in Tula, in both clusters; z in no subject at all.
const doc = aDataset()
  .withCluster('c1', { regions: ['г. Москва'], registryNo: 5 })
  .withCluster('c2', { regions: ['Тульская обл.'] })
  .withCluster('c3', { regions: ['Москва', 'Mосква'] }) // the second with a Latin M
  .withOrg('a', { region: 'Москва г.' }).withOrg('b', { region: 'Москва' }).withOrg('t', { region: 'Тульская область' })
  .withOrg('u').withOrg('w', { region: 'тульская  область' }).withOrg('z', { region: 'Байконур' })
  .withMember('c1', 'a').withMember('c1', 'b').withMember('c1', 'w').withMember('c2', 't').withMember('c2', 'u').withMember('c2', 'w')
  .withProduct('p')
  .withSupply('a', 'b', 100, { product: 'p' }) // inside c1, made in Moscow
  .withSupply('b', 't', 40) // c1 → c2: leaves Moscow
  .withSupply('t', 'u', 30) // inside c2, made in Tula
  .withSupply('u', 'a', 20) // c2 → c1: enters Moscow
  .withSupply('w', 'a', 5) // w and a share c1: cooperation inside it, not across clusters
  .withSupply('z', 'a', 7) // z is in no cluster
  .withSupply('a', 'b', 500, { product: 'p', year: 2023 })
  .withNeed('b', 'p', 150).withNeed('t', 'p', 10)
  .build();

describe.each(engineCases)('regions on $name', ({ make }) => {
  let engine: Engine;
  let imported: ImportResult;
  let answer: RegionsAnswer;
  beforeAll(async () => {
    engine = await make();
    imported = await importDataset(engine, doc);
    await loadRating(engine);
    answer = await regions(readerOf(engine));
  });
  afterAll(async () => { await engine.close(); });
  const row = (name: string) => answer.items.find((r) => r.name === name)!;

  it('stores canonical region names and warns about a name that is no subject', async () => {
    expect(imported.warnings).toContainEqual(expect.objectContaining({ path: 'organizations[5].region', value: 'Байконур' }));
    const stored = await engine.read('MATCH (:Cluster)-[:IN_REGION]->(g:Region) RETURN DISTINCT g.id AS id ORDER BY id');
    expect(stored.map((r) => r.id)).toEqual(['Москва', 'Тульская область']);
    const orgs = await engine.read('MATCH (o:Org) WHERE o.region IS NOT NULL RETURN o.id AS id, o.region AS region ORDER BY id');
    expect(orgs.map((r) => r.region)).toEqual(['Москва', 'Москва', 'Тульская область', 'Тульская область', 'Байконур']);
  });

  it('lists all 89 subjects by name, zeros where the graph has nothing', () => {
    expect(answer.year).toBe(2024);
    expect(answer.items.map((r) => r.name)).toEqual([...subjects].sort(new Intl.Collator('ru').compare));
    expect(row('Омская область')).toEqual({
      name: 'Омская область', clusters: 0, clustersInRegistry: 0, clustersWithData: 0, participants: 0, internalFlows: 0, unmet: 0,
      rating: { rank: 2, s1: 0.267, s2: 0.13, s3: 0.05, s4: 0.05, s5: 0.04, total: 0.537 },
    });
  });

  it('counts clusters, participants by location, intra-cluster flows at the supplier and unmet need', () => {
    expect(row('Москва')).toMatchObject({ clusters: 2, clustersInRegistry: 1, clustersWithData: 1, participants: 2, internalFlows: 100, unmet: 50, rating: { rank: 7, s1: 0.14 } });
    expect(row('Тульская область')).toMatchObject({ clusters: 1, clustersInRegistry: 0, clustersWithData: 1, participants: 2, internalFlows: 35, unmet: 10, rating: null });
  });

  it('answers another year when asked', async () => {
    const old = await regions(readerOf(engine), 2023);
    expect(old.items.find((r) => r.name === 'Москва')).toMatchObject({ internalFlows: 500, unmet: 0, participants: 2 });
  });

  it('gives one region by any spelling: its clusters with levels and the inter-cluster flows crossing its border', async () => {
    const moscow = (await region(readerOf(engine), 'г. Москва'))!;
    expect(moscow.name).toBe('Москва');
    expect(moscow.rating?.rank).toBe(7);
    expect(moscow.clusters).toEqual([{ id: 'c1', name: 'Кластер c1', participants: 3, level: 105 / 1500 }, { id: 'c3', name: 'Кластер c3', participants: 0, level: null }]);
    const end = (cluster: string, r: string) => ({ cluster, name: `Кластер ${cluster}`, region: r, regions: [r] });
    expect(moscow.crossBorder).toEqual([
      { from: end('c1', 'Москва'), to: end('c2', 'Тульская область'), value: 40 },
      { from: end('c2', 'Тульская область'), to: end('c1', 'Москва'), value: 20 },
    ]);
    expect((await region(readerOf(engine), 'Омская область'))).toMatchObject({ clusters: [], crossBorder: [] });
    expect(await region(readerOf(engine), 'Атлантида')).toBeUndefined();
  });

  describe('HTTP', () => {
    const app = () => createApp(engine);
    it('GET /api/regions', async () => {
      const res = await request(app()).get('/api/regions').expect(200);
      expect(res.body.items).toHaveLength(89);
    });
    it('GET /api/regions/:name normalises the name', async () => {
      const res = await request(app()).get(`/api/regions/${encodeURIComponent('Тульская обл.')}`).expect(200);
      expect(res.body).toMatchObject({ name: 'Тульская область', clusters: [{ id: 'c2', participants: 3 }] });
    });
    it('404 for a name that is no subject, 400 for a bad year', async () => {
      const res = await request(app()).get(`/api/regions/${encodeURIComponent('Атлантида')}`).expect(404);
      expect(res.body.error.message).toBe('region "Атлантида" (not a subject of the Russian Federation) not found');
      const bad = await request(app()).get('/api/regions').query({ year: '20x4' }).expect(400);
      expect(bad.body.error.message).toMatch(/year must be a number/);
    });
  });
});
