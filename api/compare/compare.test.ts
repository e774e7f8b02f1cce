import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { readerOf, type Engine } from '../engine/index.js';
import { compliance } from '../compliance/compliance.js';
import { importDataset } from '../../loaders/import.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { compare } from './compare.js';
import type { CompareAnswer } from './schema.js';

const M = 1e6;
// c1: a (micro), b (small, potential, final producer), s (large; also in c2), e (education, no financials).
// c2: s and d (medium). Outside: x (CN), y (RU). d is outside c1, a is outside c2.
const doc = aDataset()
  .withCluster('c1', { regions: ['г. Москва'], specialization: 'Химия' })
  .withCluster('c2', { regions: ['Тульская обл.', 'Кузбасс'] })
  .withOrg('a', { output: 100 * M, purchases: 50 * M })
  .withOrg('b', { output: 500 * M, purchases: 300 * M })
  .withOrg('s', { output: 3000 * M, purchases: 1000 * M })
  .withOrg('e', { kind: 'education', output: null, purchases: null })
  .withOrg('d', { output: 1500 * M, purchases: 1000 * M })
  .withOrg('x', { country: 'CN', output: null, purchases: null })
  .withOrg('y', { output: null, purchases: null })
  .withMember('c1', 'a').withMember('c1', 'b', { status: 'potential', agreement: false, stage: 'final', finalProducer: true })
  .withMember('c1', 's').withMember('c1', 'e')
  .withMember('c2', 's').withMember('c2', 'd')
  .withProduct('p').withProduct('q')
  .withSupply('a', 'b', 100 * M, { product: 'p' }).withSupply('s', 'a', 50 * M)
  .withSupply('s', 'd', 70 * M).withSupply('x', 'a', 300 * M).withSupply('b', 'y', 200 * M).withSupply('x', 'd', 50 * M)
  .withSupply('a', 'b', 999 * M, { product: 'p', year: 2023 }) // another year: never counted in 2024
  .withNeed('b', 'p', 600 * M, { importShare: 0.5 }).withNeed('a', 'q', 200 * M)
  .withProject('pr1', 'c1', { status: 'active' }).withProject('pr2', 'c1', { status: 'planned' })
  .build();

describe.each(engineCases)('compare on $name', ({ make }) => {
  let engine: Engine;
  let answer: CompareAnswer;
  beforeAll(async () => {
    engine = await make();
    await importDataset(engine, doc);
    answer = await compare(readerOf(engine), ['c1', 'c2']);
  });
  afterAll(async () => { await engine.close(); });
  const c1 = () => answer.clusters[0]!;
  const c2 = () => answer.clusters[1]!;

  it('answers the clusters in the order asked, with normalised regions and the latest year', () => {
    expect(answer.clusters.map((c) => [c.id, c.name, c.regions, c.specialization, c.year])).toEqual([
      ['c1', 'Кластер c1', ['Москва'], 'Химия', 2024],
      ['c2', 'Кластер c2', ['Кемеровская область', 'Тульская область'], null, 2024],
    ]);
  });

  it('counts participants by status, kind and size class (SME limits on output)', () => {
    expect(c1().participants).toEqual({
      total: 4, members: 3, potential: 1,
      byKind: { enterprise: 3, education: 1, research: 0, infrastructure: 0, sopk: 0, other: 0 },
      bySize: { micro: 1, small: 1, medium: 0, large: 1, unknown: 1 },
    });
    expect(c2().participants.bySize).toEqual({ micro: 0, small: 0, medium: 1, large: 1, unknown: 0 });
  });

  it('takes levels, flows and failing participants from the dependency answer', () => {
    expect(c1()).toMatchObject({ level: null, internalFlows: 150 * M, failingParticipants: [{ id: 's', level: 50 / 3000 }] });
    expect(c2().level).toBeCloseTo(70 / 2000, 12);
    expect(c2().levelByOutput).toBeCloseTo(70 / 4500, 12);
    expect(c2()).toMatchObject({ internalFlows: 70 * M, threshold: 0.2, pass: false, failingParticipants: [{ id: 's', name: 'ООО «s»' }] });
  });

  it('sums compliance per edition as the compliance answer gives it', async () => {
    for (const c of answer.clusters) {
      for (const row of c.compliance) {
        const full = await compliance(readerOf(engine), c.id, 2024, row.edition);
        expect(row.failing).toBe(full.summary.fail);
        expect(row.unknown).toBe(full.summary.unknown);
      }
      expect(c.compliance.map((r) => [r.edition, r.status])).toEqual([['pp779-2015', 'fail'], ['pp779-2025', 'fail']]);
    }
  });

  it('gives unmet need with its import share weighted by unmet value, and empty stages', () => {
    // b needs 600 of p, 100 covered by a; a needs 200 of q, nothing covered (s→a has no product).
    expect(c1()).toMatchObject({ unmet: 700 * M, unmetImportShare: 0.5, emptyStages: 0 });
    expect(c2()).toMatchObject({ unmet: 0, unmetImportShare: null, emptyStages: 1 }); // nobody at "final"
  });

  it('counts joint projects by status', () => {
    expect(c1().projects).toEqual({ total: 2, byStatus: { planned: 1, active: 1, completed: 0 } });
    expect(c2().projects).toEqual({ total: 0, byStatus: { planned: 0, active: 0, completed: 0 } });
  });

  it('lists partners outside each cluster by country, both directions, largest first', () => {
    // c1: x sells 300 to a; y buys 200 from b and d buys 70 from s (d is not in c1).
    expect(c1().partners).toEqual({ orgs: 3, value: 570 * M, byCountry: [{ country: 'CN', orgs: 1, value: 300 * M }, { country: 'RU', orgs: 2, value: 270 * M }] });
    // c2: x sells 50 to d; a buys 50 from s.
    expect(c2().partners.byCountry).toEqual([{ country: 'CN', orgs: 1, value: 50 * M }, { country: 'RU', orgs: 1, value: 50 * M }]);
  });

  it('compares another year when asked', async () => {
    const old = await compare(readerOf(engine), ['c1', 'c2'], 2023);
    expect(old.clusters[0]).toMatchObject({ year: 2023, internalFlows: 999 * M, unmet: 0, partners: { orgs: 0, value: 0, byCountry: [] } });
  });

  describe('GET /api/compare', () => {
    const app = () => createApp(engine);
    it('answers the comparison', async () => {
      const res = await request(app()).get('/api/compare').query({ clusters: 'c2, c1' }).expect(200);
      expect(res.body.clusters.map((c: { id: string }) => c.id)).toEqual(['c2', 'c1']);
      expect(res.body.clusters[1].unmet).toBe(700 * M);
    });
    it.each([
      [{}, /clusters is required/],
      [{ clusters: 'c1' }, /compare 2 to 10 clusters, not 1/],
      [{ clusters: Array.from({ length: 11 }, (_, i) => `c${i}`).join(',') }, /compare 2 to 10 clusters, not 11/],
      [{ clusters: 'c1,c1' }, /"c1" is listed twice/],
      [{ clusters: 'c1,,c2' }, /id number 2 is empty/],
      [{ clusters: 'c1,c2', year: 'soon' }, /year must be a number/],
    ])('400 for %j', async (query, message) => {
      const res = await request(app()).get('/api/compare').query(query).expect(400);
      expect(res.body.error.message).toMatch(message);
    });
    it('404 naming the unknown cluster', async () => {
      const res = await request(app()).get('/api/compare').query({ clusters: 'c1,nope,c2' }).expect(404);
      expect(res.body.error.message).toBe('cluster "nope" not found');
    });
  });
});
