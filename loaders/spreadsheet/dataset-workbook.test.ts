import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import { readerOf, type Engine } from '../../api/engine/index.js';
import { compliance } from '../../api/compliance/compliance.js';
import { dependency, resolveYear } from '../../api/dependency/dependency.js';
import { gaps } from '../../api/gaps/gaps.js';
import { datasetSchema, type DatasetInput } from '../../graph-schema/index.js';
import { loadDemo } from '../demo.js';
import { aSmallCluster } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { firstMismatch } from '../../test/oracle/dependency.js';
import { snapshot } from '../../test/support/snapshot.js';
import { datasetWorkbook, XLSX_TYPE } from './dataset-workbook.js';

/** supertest keeps a binary body as a Buffer only with its own parser. */
const binary = ((r: NodeJS.ReadableStream, cb: (e: Error | null, b: Buffer) => void) => {
  const parts: Buffer[] = [];
  r.on('data', (d: Buffer) => parts.push(d));
  r.on('end', () => cb(null, Buffer.concat(parts)));
}) as unknown as Parameters<request.Test['parse']>[0];

function smallDoc(): DatasetInput {
  const doc = aSmallCluster().build();
  doc.surveys = [{ org: 'a', cluster: 'c1', wave: 1, sent: '2025-02-03', received: '2025-02-28' }, { org: 'x', cluster: 'c1', wave: 2 }];
  return doc;
}

/** The small cluster's workbook with some cells changed by hand. */
async function edited(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await datasetWorkbook(datasetSchema.parse(smallDoc()))) as unknown as ExcelJS.Buffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const set = (wb: ExcelJS.Workbook, sheet: string, cell: string, value: ExcelJS.CellValue) => { wb.getWorksheet(sheet)!.getCell(cell).value = value; };

describe('the dataset workbook layout', () => {
  it('has one sheet per table, header cells exactly the field names with Russian notes, numbers as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await datasetWorkbook(datasetSchema.parse(smallDoc()))) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['dataset', 'clusters', 'clusters.regions', 'clusters.stages', 'organizations',
      'organizations.financials', 'memberships', 'products', 'produces', 'supplies', 'needs', 'projects', 'surveys']);
    const supplies = wb.getWorksheet('supplies')!;
    expect(supplies.getRow(1).values).toEqual([undefined, 'from', 'to', 'product', 'value', 'volume', 'year']);
    expect(supplies.getCell('D1').note).toBe('Стоимость поставок за год, ₽');
    expect(supplies.getRow(2).values).toEqual([undefined, 'a', 'b', 'p', 100]);
    expect(wb.getWorksheet('needs')!.getCell('G2').value).toBe('CN');
    expect(wb.getWorksheet('organizations.financials')!.getRow(2).values).toEqual([undefined, 'a', undefined, 1000, 500]);
    expect(wb.getWorksheet('clusters.stages')!.getRow(3).values).toEqual([undefined, 'c1', 'final', 'Конечная продукция', 2]);
    expect(wb.getWorksheet('surveys')!.getCell('D2').value).toEqual(new Date('2025-02-03T00:00:00Z'));
    expect(wb.getWorksheet('dataset')!.getRow(2).values).toEqual([undefined, 'cluster-dataset/1', 2024]);
  });
});

