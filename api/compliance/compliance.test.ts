import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { readerOf, type Engine } from '../engine/index.js';
import { importDataset } from '../../loaders/import.js';
import { aDataset } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { compliance } from './compliance.js';
import { editions } from './editions.js';

const build = () => {
  const b = aDataset().withCluster('c1', { developmentProgramme: true }).withProduct('p');
  // 6 enterprises in a ring of supplies (each 10% of purchases), one of them final; a college; a potential without agreement
  for (let i = 0; i < 6; i++) b.withOrg(`e${i}`).withMember('c1', `e${i}`, { finalProducer: i === 5, sopkGovernance: i < 3 });
  for (let i = 0; i < 6; i++) b.withSupply(`e${i}`, `e${(i + 1) % 6}`, 50);
  b.withOrg('college', { kind: 'education' }).withMember('c1', 'college');
  b.withOrg('pot').withMember('c1', 'pot', { status: 'potential', agreement: false });
  b.withProject('pr1', 'c1').withProject('pr2', 'c1');
  return b.build();
};

describe.each(engineCases)('compliance on $name', ({ make }) => {
  let engine: Engine;
  beforeAll(async () => { engine = await make(); await importDataset(engine, build()); });
  afterAll(async () => { await engine.close(); });

  const status = async (edition: string) =>
    Object.fromEntries((await compliance(readerOf(engine), 'c1', 2024, edition)).requirements.map((r) => [r.id, [r.status, r.value, r.threshold]]));

  it('answers every requirement of the 2015 edition with value and threshold', async () => {
    expect(await status('pp779-2015')).toEqual({
      'industrial-enterprises': ['fail', 7, 10],
      'final-producer': ['pass', 1, 1],
      // six flows of 50 over 8 participants × 500 purchases = 7.5%
      'cluster-level': ['fail', 300 / 4000, 0.2],
      'participant-level': ['fail', 1, 0],
      'potential-participants': ['fail', 1, 0],
      'sopk-governance': ['fail', 3 / 8, 0.5],
      education: ['pass', 1, 1],
      infrastructure: ['fail', 0, 2],
    });
  });

  it('names the failing participants, with the potential participant lacking an agreement', async () => {
    const answer = await compliance(readerOf(engine), 'c1', 2024, 'pp779-2015');
    const level = answer.requirements.find((r) => r.id === 'participant-level')!;
    expect(level.detail.failing.map((f) => f.id)).toEqual(['pot']);
    const potential = answer.requirements.find((r) => r.id === 'potential-participants')!;
    expect(potential.detail.failing).toEqual([{ id: 'pot', name: 'ООО «pot»', note: 'no signed agreement to reach 5%' }]);
    expect(answer.summary).toEqual({ pass: 2, fail: 6, unknown: 0 });
  });

  it('the 2025 edition: projects, cooperation of every participant, declared and unknown flags', async () => {
    expect(await status('pp779-2025')).toEqual({
      'industrial-enterprises': ['pass', 7, 5],
      'final-producer': ['pass', 1, 1],
      'import-substitution-projects': ['fail', 2, 3],
      cooperation: ['fail', 2, 0],
      'development-programme': ['pass', 1, null],
      'scientific-infrastructure': ['unknown', null, null],
    });
  });

  it('editions are data with Russian and English texts', () => {
    for (const e of editions.values()) for (const r of e.requirements) expect(r.text.ru.length && r.text.en.length).toBeTruthy();
    expect([...editions.keys()]).toEqual(['pp779-2015', 'pp779-2025']);
  });

  it('GET /api/clusters/:id/compliance: default edition, unknown edition 400, unknown cluster 404', async () => {
    process.env.LOG_REQUESTS = '0';
    const app = createApp(engine);
    expect((await request(app).get('/api/clusters/c1/compliance').expect(200)).body.edition).toBe('pp779-2015');
    expect((await request(app).get('/api/clusters/c1/compliance?edition=pp779-2025').expect(200)).body.requirements).toHaveLength(6);
    const bad = await request(app).get('/api/clusters/c1/compliance?edition=pp779-1999').expect(400);
    expect(bad.body.error.message).toMatch(/unknown edition "pp779-1999"; known: pp779-2015, pp779-2025/);
    await request(app).get('/api/clusters/none/compliance').expect(404);
  });
});
