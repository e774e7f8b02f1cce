import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { KuzuEngine, readerOf, type Engine } from '../engine/index.js';
import { gaps } from '../gaps/gaps.js';
import { importDataset } from '../../loaders/import.js';
import { loadDemo } from '../../loaders/demo.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { sourcing } from './sourcing.js';

// Cluster c1 (Tula) needs slugs (OKPD2 24.42.24) and valves. Around it: a Tula plant of cluster c2 making
// profile (24.42.2, a parent code), a Kemerovo slug maker outside every cluster, a Moscow shipper of sheet
// (24.42.24.110, a child code) in c2 and c3, and organizations that must not be candidates.
const built = aDataset()
  .withCluster('c1', { regions: ['Тульская область'] }).withCluster('c2', { regions: ['Москва'] }).withCluster('c3')
  .withOrg('a').withOrg('b').withOrg('pot')
  .withOrg('t1', { region: 'Тульская обл.' }).withOrg('k1', { region: 'Кемеровская область — Кузбасс' }).withOrg('k2', { region: 'г. Москва' })
  .withOrg('both').withOrg('ingots').withOrg('alloy').withOrg('old').withOrg('z').withOrg('cn', { country: 'CN', output: null, purchases: null })
  .withMember('c1', 'a').withMember('c1', 'b').withMember('c1', 'pot', { status: 'potential' })
  .withMember('c2', 't1').withMember('c2', 'k2').withMember('c3', 'k2').withMember('c2', 'both')
  .withProduct('slug').withProduct('profile').withProduct('sheet').withProduct('ingot').withProduct('alloy').withProduct('valve')
  .withSupply('a', 'b', 100, { product: 'slug' })
  .withSupply('k1', 'b', 500, { product: 'slug' }).withSupply('k1', 'z', 200, { product: 'slug' }).withSupply('k1', 'z', 999, { product: 'slug', year: 2023 })
  .withSupply('t1', 'z', 300, { product: 'profile' })
  .withSupply('k2', 'z', 50, { product: 'sheet' }).withSupply('k2', 'z', 40) // a supply without a product counts for nothing
  .withSupply('old', 'z', 60, { product: 'slug', year: 2023 })
  .withNeed('b', 'slug', 1000).withNeed('b', 'valve', 200).withNeed('b', 'slug', 400, { year: 2023 })
  .build();
const codes: Record<string, string> = { slug: '24.42.24', profile: '24.42.2', sheet: '24.42.24.110', ingot: '24.42.1', alloy: '24.4' };
const doc = {
  ...built,
  products: built.products!.map((p) => ({ ...p, okpd2: codes[p.id] ?? null })),
  produces: [
    { org: 't1', product: 'profile' }, { org: 'k1', product: 'slug' }, { org: 'both', product: 'slug' }, { org: 'both', product: 'profile' },
    { org: 'ingots', product: 'ingot' }, { org: 'alloy', product: 'alloy' }, { org: 'cn', product: 'slug' }, { org: 'a', product: 'slug' },
    { org: 'pot', product: 'slug' },
  ],
};

