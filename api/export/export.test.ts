import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { readerOf } from '../engine/index.js';
import { validateDataset } from '../../graph-schema/index.js';
import { importDataset } from '../../loaders/import.js';
import { loadDemo } from '../../loaders/demo.js';
import { engineCases } from '../../test/support/engines.js';
import { exportCluster } from './export.js';

describe.each(engineCases)('dataset export on $name', ({ make }) => {
  it('exports a valid document that round-trips through an empty graph unchanged', async () => {
    const engine = await make();
    await loadDemo(engine);
    const doc = await exportCluster(readerOf(engine), 'aerosol');
    const v = validateDataset(doc);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(doc!.organizations!.length).toBeGreaterThan(15); // participants and their outside trading partners
    const fresh = await make();
    await importDataset(fresh, doc);
    expect(await exportCluster(readerOf(fresh), 'aerosol')).toEqual(doc);
    process.env.LOG_REQUESTS = '0';
    const res = await request(createApp(engine)).get('/api/clusters/aerosol/dataset.json').expect(200);
    expect(res.headers['content-disposition']).toMatch(/aerosol-dataset\.json/);
    expect(res.body.format).toBe('cluster-dataset/1');
    await request(createApp(engine)).get('/api/clusters/nope/dataset.json').expect(404);
    await engine.close();
    await fresh.close();
  });
});
