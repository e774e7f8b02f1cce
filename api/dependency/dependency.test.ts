import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { readerOf, type Engine } from '../engine/index.js';
import { importDataset } from '../../loaders/import.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { dependency, resolveYear } from './dependency.js';

// c1: a (out 1000, purchases 500) sells 100 to b; b buys 100 of 500 purchases; n has no financials;
// e is an education participant; p1..p4 are potential participants with an agreement.
const doc = aDataset()
  .withCluster('c1')
  .withOrg('a', { output: 1000, purchases: 500 }).withOrg('b', { output: 2000, purchases: 500 })
  .withOrg('n', { output: null, purchases: null }).withOrg('e', { kind: 'education', output: 10, purchases: 10 })
  .withOrg('p1').withOrg('p2').withOrg('p3').withOrg('p4').withOrg('o', { output: 1000, purchases: null })
  .withMember('c1', 'a').withMember('c1', 'b').withMember('c1', 'n').withMember('c1', 'e')
  .withMember('c1', 'p1', { status: 'potential', agreement: true }).withMember('c1', 'p2', { status: 'potential', agreement: true })
  .withMember('c1', 'p3', { status: 'potential', agreement: true }).withMember('c1', 'p4', { status: 'potential', agreement: true })
  .withMember('c1', 'o')
  .withSupply('a', 'b', 100).withSupply('a', 'o', 10)
  .build();

describe.each(engineCases)('dependency on $name', ({ make }) => {
  let engine: Engine;
  let answer: Awaited<ReturnType<typeof dependency>>;
  const p = (id: string) => answer.participants.find((x) => x.id === id)!;
  beforeAll(async () => {
    engine = await make();
    await importDataset(engine, doc);
    answer = await dependency(readerOf(engine), 'c1', 2024);
  });
  afterAll(async () => { await engine.close(); });

  it('computes shares from flows between participants: level is the larger', () => {
    expect(p('a')).toMatchObject({ out: 110, in: 0, outShare: 0.11, inShare: 0, level: 0.11, pass: true, fix: null });
    expect(p('b')).toMatchObject({ in: 100, inShare: 0.2, outShare: 0, level: 0.2, pass: true });
  });

  it('missing financials give null with a reason, never 0', () => {
    expect(p('n')).toMatchObject({ inShare: null, outShare: null, level: null, pass: null, fix: null });
    expect(p('n').reason).toBe('no purchases or output reported for 2024');
    expect(answer.cluster.level).toBeNull();
    expect(answer.cluster.reason).toMatch(/no purchases reported for 2024 by: n, o/);
  });

  it('a known share below 5% with the other unknown is not a fail: pass is unknown', () => {
    expect(p('o')).toMatchObject({ in: 10, outShare: 0, inShare: null, level: 0, pass: null });
  });

  it('non-industrial participants are exempt', () => {
    expect(p('e')).toMatchObject({ exempt: true, exemptReason: 'non-industrial', pass: false });
  });

  it('a potential participant without an agreement beyond the third is not exempt, and says why', () => {
    expect(['p1', 'p2', 'p3'].map((id) => p(id).exemptReason)).toEqual(['potential-with-agreement', 'potential-with-agreement', 'potential-with-agreement']);
    expect(p('p4')).toMatchObject({ exempt: false, exemptReason: null });
    expect(p('p4').notExemptReason).toMatch(/more than 3 potential participants/);
  });

  it('the fix is the smaller extra purchase or sale that reaches 5%', () => {
    // p4: output 1000, purchases 500, no flows: 5% of purchases = 25 < 5% of output = 50
    expect(p('p4').fix).toEqual({ via: 'purchases', value: 25 });
  });

  it('the default year is the latest with data', async () => {
    expect(await resolveYear(readerOf(engine), 'c1')).toBe(2024);
  });

  it('GET /api/clusters/:id/dependency answers, 404s and rejects a bad year', async () => {
    process.env.LOG_REQUESTS = '0';
    const app = createApp(engine);
    const res = await request(app).get('/api/clusters/c1/dependency').expect(200);
    expect(res.body.cluster).toMatchObject({ id: 'c1', year: 2024, participants: 9, threshold: 0.2 });
    await request(app).get('/api/clusters/zz/dependency').expect(404);
    const bad = await request(app).get('/api/clusters/c1/dependency?year=soon').expect(400);
    expect(bad.body.error.message).toMatch(/year must be a number/);
    const empty = await request(app).get('/api/clusters/c1/dependency?year=2001').expect(200);
    expect(empty.body.participants[0]).toMatchObject({ level: null, reason: 'no purchases or output reported for 2001' });
  });
});

describe.each(engineCases)('parallel supplies on $name', ({ make }) => {
  it('counts every supply between the same two participants (one per product)', async () => {
    const engine = await make();
    await importDataset(engine, aDataset().withCluster('c3').withProduct('p').withProduct('q').withOrg('a').withOrg('b')
      .withMember('c3', 'a').withMember('c3', 'b')
      .withSupply('a', 'b', 10).withSupply('a', 'b', 20, { product: 'p' }).withSupply('a', 'b', 30, { product: 'q' }).build());
    const d = await dependency(readerOf(engine), 'c3', 2024);
    expect(d.participants.map((x) => [x.id, x.in, x.out])).toEqual([['a', 0, 60], ['b', 60, 0]]);
    expect(d.cluster.internalFlows).toBe(60);
    await engine.close();
  });
});

describe.each(engineCases)('cluster threshold on $name', ({ make }) => {
  it('is 10% when at least 30% of participants are in priority territories, and 20% otherwise', async () => {
    const engine = await make();
    const cluster = (id: string, priority: number) => {
      const b = aDataset().withCluster(id);
      for (let i = 0; i < 10; i++) b.withOrg(`${id}-o${i}`, { priorityTerritory: i < priority }).withMember(id, `${id}-o${i}`);
      return b.withSupply(`${id}-o0`, `${id}-o1`, 600).build();
    };
    await importDataset(engine, cluster('low', 2));
    await importDataset(engine, cluster('high', 3));
    const low = await dependency(readerOf(engine), 'low', 2024);
    const high = await dependency(readerOf(engine), 'high', 2024);
    // level = 600 / (10 × 500) = 12%: below 20%, above 10%
    expect(low.cluster).toMatchObject({ level: 0.12, threshold: 0.2, pass: false, priorityShare: 0.2 });
    expect(high.cluster).toMatchObject({ level: 0.12, threshold: 0.1, pass: true, priorityShare: 0.3 });
    await engine.close();
  });
});
