import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../api/engine/index.js';
import { aDataset, anInn } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { snapshot } from '../../test/support/snapshot.js';
import { importDataset } from '../import.js';
import { importQuestionnaires, QuestionnaireInvalid } from './questionnaire-import.js';
import { filledQuestionnaire, sampleAnswer } from './sample-questionnaire.js';

const cluster = { id: 'aerosol', name: 'Национальный аэрозольный кластер' };
const today = '2025-03-14';
const known = () => aDataset().withCluster('aerosol')
  .withOrg('arnest', { name: 'АО «Арнест»' }).withOrg('alumar', { name: 'ООО «Алюмар»' })
  .withMember('aerosol', 'arnest').withMember('aerosol', 'alumar').build();

async function invalid(p: Promise<unknown>): Promise<QuestionnaireInvalid> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(QuestionnaireInvalid);
  return e as QuestionnaireInvalid;
}

async function workbookOf(sheets: Record<string, ExcelJS.CellValue[][]>, merges: Record<string, string[]> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
    for (const m of merges[name] ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(engineCases)('questionnaire import on $name', ({ make }) => {
  let engine: Engine;
  beforeEach(async () => { engine = await make(); await importDataset(engine, known()); });
  afterEach(async () => { await engine.close(); });

  it('a filled form becomes supplies, a need with its import share, a new participant-to-be and its survey record', async () => {
    const inn = anInn();
    const data = await filledQuestionnaire(cluster, 2024, sampleAnswer(inn));
    const res = await importQuestionnaires(engine, 'aerosol', [{ name: 'аэробол.xlsx', data }], { today });
    const me = `inn-${inn}`;
    expect(res.files).toEqual([{ file: 'аэробол.xlsx', respondent: { id: me, name: 'ООО «Аэробол»' }, sheets: [
      { sheet: 'Организация', kind: 'organization', rows: 1 }, { sheet: 'Продажи', kind: 'sales', rows: 1 }, { sheet: 'Закупки', kind: 'purchases', rows: 2 }] }]);
    expect(res.created).toMatchObject({ organizations: 1, supplies: 2, needs: 1, products: 2, financials: 1, surveys: 1 });
    expect(res.warnings.map((w) => [w.cell, w.message])).toEqual([
      ['Продажи!A2', '«АО «Арнест»» matched to «АО «Арнест»» (arnest) by name'],
      ['Закупки!A2', '«ООО "Алюмар"» matched to «ООО «Алюмар»» (alumar) by name'],
    ]);
    const supplies = await engine.read('MATCH (a:Org)-[s:SUPPLIES]->(b:Org) RETURN a.id AS source, b.id AS target, s.value AS value, s.volume AS volume, s.year AS year ORDER BY source');
    expect(supplies).toEqual([
      { source: 'alumar', target: me, value: 150000000, volume: 500, year: 2024 },
      { source: me, target: 'arnest', value: 1234567.89, volume: 12000000, year: 2024 },
    ]);
    const [need] = await engine.read('MATCH (o:Org)-[n:NEEDS]->(p:Product) RETURN o.id AS org, p.name AS product, n.value AS value, n.volume AS volume, n.importShare AS share, n.importCountries AS countries');
    expect(need).toEqual({ org: me, product: 'Алюминиевые рондоли', value: 900000000, volume: null, share: 750 / 900, countries: ['CN'] });
    const [org] = await engine.read('MATCH (o:Org {id: $id})-[:REPORTED]->(f:Financials) RETURN o.region AS region, o.kind AS kind, f.output AS output, f.purchases AS purchases', { id: me });
    expect(org).toEqual({ region: 'Тульская область', kind: 'enterprise', output: 2.4e9, purchases: 1.6e9 });
    // not a member of the cluster: a wave II respondent, received today
    expect(await engine.read('MATCH (o:Org)-[v:SURVEYED]->(:Cluster {id: "aerosol"}) RETURN o.id AS org, v.wave AS wave, v.received AS received')).toEqual([{ org: me, wave: 2, received: today }]);
  });

  it('a participant answering is wave I; an existing wave is kept; INN merges with the known organization', async () => {
    const inn = anInn();
    await importDataset(engine, { format: 'cluster-dataset/1', organizations: [{ id: 'aeroball', name: 'ООО «Аэробол»', inn }], memberships: [{ cluster: 'aerosol', org: 'aeroball' }] });
    const data = await filledQuestionnaire(cluster, 2024, { org: [{ name: 'Аэробол', inn, year: 2024, output: 100 }] });
    const res = await importQuestionnaires(engine, 'aerosol', [{ name: 'a.xlsx', data }], { today });
    expect(res.files[0]!.respondent).toEqual({ id: 'aeroball', name: 'Аэробол' });
    expect(res.created.organizations).toBe(0);
    expect(await engine.read('MATCH (o:Org)-[v:SURVEYED]->(:Cluster) RETURN o.id AS org, v.wave AS wave')).toEqual([{ org: 'aeroball', wave: 1 }]);
    await importDataset(engine, { format: 'cluster-dataset/1', surveys: [{ org: 'arnest', cluster: 'aerosol', wave: 2, sent: '2025-01-10' }] });
    await importQuestionnaires(engine, 'aerosol', [{ name: 'b.xlsx', data: await filledQuestionnaire(cluster, 2024, { org: [{ name: 'Арнест АО' }] }) }], { today });
    expect(await engine.read('MATCH (o:Org {id: "arnest"})-[v:SURVEYED]->(:Cluster) RETURN v.wave AS wave, v.sent AS sent, v.received AS received')).toEqual([{ wave: 2, sent: '2025-01-10', received: today }]);
  });

  it('an organization known by name only gets the INN its form brings, with a warning naming the match', async () => {
    const inn = anInn();
    const res = await importQuestionnaires(engine, 'aerosol', [{ name: 'a.xlsx', data: await filledQuestionnaire(cluster, 2024, { org: [{ name: 'Алюмар ООО', inn }] }) }], { today });
    expect(res.files[0]!.respondent).toEqual({ id: 'alumar', name: 'Алюмар ООО' });
    expect(res.warnings.map((w) => [w.cell, w.message])).toEqual([['Организация!A2', '«Алюмар ООО» matched to «ООО «Алюмар»» (alumar) by name']]);
    expect(await engine.read('MATCH (o:Org {id: "alumar"}) RETURN o.inn AS inn')).toEqual([{ inn }]);
  });

  it('every error names file, sheet, cell, value and what was expected — and nothing is written', async () => {
    const before = await snapshot(engine);
    const answer = sampleAnswer('7707083894'); // a real INN format with a wrong check digit
    answer.purchases![0]!.value = 'сто тысяч';
    answer.purchases![1]!.importShare = 90;
    answer.org[0]!.kind = 'Завод';
    const e = await invalid(importQuestionnaires(engine, 'aerosol', [{ name: 'bad.xlsx', data: await filledQuestionnaire(cluster, 2024, answer) }], { today }));
    expect(e.errors.map(({ file, cell, value, message }) => ({ file, cell, value, message }))).toEqual([
      { file: 'bad.xlsx', cell: 'Организация!D2', value: 'Завод', message: expect.stringMatching(/^«Вид организации»: expected one of: Промышленное предприятие;/) },
      { file: 'bad.xlsx', cell: 'Закупки!F2', value: 'сто тысяч', message: '«Стоимость, руб.»: expected a number, e.g. 1 234 567,89' },
      { file: 'bad.xlsx', cell: 'Закупки!J3', value: 90, message: '«Доля закупок за рубежом»: 90 is not a share between 0 and 1: write 90% or 0.9' },
    ]);
    expect(await snapshot(engine)).toEqual(before);
  });

  it('errors the dataset validator finds are mapped back to their cells', async () => {
    const answer = sampleAnswer('7707083894');
    answer.sales![0]!.value = '0';
    const e = await invalid(importQuestionnaires(engine, 'aerosol', [{ name: 'v.xlsx', data: await filledQuestionnaire(cluster, 2024, answer) }], { today }));
    expect(e.errors.map(({ cell, path, message }) => ({ cell, path, message }))).toEqual(([
      { cell: 'Организация!B2', path: 'organizations[0].inn', message: 'check digit does not match' },
      { cell: 'Продажи!E2', path: 'supplies[0].value', message: 'must be a positive number of roubles' },
    ]));
  });

  it('two files, the second invalid: nothing of the first is written', async () => {
    const before = await snapshot(engine);
    const good = await filledQuestionnaire(cluster, 2024, sampleAnswer(anInn()));
    const bad = await filledQuestionnaire(cluster, 2024, { org: [{ name: 'ООО «Вектор»', inn: anInn(), year: 'двадцать четвёртый' }] });
    const e = await invalid(importQuestionnaires(engine, 'aerosol', [{ name: 'good.xlsx', data: good }, { name: 'bad.xlsx', data: bad }], { today }));
    expect(e.errors).toEqual([{ file: 'bad.xlsx', sheet: 'Организация', cell: 'Организация!F2', value: 'двадцать четвёртый', message: '«Год»: expected a year such as 2024' }]);
    expect(await snapshot(engine)).toEqual(before);
  });

  it('a dry run answers what would be created and updated, writing nothing', async () => {
    const before = await snapshot(engine);
    const data = await filledQuestionnaire(cluster, 2024, sampleAnswer(anInn()));
    const dry = await importQuestionnaires(engine, 'aerosol', [{ name: 'a.xlsx', data }], { dryRun: true, today });
    expect(dry.dryRun).toBe(true);
    expect(dry.created).toMatchObject({ organizations: 1, supplies: 2, needs: 1 });
    expect(await snapshot(engine)).toEqual(before);
    const real = await importQuestionnaires(engine, 'aerosol', [{ name: 'a.xlsx', data }], { today });
    expect(real.created).toEqual(dry.created);
  });

  it('many files merge into one document: a counterparty named in two files is one organization', async () => {
    const a = await filledQuestionnaire(cluster, 2024, { org: [{ name: 'ООО «Альфа»', inn: anInn() }], sales: [{ counterpartyName: 'ЗАО "Новый покупатель"', value: 10, year: 2024 }] });
    const b = await filledQuestionnaire(cluster, 2024, { org: [{ name: 'ООО «Бета»', inn: anInn() }], sales: [{ counterpartyName: 'Новый Покупатель', value: 20, year: 2024 }] });
    const res = await importQuestionnaires(engine, 'aerosol', [{ name: 'a.xlsx', data: a }, { name: 'b.xlsx', data: b }], { today });
    expect(res.created).toMatchObject({ organizations: 3, supplies: 2, surveys: 2 });
    expect(await engine.read('MATCH (o:Org)<-[:SUPPLIES]-(:Org) RETURN DISTINCT o.id AS id, o.name AS name')).toEqual([{ id: 'org-novyy-pokupatel', name: 'ЗАО "Новый покупатель"' }]);
  });

  it('reads a hand-made sheet: a title row, merged group headers, thousands in the header, a formula, empty rows', async () => {
    const data = await workbookOf({
      'Сведения': [['Наименование организации', 'ИНН', 'Год', 'Выпуск, тыс. руб.'], ['ООО «Гамма»', null, 2024, '1 500']],
      'Лист продаж': [
        ['Анкета: продажи за 2024 год'],
        ['Покупатель', null, 'Продукция', 'Стоимость, млн руб.', 'Год'],
        ['Наименование', 'ИНН', null, null, null],
        ['АО «Арнест»', null, 'Баллон', { formula: '1.5*2', result: 3 }, 2024],
        [null, null, null, null, null],
        ['ООО «Алюмар»', null, 'Баллон', '0,25', 2024],
      ],
    }, { 'Лист продаж': ['A1:E1', 'A2:B2', 'C2:C3', 'D2:D3', 'E2:E3'] });
    const res = await importQuestionnaires(engine, 'aerosol', [{ name: 'свой.xlsx', data }], { today });
    expect(res.files[0]!.sheets).toEqual([{ sheet: 'Сведения', kind: 'organization', rows: 1 }, { sheet: 'Лист продаж', kind: 'sales', rows: 2 }]);
    expect(await engine.read('MATCH (:Org)-[s:SUPPLIES]->(b:Org) RETURN b.id AS target, s.value AS value ORDER BY target')).toEqual([
      { target: 'alumar', value: 250000 }, { target: 'arnest', value: 3000000 },
    ]);
    expect(await engine.read('MATCH (o:Org {name: "ООО «Гамма»"})-[:REPORTED]->(f:Financials) RETURN f.output AS output')).toEqual([{ output: 1500000 }]);
  });

  it('an old template version is recognised and refused at its cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await filledQuestionnaire(cluster, 2024, sampleAnswer(anInn())) as unknown as ExcelJS.Buffer);
    wb.getWorksheet('Служебный')!.getCell('B2').value = 0;
    const e = await invalid(importQuestionnaires(engine, 'aerosol', [{ name: 'old.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) }], { today }));
    expect(e.errors).toEqual([{ file: 'old.xlsx', sheet: 'Служебный', cell: 'Служебный!B2', value: 0, message: expect.stringMatching(/template version 0; the current version is 1/) }]);
  });

  it('a name matching two organizations is an error asking for the INN', async () => {
    await importDataset(engine, { format: 'cluster-dataset/1', organizations: [{ id: 'r1', name: 'ООО «Ромашка»' }, { id: 'r2', name: 'АО Ромашка' }] });
    const data = await filledQuestionnaire(cluster, 2024, { org: [{ name: 'Ромашка' }] });
    const e = await invalid(importQuestionnaires(engine, 'aerosol', [{ name: 'r.xlsx', data }], { today }));
    expect(e.errors.map((x) => [x.cell, x.message])).toEqual([['Организация!A2', 'the organization: «Ромашка» matches several organizations by name («ООО «Ромашка»» r1, «АО Ромашка» r2): give its INN']]);
  });
});