describe.each(engineCases)('dataset workbook over HTTP on $name', ({ make }) => {
  let engine: Engine;
  beforeEach(async () => { process.env.LOG_REQUESTS = '0'; engine = await make(); });
  afterEach(async () => { await engine.close(); });
  const post = (app: ReturnType<typeof createApp>, body: Buffer) => request(app).post('/api/datasets').set('content-type', XLSX_TYPE).send(body);
  const nothingWritten = async () => expect(await engine.read('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);

  it('export a demo cluster, import it into an empty graph: the same dependency, compliance and gaps answers', async () => {
    await loadDemo(engine);
    const fresh = await make();
    try {
      for (const id of ['aerosol', 'reg-31', 'reg-17', 'reg-6']) {
        const xlsx = await request(createApp(engine)).get(`/api/clusters/${id}/dataset.xlsx`).buffer(true).parse(binary).expect(200);
        expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
        expect(xlsx.headers['content-disposition']).toMatch(new RegExp(`${id}-dataset\\.xlsx`));
        const res = await post(createApp(fresh), xlsx.body).expect(201);
        expect(res.body.created.clusters).toBe(1);
        const [a, b] = [readerOf(engine), readerOf(fresh)];
        const year = await resolveYear(a, id);
        expect(await resolveYear(b, id)).toBe(year);
        for (const [what, x, y] of [
          ['dependency', await dependency(a, id, year), await dependency(b, id, year)],
          ['compliance 2015', await compliance(a, id, year, 'pp779-2015'), await compliance(b, id, year, 'pp779-2015')],
          ['compliance 2025', await compliance(a, id, year, 'pp779-2025'), await compliance(b, id, year, 'pp779-2025')],
          ['gaps', await gaps(a, id, year), await gaps(b, id, year)],
        ] as const) expect(firstMismatch(y, x), `${id} ${what}`).toBeNull();
      }
      // and the JSON export of the re-imported cluster is the original's
      const [orig, again] = await Promise.all([engine, fresh].map((e) => request(createApp(e)).get('/api/clusters/aerosol/dataset.json')));
      expect(again!.body).toEqual(orig!.body);
      await request(createApp(engine)).get('/api/clusters/nope/dataset.xlsx').expect(404);
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it('201 with counts including surveys; the same workbook again changes nothing', async () => {
    const app = createApp(engine);
    const doc = smallDoc();
    doc.memberships![0]!.agreement = true; // legal, but only a potential participant's agreement matters: a warning
    const body = await datasetWorkbook(datasetSchema.parse(doc));
    const first = await post(app, body).expect(201);
    expect(first.body.created).toMatchObject({ clusters: 1, organizations: 3, supplies: 2, needs: 1, surveys: 2 });
    expect(first.body.warnings).toEqual([{ file: 'dataset.xlsx', sheet: 'memberships', cell: 'memberships!G2', path: 'memberships[0].agreement', value: true, message: expect.stringMatching(/only matters for a potential participant/) }]);
    const before = await snapshot(engine);
    const second = await post(app, body).expect(201);
    expect(Object.values(second.body.created).every((n) => n === 0)).toBe(true);
    expect(await snapshot(engine)).toEqual(before);
    const survey = await request(app).get('/api/clusters/c1/survey').expect(200);
    expect(survey.body.waves).toEqual({ 1: { total: 1, received: 1 }, 2: { total: 1, received: 0 } });
  });

  it('cells of the wrong type: 400 naming sheet and cell, with every other problem too, nothing written', async () => {
    const body = await edited((wb) => {
      set(wb, 'supplies', 'D2', 'сто рублей');
      set(wb, 'supplies', 'F3', 2024.5);
      set(wb, 'memberships', 'E2', 'может быть');
      set(wb, 'surveys', 'D2', 'вчера');
      set(wb, 'needs', 'G2', true);
      set(wb, 'organizations', 'C2', 12.5);
      set(wb, 'memberships', 'B3', 'bb'); // a readable cell, but an unknown organization: found by the rules
    });
    const res = await post(createApp(engine), body).expect(400);
    expect(res.body.error.code).toBe('invalid_workbook');
    expect(res.body.error.message).toMatch(/^the workbook has 7 errors; nothing was written: organizations!C2: expected an INN/);
    // cells that cannot be read first (in the order of the format's tables), then what validation finds
    expect(res.body.errors).toEqual([
      { path: 'organizations[0].inn', sheet: 'organizations', cell: 'organizations!C2', value: 12.5, message: expect.stringMatching(/expected an INN/) },
      { path: 'memberships[0].finalProducer', sheet: 'memberships', cell: 'memberships!E2', value: 'может быть', message: expect.stringMatching(/expected TRUE or FALSE/) },
      { path: 'supplies[0].value', sheet: 'supplies', cell: 'supplies!D2', value: 'сто рублей', message: expect.stringMatching(/expected a number/) },
      { path: 'supplies[1].year', sheet: 'supplies', cell: 'supplies!F3', value: 2024.5, message: 'expected a whole number' },
      { path: 'needs[0].importCountries', sheet: 'needs', cell: 'needs!G2', value: true, message: expect.stringMatching(/separated by commas/) },
      { path: 'surveys[0].sent', sheet: 'surveys', cell: 'surveys!D2', value: 'вчера', message: expect.stringMatching(/not a date: write it as YYYY-MM-DD/) },
      { path: 'memberships[1].org', sheet: 'memberships', cell: 'memberships!B3', value: 'bb', message: 'unknown organization "bb" (did you mean "b"?)' },
    ]);
    await nothingWritten();
  });

  it('rule and shape errors of the document map back to their cells', async () => {
    const body = await edited((wb) => {
      set(wb, 'organizations', 'C2', '1234567890');        // check digit
      set(wb, 'supplies', 'D3', -5);                        // negative value
      set(wb, 'needs', 'F2', 1.4);                          // share over 1
      set(wb, 'needs', 'G2', 'CN, china');                  // a country that is not a code
      set(wb, 'surveys', 'D3', 17);                         // a number in a date cell: a day of January 1900
      const s = wb.getWorksheet('surveys')!;
      s.addRow(['a', 'c1', 2]);                             // a second record for a and c1
      s.addRow(['a', 'c1', 3]);                             // a wave that is neither 1 nor 2 (and a third record)
      wb.getWorksheet('memberships')!.getCell('D3').value = 'nowhere';
      wb.getWorksheet('dataset')!.getCell('A2').value = 'cluster-dataset/2';
      wb.getWorksheet('organizations')!.getCell('B3').value = null; // a name left empty
    });
    const res = await post(createApp(engine), body).expect(400);
    const got = res.body.errors.map((e: { cell: string; path: string; value: unknown }) => [e.cell, e.path, e.value]);
    expect(got).toEqual(expect.arrayContaining([
      ['dataset!A2', 'format', 'cluster-dataset/2'],
      ['organizations!C2', 'organizations[0].inn', '1234567890'],
      ['organizations!A3', 'organizations[1].name', null],
      ['supplies!D3', 'supplies[1].value', -5],
      ['needs!F2', 'needs[0].importShare', 1.4],
      ['needs!G2', 'needs[0].importCountries[1]', 'china'],
      ['surveys!C5', 'surveys[3].wave', 3],
      ['surveys!D3', 'surveys[1].sent', expect.stringMatching(/^1900-01-1\dT/)],
      ['memberships!D3', 'memberships[1].stage', 'nowhere'],
      ['surveys!A4', 'surveys[2]', 'c1|a'],
    ]));
    expect(res.body.errors.find((e: { path: string }) => e.path === 'organizations[1].name').message).toBe('is required');
    await nothingWritten();
  });

  it('sheets, columns and child rows that do not fit the format are errors at their cells', async () => {
    const body = await edited((wb) => {
      wb.addWorksheet('Лист 1').getCell('A1').value = 'заметки';
      set(wb, 'supplies', 'G1', 'price');
      set(wb, 'supplies', 'H2', 42);
      wb.getWorksheet('clusters.stages')!.addRow(['c9', 'extra', 'Этап', 3]);
    });
    const res = await post(createApp(engine), body).expect(400);
    expect(res.body.errors.map((e: { cell: string; message: string }) => [e.cell, e.message])).toEqual([
      ["'Лист 1'!A1", expect.stringMatching(/^unknown sheet "Лист 1": a dataset workbook has the sheets dataset, clusters, /)],
      ['clusters.stages!A4', 'no row with id "c9" in sheet clusters'],
      ['supplies!G1', 'unknown field "price" in sheet supplies: its fields are from, to, product, value, volume, year'],
      ['supplies!H2', 'a value in a column without a field name in row 1'],
    ]);
    await nothingWritten();
  });

  it('a body that is not a workbook is 400, over the limit 413, without the token 401', async () => {
    const notZip = await post(createApp(engine), Buffer.from('format,year\n')).expect(400);
    expect(notZip.body.error).toMatchObject({ code: 'invalid_workbook', message: expect.stringMatching(/not an \.xlsx workbook/) });
    await request(createApp(engine)).post('/api/datasets').set('content-type', XLSX_TYPE).expect(400);
    const body = await datasetWorkbook(datasetSchema.parse(smallDoc()));
    const big = await post(createApp(engine, { bodyLimit: '2kb' }), body).expect(413);
    expect(big.body.error.code).toBe('too_large');
    await post(createApp(engine, { apiToken: 't' }), body).expect(401);
    await nothingWritten();
    await post(createApp(engine, { apiToken: 't' }), body).set('authorization', 'Bearer t').expect(201);
  });
});
