import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Engine } from '../engine/index.js';
import { importDataset } from '../../loaders/import.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { snapshot } from '../../test/support/snapshot.js';

// a sells 100 to b (10% of a's output), c trades with nobody: c fails the 5% test.
const doc = aDataset().withCluster('c1').withProduct('p')
  .withOrg('a').withOrg('b').withOrg('c').withOrg('outsider')
  .withMember('c1', 'a').withMember('c1', 'b').withMember('c1', 'c', { finalProducer: true })
  .withSupply('a', 'b', 100, { product: 'p' })
  .withNeed('c', 'p', 80)
  .build();

describe.each(engineCases)('scenarios on $name', ({ make }) => {
  let engine: Engine;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    process.env.LOG_REQUESTS = '0';
    engine = await make();
    await importDataset(engine, doc);
    app = createApp(engine);
  });
  afterAll(async () => { await engine.close(); });

  const post = (changes: unknown[], extra: object = {}) => request(app).post('/api/clusters/c1/scenarios').send({ changes, ...extra });
  const level = (body: { dependency: { participants: { id: string; level: number }[] } }, id: string) =>
    body.dependency.participants.find((p) => p.id === id)!.level;

  it('answers dependency, compliance and gaps under the change, and the graph holds exactly what it held', async () => {
    const before = await snapshot(engine);
    const res = await post([{ op: 'setSupply', from: 'a', to: 'c', product: 'p', value: 30 }]).expect(200);
    expect(level(res.body, 'c')).toBeCloseTo(30 / 500, 12);
    expect(res.body.gaps.unmetNeeds).toEqual([expect.objectContaining({ product: 'p', need: 80, covered: 30, unmet: 50 })]);
    expect(res.body.compliance.edition).toBe('pp779-2015');
    expect(res.body.chain.edges.map((e: { data: { source: string; target: string } }) => `${e.data.source}->${e.data.target}`).sort()).toEqual(['a->b', 'a->c']);
    expect(await snapshot(engine)).toEqual(before);
    const now = await request(app).get('/api/clusters/c1/dependency').expect(200);
    expect(level({ dependency: now.body }, 'c')).toBe(0);
  });

  it('adds a hypothetical supplier that joins with a flow, and removes a participant', async () => {
    const before = await snapshot(engine);
    const res = await post([
      { op: 'addOrganization', id: 'newco', name: 'ООО «Новая»', output: 1000, purchases: 400 },
      { op: 'addMembership', org: 'newco', stage: 'inputs' },
      { op: 'setSupply', from: 'newco', to: 'c', value: 60 },
      { op: 'removeMembership', org: 'b' },
      { op: 'setFinancials', org: 'a', output: 4000 },
      { op: 'setNeed', org: 'c', product: 'p', value: 100, importShare: 0.5 },
    ]).expect(200);
    const ids = res.body.dependency.participants.map((p: { id: string }) => p.id);
    expect(ids).toEqual(['a', 'c', 'newco']);
    expect(level(res.body, 'newco')).toBeCloseTo(0.06, 12);
    expect(level(res.body, 'a')).toBe(0); // b left: a's sale to b is no longer inside the cluster
    expect(res.body.gaps.unmetNeeds[0]).toMatchObject({ need: 100, unmet: 100, importShare: 0.5 });
    expect(await snapshot(engine)).toEqual(before);
  });

  it('changes and removes an existing supply', async () => {
    const changed = await post([{ op: 'setSupply', from: 'a', to: 'b', product: 'p', value: 25 }]).expect(200);
    expect(level(changed.body, 'b')).toBeCloseTo(25 / 500, 12);
    const removed = await post([{ op: 'removeSupply', from: 'a', to: 'b', product: 'p' }, { op: 'removeNeed', org: 'c', product: 'p' }]).expect(200);
    expect(level(removed.body, 'b')).toBe(0);
    expect(removed.body.gaps.unmetNeeds).toEqual([]);
  });

  it('400 with the path of every problem, nothing applied', async () => {
    const shape = await post([{ op: 'setSupply', from: 'a', to: 'b', value: -1 }, { op: 'fly' }]).expect(400);
    expect(shape.body.errors.map((e: { path: string }) => e.path)).toEqual(['changes[0].value', 'changes[1].op']);
    const refs = await post([
      { op: 'setSupply', from: 'aa', to: 'b', value: 5 },
      { op: 'removeMembership', org: 'outsider' },
      { op: 'addOrganization', id: 'a', name: 'A again' },
      { op: 'removeSupply', from: 'b', to: 'a' },
    ]).expect(400);
    expect(refs.body.error.code).toBe('invalid_scenario');
    expect(refs.body.errors).toEqual([
      { path: 'changes[0].from', value: 'aa', message: 'unknown organization "aa" (did you mean "a"?)' },
      { path: 'changes[1].org', value: 'outsider', message: '"outsider" is not a participant of "c1"' },
      { path: 'changes[2].id', value: 'a', message: 'organization "a" already exists: refer to it instead of adding it' },
      { path: 'changes[3]', value: { from: 'b', to: 'a', product: null }, message: 'no such supply in 2024 to remove' },
    ]);
    await post([]).expect(400);
    await request(app).post('/api/clusters/none/scenarios').send({ changes: [{ op: 'removeMembership', org: 'a' }] }).expect(404);
  });

  it('evaluates the edition asked for', async () => {
    const res = await post([{ op: 'removeMembership', org: 'c' }], { edition: 'pp779-2025' }).expect(200);
    expect(res.body.compliance.edition).toBe('pp779-2025');
    await post([{ op: 'removeMembership', org: 'c' }], { edition: 'nope' }).expect(400);
  });
});
