import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Engine } from '../engine/index.js';
import { importDataset } from '../../loaders/import.js';
import { readRegistry } from '../../loaders/registry-tsv.js';
import { aSmallCluster } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';

describe.each(engineCases)('registry API on $name', ({ make }) => {
  let engine: Engine;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    process.env.LOG_REQUESTS = '0';
    engine = await make();
    await importDataset(engine, readRegistry().dataset);
    await importDataset(engine, aSmallCluster().build());
    app = createApp(engine);
  });
  afterAll(async () => { await engine.close(); });

  it('GET /api/health names the engine', async () => {
    const res = await request(app).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', engine: engine.name });
  });

  it('GET /api/clusters lists all 104 registry clusters and the test cluster, paged', async () => {
    const res = await request(app).get('/api/clusters?limit=10').expect(200);
    expect(res.body.total).toBe(105);
    expect(res.body.items).toHaveLength(10);
    expect(res.body.items[0]).toMatchObject({ id: 'reg-1', registryNo: 1, declaredParticipants: 9, regions: ['Белгородская область'] });
    const page2 = await request(app).get('/api/clusters?limit=10&offset=10').expect(200);
    expect(page2.body.items[0].registryNo).toBe(11);
  });

  it('searches names case-insensitively and filters by region and specialization', async () => {
    const byName = await request(app).get('/api/clusters').query({ q: 'кэмз' }).expect(200);
    expect(byName.body.items.map((c: { id: string }) => c.id)).toEqual(['reg-17']);
    const byRegion = await request(app).get('/api/clusters').query({ region: 'Республика Ингушетия' }).expect(200);
    expect(byRegion.body.items.map((c: { id: string }) => c.id)).toContain('reg-31');
    expect(byRegion.body.items.every((c: { regions: string[] }) => c.regions.includes('Республика Ингушетия'))).toBe(true);
    const bySpec = await request(app).get('/api/clusters').query({ specialization: 'Фармацевтика' }).expect(200);
    expect(bySpec.body.total).toBeGreaterThan(1);
    expect(bySpec.body.items.every((c: { specialization: string }) => c.specialization === 'Фармацевтика')).toBe(true);
  });

  it('the registry keeps repaired specializations (no OCR damage left)', async () => {
    const res = await request(app).get('/api/clusters/reg-4').expect(200);
    expect(res.body.specialization).toContain('гидропневматического');
  });

  it('rejects a bad paging parameter with 400', async () => {
    const res = await request(app).get('/api/clusters?limit=0').expect(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toMatch(/limit/);
  });

  it('GET /api/clusters/:id gives participants, stages and counts', async () => {
    const res = await request(app).get('/api/clusters/c1').expect(200);
    expect(res.body.stages).toEqual([{ id: 'inputs', name: 'Сырьё', order: 1 }, { id: 'final', name: 'Конечная продукция', order: 2 }]);
    expect(res.body.participants.map((p: { id: string }) => p.id)).toEqual(['a', 'b']);
    expect(res.body.participants[1]).toMatchObject({ status: 'member', stage: 'final', finalProducer: true, kind: 'enterprise' });
    expect(res.body.counts).toMatchObject({ participants: 2, members: 2, finalProducers: 1, internalSupplies: 1, incomingSupplies: 1, needs: 1 });
  });

  it('GET /api/clusters/:id answers 404 for an unknown cluster', async () => {
    const res = await request(app).get('/api/clusters/nope').expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'cluster "nope" not found' } });
  });

  it('GET /api/facets lists the regions and specializations to filter by', async () => {
    const res = await request(app).get('/api/facets').expect(200);
    expect(res.body.regions).toContain('Республика Ингушетия');
    expect(res.body.specializations).toContain('Фармацевтика');
    expect(res.body.regions).toEqual([...res.body.regions].sort((a: string, b: string) => a.localeCompare(b, 'ru')));
  });

  it('GET /api/editions lists the requirement editions with their texts', async () => {
    const res = await request(app).get('/api/editions').expect(200);
    expect(res.body.map((e: { id: string }) => e.id)).toEqual(['pp779-2015', 'pp779-2025']);
    expect(res.body[0].requirements[0].text.ru).toMatch(/промышленных предприятий/);
  });

  it('an unknown API route is a JSON 404', async () => {
    const res = await request(app).get('/api/nothing').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
