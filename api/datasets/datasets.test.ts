import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Engine } from '../engine/index.js';
import { aSmallCluster } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { snapshot } from '../../test/support/snapshot.js';

describe.each(engineCases)('POST /api/datasets on $name', ({ make }) => {
  let engine: Engine;
  beforeEach(async () => { process.env.LOG_REQUESTS = '0'; engine = await make(); });
  afterEach(async () => { await engine.close(); });

  it('201 with created counts; a second identical POST creates nothing and changes nothing', async () => {
    const app = createApp(engine);
    const doc = aSmallCluster().build();
    const first = await request(app).post('/api/datasets').send(doc).expect(201);
    expect(first.body.created).toMatchObject({ clusters: 1, organizations: 3, supplies: 2 });
    const before = await snapshot(engine);
    const second = await request(app).post('/api/datasets').send(doc).expect(201);
    expect(Object.values(second.body.created)).toEqual(Object.values(second.body.created).map(() => 0));
    expect(second.body.updated).toMatchObject({ clusters: 1, organizations: 3, supplies: 2 });
    expect(await snapshot(engine)).toEqual(before);
  });

  it('400 lists every error with path, value and message, and writes nothing', async () => {
    const doc = aSmallCluster().withSupply('a', 'bb', 5).withSupply('b', 'b', 5).build();
    doc.needs![0]!.importShare = 1.4;
    const res = await request(createApp(engine)).post('/api/datasets').send(doc).expect(400);
    expect(res.body.error.code).toBe('invalid_dataset');
    // shape errors first, then the rule errors of the records that passed the shape check
    expect(res.body.errors).toEqual([
      { path: 'needs[0].importShare', value: 1.4, message: expect.stringMatching(/not a share/) },
      { path: 'supplies[2].to', value: 'bb', message: 'unknown organization "bb" (did you mean "b"?)' },
      { path: 'supplies[3].to', value: 'b', message: expect.stringMatching(/cannot supply itself/) },
    ]);
    // an invalid record's own id still counts as defined: no cascade of "unknown" errors
    const broken = aSmallCluster().build();
    (broken.organizations![0] as Record<string, unknown>).inn = '123';
    const one = await request(createApp(engine)).post('/api/datasets').send(broken).expect(400);
    expect(one.body.errors.map((e: { path: string }) => e.path)).toEqual(['organizations[0].inn']);
    expect(await engine.read('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('400 on a body that is not JSON', async () => {
    const res = await request(createApp(engine)).post('/api/datasets').set('content-type', 'application/json').send('{"format":').expect(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('413 over the body limit, with nothing written', async () => {
    const app = createApp(engine, { bodyLimit: '200b' });
    const res = await request(app).post('/api/datasets').send(aSmallCluster().build()).expect(413);
    expect(res.body.error).toMatchObject({ code: 'too_large' });
    expect(await engine.read('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('401 without the bearer token when API_TOKEN is set; 201 with it', async () => {
    const app = createApp(engine, { apiToken: 's3cret' });
    await request(app).post('/api/datasets').send(aSmallCluster().build()).expect(401);
    await request(app).post('/api/datasets').set('authorization', 'Bearer wrong').send(aSmallCluster().build()).expect(401);
    await request(app).post('/api/datasets').set('authorization', 'Bearer s3cret').send(aSmallCluster().build()).expect(201);
  });

  it('no stack traces leave the server', async () => {
    const broken = { ...engine, name: engine.name, write: () => Promise.reject(new Error('secret internals at /srv/x.ts:12')) } as unknown as Engine;
    const res = await request(createApp(broken)).post('/api/datasets').send(aSmallCluster().build());
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toMatch(/secret|x\.ts/);
  });
});
