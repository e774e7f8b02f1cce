import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Engine } from '../engine/index.js';
import type { DatasetInput } from '../../graph-schema/index.js';
import { importDataset } from '../../loaders/import.js';
import { aDataset, anInn } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { snapshot } from '../../test/support/snapshot.js';

const innB = anInn();
const innX = anInn();
/**
 * a and b answered wave I; c was sent a wave I form and has not answered. a buys from x (twice: two
 * products) and from c; b sells to y and buys from x; z trades only with c, who has not answered.
 */
function surveyed(): DatasetInput {
  const doc = aDataset().withCluster('k')
    .withOrg('a').withOrg('b', { inn: innB }).withOrg('c')
    .withOrg('x', { region: 'Тульская область', inn: innX }).withOrg('y', { country: 'CN' }).withOrg('z')
    .withMember('k', 'a').withMember('k', 'b').withMember('k', 'c')
    .withProduct('p').withProduct('q')
    .withSupply('x', 'a', 100, { product: 'p' }).withSupply('x', 'a', 50, { product: 'q' })
    .withSupply('c', 'a', 70).withSupply('b', 'y', 300).withSupply('x', 'b', 25.5).withSupply('z', 'c', 1000)
    .build();
  doc.surveys = [
    { org: 'a', cluster: 'k', wave: 1, sent: '2025-02-01', received: '2025-02-20' },
    { org: 'b', cluster: 'k', wave: 1, received: '2025-03-01' },
    { org: 'c', cluster: 'k', wave: 1, sent: '2025-02-01' },
    { org: 'x', cluster: 'k', wave: 2, sent: '2025-03-10' },
  ];
  return doc;
}

