import ExcelJS from 'exceljs';
import express from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import type { Engine } from '../engine/index.js';
import { errorHandler } from '../http/errors.js';
import { aDataset, anInn } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { snapshot } from '../../test/support/snapshot.js';
import { importDataset } from '../../loaders/import.js';
import { filledQuestionnaire, sampleAnswer } from '../../loaders/spreadsheet/sample-questionnaire.js';
import { questionnaireRoutes } from './routes.js';
import { questionnaireAnswerSchema, questionnaireErrorSchema } from './schema.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const cluster = { id: 'c1', name: 'Кластер c1' };
// supertest hands the parser the response stream (typed as its Response)
const binary = (res: unknown, cb: (e: Error | null, b: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};
async function open(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}
const seller = anInn();
const graph = () => aDataset().withCluster('c1')
  .withOrg('a', { name: 'ООО «Альфа»', inn: seller, region: 'Тульская область', kind: 'research', output: 1000, purchases: 500 })
  .withOrg('b', { name: 'АО «Бета»' }).withOrg('x', { name: 'Foreign Ltd', country: 'CN', output: null, purchases: null })
  .withMember('c1', 'a').withMember('c1', 'b').withProduct('p1').withProduct('p2')
  .withSupply('a', 'b', 300, { product: 'p1', volume: 3 }).withSupply('x', 'a', 120, { product: 'p2' })
  .withNeed('a', 'p2', 200, { importShare: 0.6, importCountries: ['CN'] }).build();

describe.each(engineCases)('questionnaire routes on $name', ({ make }) => {
  let engine: Engine;
  beforeEach(async () => { process.env.LOG_REQUESTS = '0'; engine = await make(); await importDataset(engine, graph()); });
  afterEach(async () => { await engine.close(); });

  it('GET questionnaire.xlsx: the empty form in Russian with notes, frozen headers, drop-downs, ₽ formats and its version', async () => {
    const res = await request(createApp(engine)).get('/api/clusters/c1/questionnaire.xlsx').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toMatch(/filename\*=UTF-8''%D0%B0%D0%BD%D0%BA%D0%B5%D1%82%D0%B0-c1\.xlsx/);
    const wb = await open(res.body as Buffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Организация', 'visible'], ['Продажи', 'visible'], ['Закупки', 'visible'], ['Списки', 'hidden'], ['Служебный', 'veryHidden']]);
    const org = wb.getWorksheet('Организация')!;
    expect(org.getRow(1).values).toEqual([undefined, 'Наименование организации', 'ИНН', 'Субъект РФ', 'Вид организации', 'Приоритетная территория', 'Год', 'Выпуск продукции, руб.', 'Закупки, руб.']);
    for (const ws of wb.worksheets.slice(0, 3)) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      ws.getRow(1).eachCell((cell) => { expect(String(cell.note ?? '')).not.toBe(''); });
    }
    expect(org.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['Списки!$B$2:$B$90'] });
    expect(org.getCell('E300').dataValidation).toMatchObject({ type: 'list', formulae: ['Списки!$E$2:$E$3'] });
    expect(org.getCell('G2').numFmt).toBe('#,##0.00 "₽"');
    expect(wb.getWorksheet('Закупки')!.getCell('J2').numFmt).toBe('0.0%');
    expect(wb.getWorksheet('Списки')!.getCell('B2').value).toBe('Республика Адыгея');
    const meta = wb.getWorksheet('Служебный')!;
    expect([meta.getCell('A2').value, meta.getCell('B2').value, meta.getCell('B3').value]).toEqual(['version', 1, 'c1']);
  });

  it('GET ?org= prefills what the graph knows; filled back in unchanged, it changes nothing but the survey', async () => {
    const app = createApp(engine);
    const res = await request(app).get('/api/clusters/c1/questionnaire.xlsx?org=a').buffer(true).parse(binary).expect(200);
    const wb = await open(res.body as Buffer);
    expect(wb.getWorksheet('Организация')!.getRow(2).values).toEqual([undefined, 'ООО «Альфа»', seller, 'Тульская область', 'Научная организация', 'Нет', 2024, 1000, 500]);
    expect(wb.getWorksheet('Продажи')!.getRow(2).values).toEqual([undefined, 'АО «Бета»', undefined, 'Продукт p1', undefined, 300, 3, undefined, 2024]);
    const purchases = wb.getWorksheet('Закупки')!;
    expect([purchases.getRow(2).values, purchases.getRow(3).values]).toEqual([
      [undefined, 'Foreign Ltd', undefined, 'Китай', 'Продукт p2', undefined, 120, undefined, undefined, 2024, 0.6],
      [undefined, undefined, undefined, 'Китай', 'Продукт p2', undefined, 80, undefined, undefined, 2024],
    ]);
    const before = await snapshot(engine);
    const back = await request(app).post('/api/clusters/c1/questionnaires').attach('files', res.body as Buffer, 'a.xlsx').expect(201);
    expect(back.body.created).toMatchObject({ organizations: 0, supplies: 0, needs: 0, products: 0, financials: 0, surveys: 1 });
    expect(back.body.updated).toMatchObject({ organizations: 1, supplies: 2, needs: 1, financials: 1 });
    const { SURVEYED: surveyed, ...rest } = await snapshot(engine);
    expect(rest).toEqual(Object.fromEntries(Object.entries(before).filter(([k]) => k !== 'SURVEYED')));
    expect(surveyed).toEqual([{ fromId: 'a', toId: 'c1', wave: 1, sent: null, received: new Date().toISOString().slice(0, 10) }]);
    const [need] = await engine.read('MATCH (:Org {id: "a"})-[n:NEEDS]->(:Product {id: "p2"}) RETURN n.value AS value, n.importShare AS share, n.importCountries AS countries');
    expect(need).toEqual({ value: 200, share: 0.6, countries: ['CN'] });
  });

  it('404 for an unknown cluster or organization', async () => {
    const app = createApp(engine);
    expect((await request(app).get('/api/clusters/nope/questionnaire.xlsx').expect(404)).body.error.message).toBe('cluster "nope" not found');
    expect((await request(app).get('/api/clusters/c1/questionnaire.xlsx?org=zz').expect(404)).body.error.message).toBe('organization "zz" not found');
  });

  it('POST: 201 with counts, warnings at cells and the files; ?dryRun=1 answers 200 and writes nothing', async () => {
    const app = createApp(engine);
    const data = await filledQuestionnaire(cluster, 2024, { org: [{ name: 'ООО «Гамма»', inn: anInn(), year: 2024, output: '5 000' }], sales: [{ counterpartyName: 'Бета', value: '1 000,5', year: 2024 }] });
    const before = await snapshot(engine);
    const dry = await request(app).post('/api/clusters/c1/questionnaires?dryRun=1').attach('files', data, 'гамма.xlsx').expect(200);
    expect(questionnaireAnswerSchema.parse(dry.body)).toMatchObject({ dryRun: true, created: { organizations: 1, supplies: 1, surveys: 1 } });
    expect(dry.body.files[0].file).toBe('гамма.xlsx');
    expect(dry.body.warnings).toEqual([{ file: 'гамма.xlsx', sheet: 'Продажи', cell: 'Продажи!A2', message: '«Бета» matched to «АО «Бета»» (b) by name' }]);
    expect(await snapshot(engine)).toEqual(before);
    const real = await request(app).post('/api/clusters/c1/questionnaires').attach('files', data, 'гамма.xlsx').expect(201);
    expect(real.body.created).toEqual(dry.body.created);
    expect(await engine.read('MATCH (:Org {name: "ООО «Гамма»"})-[s:SUPPLIES]->(b:Org) RETURN b.id AS target, s.value AS value')).toEqual([{ target: 'b', value: 1000.5 }]);
  });

  it('POST: 400 lists every error at its cell, nothing of any file written', async () => {
    const good = await filledQuestionnaire(cluster, 2024, sampleAnswer(anInn()));
    const bad = await filledQuestionnaire(cluster, 2024, { org: [{ name: 'ООО «Дзета»', region: 'Атлантида' }] });
    const before = await snapshot(engine);
    const res = await request(createApp(engine)).post('/api/clusters/c1/questionnaires').attach('files', good, 'good.xlsx').attach('files', bad, 'bad.xlsx').expect(400);
    expect(questionnaireErrorSchema.parse(res.body).error.code).toBe('invalid_questionnaire');
    expect(res.body.errors).toEqual([{ file: 'bad.xlsx', sheet: 'Организация', cell: 'Организация!C2', value: 'Атлантида', message: '«Субъект РФ»: expected a subject of the Russian Federation from the list, e.g. Тульская область' }]);
    expect(await snapshot(engine)).toEqual(before);
  });

  it('POST: 400 without files, for a non-workbook, or not multipart; 401 without the token', async () => {
    const app = createApp(engine, { apiToken: 't' });
    const auth = { authorization: 'Bearer t' };
    await request(app).post('/api/clusters/c1/questionnaires').attach('files', Buffer.from('x'), 'a.xlsx').expect(401);
    expect((await request(app).post('/api/clusters/c1/questionnaires').set(auth).field('x', '1').expect(400)).body.error.message).toMatch(/no file/);
    expect((await request(app).post('/api/clusters/c1/questionnaires').set(auth).attach('files', Buffer.from('hello'), 'a.xlsx').expect(400)).body.error).toEqual({ code: 'invalid_file', message: expect.stringMatching(/^a\.xlsx: not an \.xlsx workbook/) });
    expect((await request(app).post('/api/clusters/c1/questionnaires').set(auth).attach('files', Buffer.from('x'), 'a.pdf').expect(400)).body.error.message).toBe('a.pdf: expected an .xlsx workbook or a .csv file');
    expect((await request(app).post('/api/clusters/c1/questionnaires').set(auth).send({ a: 1 }).expect(400)).body.error.message).toMatch(/multipart\/form-data/);
    await request(app).post('/api/clusters/nope/questionnaires').set(auth).attach('files', Buffer.from('x'), 'a.csv').expect(404);
  });

  it('POST: 413 for a file over the size limit, too many files, too many rows, or a zip bomb', async () => {
    const app = express().use('/api', questionnaireRoutes(engine, undefined, { maxBytes: 60_000, maxFiles: 2, maxRowsPerSheet: 50, maxUncompressedBytes: 60_000 })).use(errorHandler);
    const form = await filledQuestionnaire(cluster, 2024, sampleAnswer(anInn()));
    const post = () => request(app).post('/api/clusters/c1/questionnaires');
    expect((await post().attach('files', Buffer.alloc(70_000, 65), 'big.csv').expect(413)).body.error.message).toBe('a file is larger than the limit of 60000 bytes');
    const small = Buffer.from('Покупатель,Стоимость\nАО «Бета»,1\n');
    expect((await post().attach('files', small, '1.csv').attach('files', small, '2.csv').attach('files', small, '3.csv').expect(413)).body.error.message).toBe('too many files: at most 2 per upload');
    const part = Buffer.alloc(45_000, 65);
    expect((await post().attach('files', part, '1.csv').attach('files', part, '2.csv').attach('files', part, '3.csv').expect(413)).body.error.message).toMatch(/^the upload is \d+ bytes, larger than the limit of 120000 bytes$/);
    const rows = Array.from({ length: 60 }, (_, i) => `ООО «Р${i}»,,Продукт,${i + 1}`).join('\n');
    expect((await post().attach('files', Buffer.from(`Покупатель,ИНН покупателя,Продукция,Стоимость\n${rows}`), 'r.csv').expect(413)).body.error.message).toMatch(/more than 50 rows/);
    expect((await post().attach('files', form, 'bomb.xlsx').expect(413)).body.error.message).toMatch(/^bomb\.xlsx: the workbook unpacks to .* more than the limit/);
    expect(await engine.read('MATCH (v:Org)-[:SURVEYED]->(:Cluster) RETURN count(v) AS n')).toEqual([{ n: 0 }]);
  });
});