describe.each(engineCases)('sourcing on $name', ({ make }) => {
  let engine: Engine;
  let answer: Awaited<ReturnType<typeof sourcing>>;
  beforeAll(async () => {
    engine = await make();
    await importDataset(engine, doc);
    answer = await sourcing(readerOf(engine), 'c1', 2024);
  });
  afterAll(async () => { await engine.close(); });

  it('lists the niches in the gaps answer\'s order with its unmet ₽', async () => {
    const g = await gaps(readerOf(engine), 'c1', 2024);
    expect(answer.items.map((i) => [i.product.id, i.unmet, i.need])).toEqual(g.unmetNeeds.map((u) => [u.product, u.unmet, u.need]));
    expect(answer.items.map((i) => [i.product.id, i.unmet])).toEqual([['slug', 900], ['valve', 200]]);
    expect(answer.items[0]!.product).toEqual({ id: 'slug', name: 'Продукт slug', okpd2: '24.42.24' });
  });

  it('ranks candidates same region first, then by ₽ shipped of matching products in the year', () => {
    const slug = answer.items[0]!.candidates;
    expect(slug.map((c) => [c.org.id, c.sameRegion, c.suppliedElsewhere, c.matchedBy, c.product.id])).toEqual([
      ['t1', true, 300, 'okpd2', 'profile'], // Тульская обл. is Тульская область; profile 24.42.2 is a parent of 24.42.24
      ['k1', false, 700, 'id', 'slug'], // 500 to the cluster's own b and 200 elsewhere; the 2023 supply does not count
      ['k2', false, 50, 'okpd2', 'sheet'], // ships sheet 24.42.24.110 without declaring it produced
      ['both', false, 0, 'id', 'slug'],
    ]);
    expect(slug[0]!.org).toEqual({ id: 't1', name: 'ООО «t1»', inn: null, region: 'Тульская область' });
    expect(slug.find((c) => c.org.id === 'k2')!.clusters).toEqual(['c2', 'c3']);
    expect(slug.find((c) => c.org.id === 'k1')!.clusters).toEqual([]);
    expect(slug.find((c) => c.org.id === 'both')!.products.map((p) => [p.id, p.matchedBy])).toEqual([['slug', 'id'], ['profile', 'okpd2']]);
  });

  it('leaves out participants in any status, foreign suppliers, codes too short or beside it, and shippers of another year', () => {
    const ids = answer.items[0]!.candidates.map((c) => c.org.id);
    for (const id of ['a', 'pot', 'cn', 'ingots', 'alloy', 'old']) expect(ids).not.toContain(id);
    expect(answer.items[1]!.candidates).toEqual([]);
  });

  it('answers the year asked for: in 2023 the old shipper is a candidate and the sheet shipper is not', async () => {
    const y2023 = await sourcing(readerOf(engine), 'c1', 2023);
    expect(y2023.items.map((i) => [i.product.id, i.unmet])).toEqual([['slug', 400]]);
    expect(y2023.items[0]!.candidates.map((c) => [c.org.id, c.suppliedElsewhere])).toEqual([['t1', 0], ['k1', 999], ['old', 60], ['both', 0]]);
  });

  it('serves GET /api/clusters/:id/sourcing with 400 for a bad year and 404 for an unknown cluster', async () => {
    process.env.LOG_REQUESTS = '0';
    const app = createApp(engine);
    const res = await request(app).get('/api/clusters/c1/sourcing').expect(200);
    expect(res.body.year).toBe(2024);
    expect(res.body.items[0].candidates[0].org.id).toBe('t1');
    const bad = await request(app).get('/api/clusters/c1/sourcing?year=soon').expect(400);
    expect(bad.body.error.message).toMatch(/year must be a number/);
    const missing = await request(app).get('/api/clusters/nope/sourcing').expect(404);
    expect(missing.body.error.message).toBe('cluster "nope" not found');
  });
});

describe('sourcing on the demo data', () => {
  let engine: Engine;
  beforeAll(async () => { engine = new KuzuEngine(':memory:'); await engine.ensureSchema(); await loadDemo(engine); });
  afterAll(async () => { await engine.close(); });

  it('the aerosol cluster\'s top niche, aluminium slugs, finds profile makers of the Ingushetia aluminium cluster', async () => {
    const answer = await sourcing(readerOf(engine), 'aerosol', 2024);
    const top = answer.items[0]!;
    expect([top.product.id, top.unmet]).toEqual(['al-slug', 945_000_000]);
    expect(top.candidates.map((c) => [c.org.id, c.clusters, c.sameRegion, c.suppliedElsewhere, c.matchedBy, c.product.id])).toEqual([
      ['arhstroygrupp', ['reg-31'], true, 0, 'okpd2', 'al-profile'], // Московская область, one of the aerosol cluster's regions
      // riak ships 350 + 250 + 200 + 150 + 120 + 180 + 100 million of profile within its cluster, 80 million to БМЗ of Kolomna
      ['riak', ['reg-31'], false, 1_430_000_000, 'okpd2', 'al-profile'],
      ['amk', ['reg-31'], false, 0, 'okpd2', 'al-profile'],
      ['revalux', ['reg-31'], false, 0, 'okpd2', 'al-profile'],
    ]);
    const ingot = answer.items.find((i) => i.product.id === 'al-ingot')!;
    expect(ingot.candidates.map((c) => [c.org.id, c.matchedBy, c.suppliedElsewhere])).toEqual([
      ['ru-primary-aluminium', 'id', 2_900_000_000], ['zas-rial', 'id', 700_000_000], ['amk', 'id', 0],
    ]);
  });
});