describe.each(engineCases)('survey state and the wave II list on $name', ({ make }) => {
  let engine: Engine;
  beforeEach(async () => { process.env.LOG_REQUESTS = '0'; engine = await make(); });
  afterEach(async () => { await engine.close(); });

  it('lists respondents and pending organizations, and ranks the wave II list by the ₽ named', async () => {
    await importDataset(engine, surveyed());
    const res = await request(createApp(engine)).get('/api/clusters/k/survey').expect(200);
    expect(res.body.cluster).toEqual({ id: 'k', name: 'Кластер k' });
    expect(res.body.waves).toEqual({ 1: { total: 3, received: 2 }, 2: { total: 1, received: 0 } });
    expect(res.body.respondents).toEqual([
      { org: { id: 'a', name: 'ООО «a»', inn: null }, wave: 1, sent: '2025-02-01', received: '2025-02-20' },
      { org: { id: 'b', name: 'ООО «b»', inn: innB }, wave: 1, sent: null, received: '2025-03-01' },
    ]);
    expect(res.body.pending.map((p: { org: { id: string }; wave: number }) => [p.org.id, p.wave])).toEqual([['c', 1], ['x', 2]]);
    // y 300 (b's customer); x 100 + 50 from a and 25.5 from b; c 70 (pending, named by a). z is named by no respondent.
    expect(res.body.waveTwo).toEqual([
      { org: { id: 'y', name: 'ООО «y»', inn: null, region: null, country: 'CN' }, namedBy: [{ org: { id: 'b', name: 'ООО «b»' }, as: 'customer', value: 300 }], value: 300, surveyed: false },
      {
        org: { id: 'x', name: 'ООО «x»', inn: innX, region: 'Тульская область', country: 'RU' },
        namedBy: [{ org: { id: 'a', name: 'ООО «a»' }, as: 'supplier', value: 150 }, { org: { id: 'b', name: 'ООО «b»' }, as: 'supplier', value: 25.5 }],
        value: 175.5, surveyed: true,
      },
      { org: { id: 'c', name: 'ООО «c»', inn: null, region: null, country: 'RU' }, namedBy: [{ org: { id: 'a', name: 'ООО «a»' }, as: 'supplier', value: 70 }], value: 70, surveyed: false },
    ]);
  });

  it('an organization that answers leaves the wave II list', async () => {
    const doc = surveyed();
    doc.surveys![3]!.received = '2025-04-01';
    await importDataset(engine, doc);
    const res = await request(createApp(engine)).get('/api/clusters/k/survey').expect(200);
    expect(res.body.waveTwo.map((x: { org: { id: string } }) => x.org.id)).toEqual(['y', 'c']);
    expect(res.body.waves['2']).toEqual({ total: 1, received: 1 });
  });

  it('a cluster without surveys answers empty lists; an unknown cluster is 404', async () => {
    await importDataset(engine, aDataset().withCluster('k').build());
    const res = await request(createApp(engine)).get('/api/clusters/k/survey').expect(200);
    expect(res.body).toEqual({ cluster: { id: 'k', name: 'Кластер k' }, waves: { 1: { total: 0, received: 0 }, 2: { total: 0, received: 0 } }, respondents: [], pending: [], waveTwo: [] });
    const missing = await request(createApp(engine)).get('/api/clusters/nope/survey').expect(404);
    expect(missing.body.error.message).toBe('cluster "nope" not found');
    await request(createApp(engine)).get('/api/clusters/nope/survey/wave2.xlsx').expect(404);
  });

  it('wave2.xlsx: a Russian sheet, ranked, ₽ as numbers with a rouble format, frozen header, autofilter', async () => {
    await importDataset(engine, surveyed());
    const res = await request(createApp(engine)).get('/api/clusters/k/survey/wave2.xlsx')
      .buffer(true).parse((r, cb) => { const parts: Buffer[] = []; r.on('data', (d: Buffer) => parts.push(d)); r.on('end', () => cb(null, Buffer.concat(parts))); })
      .expect(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toMatch(/k-wave2\.xlsx/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.getWorksheet('II волна')!;
    expect(ws.getRow(1).values).toEqual([undefined, '№', 'Организация', 'ИНН', 'Регион', 'Страна', 'Кто назвал', 'В качестве', 'Объём названных поставок, ₽', 'Анкета II волны']);
    expect(ws.getRow(3).getCell(2).value).toBe('ООО «x»');
    expect(ws.getRow(3).getCell(6).value).toBe('ООО «a» (поставщик, 150 ₽); ООО «b» (поставщик, 25,5 ₽)');
    expect(ws.getRow(3).getCell(8).value).toBe(175.5);
    expect(ws.getRow(3).getCell(8).numFmt).toContain('₽');
    expect(ws.getRow(3).getCell(9).value).toBe('направлена');
    expect(ws.getRow(2).getCell(7).value).toBe('потребитель');
    expect(ws.rowCount).toBe(4);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('surveys are stored once per organization and cluster: re-import changes nothing, counts say so', async () => {
    const first = await importDataset(engine, surveyed());
    expect(first.created.surveys).toBe(4);
    const before = await snapshot(engine);
    const again = await importDataset(engine, surveyed());
    expect(again.created.surveys).toBe(0);
    expect(again.updated.surveys).toBe(4);
    expect(await snapshot(engine)).toEqual(before);
  });

  it('the cluster export carries the surveys: re-imported into an empty graph, the same survey answer', async () => {
    await importDataset(engine, surveyed());
    const app = createApp(engine);
    const exported = (await request(app).get('/api/clusters/k/dataset.json').expect(200)).body;
    expect(exported.surveys).toEqual([
      { org: 'a', cluster: 'k', wave: 1, sent: '2025-02-01', received: '2025-02-20' },
      { org: 'b', cluster: 'k', wave: 1, received: '2025-03-01' },
      { org: 'c', cluster: 'k', wave: 1, sent: '2025-02-01' },
      { org: 'x', cluster: 'k', wave: 2, sent: '2025-03-10' },
    ]);
    const fresh = await make();
    try {
      await importDataset(fresh, exported);
      const [before, after] = await Promise.all([app, createApp(fresh)].map((a) => request(a).get('/api/clusters/k/survey')));
      expect(after!.body).toEqual(before!.body);
    } finally {
      await fresh.close();
    }
  });

  it('bad survey records are errors with their paths, and nothing is written', async () => {
    const doc = surveyed();
    doc.surveys!.push(
      { org: 'a', cluster: 'k', wave: 2 },
      { org: 'nobody', cluster: 'k', wave: 1 },
      { org: 'b', cluster: 'kk', wave: 1 },
      { org: 'y', cluster: 'k', wave: 3 as 1 },
      { org: 'z', cluster: 'k', wave: 1, received: '2025-02-30' },
    );
    const res = await request(createApp(engine)).post('/api/datasets').send(doc).expect(400);
    expect(res.body.errors).toEqual([
      { path: 'surveys[7].wave', value: 3, message: expect.stringMatching(/wave is 1 .* or 2/) },
      { path: 'surveys[8].received', value: '2025-02-30', message: expect.stringMatching(/not a date: write it as YYYY-MM-DD/) },
      { path: 'surveys[4]', value: 'k|a', message: expect.stringMatching(/surveyed for cluster "k" twice \(first at surveys\[0\]\)/) },
      { path: 'surveys[5].org', value: 'nobody', message: expect.stringMatching(/unknown organization "nobody"/) },
      { path: 'surveys[6].cluster', value: 'kk', message: 'unknown cluster "kk" (did you mean "k"?)' },
    ]);
    expect(await engine.read('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });
});
