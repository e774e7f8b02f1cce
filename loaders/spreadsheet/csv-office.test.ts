// CSV questionnaires, and a workbook saved by a real office suite (LibreOffice Calc) read like ours.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../api/engine/index.js';
import { aDataset, anInn } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { importDataset } from '../import.js';
import { importQuestionnaires, QuestionnaireInvalid } from './questionnaire-import.js';

const inn = anInn();
// a standalone sales table: the respondent in every row; numbers as a Russian user types them
const salesCsv = [
  'Организация (заполняющая анкету),ИНН организации,Покупатель,ИНН покупателя,Продукция,"Стоимость, тыс. руб.",Объём,Ед. изм.,Год',
  `ООО «Дельта»,${inn},АО «Арнест»,,Клапан аэрозольный,"1 234 567,89","12\u00a0000",шт.,2024`,
  ',,,,,,,,',
  `ООО «Дельта»,${inn},ООО Алюмар,,Клапан аэрозольный,"2\u202f500",,шт.,2024`,
].join('\r\n');

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));

describe('CSV questionnaires and LibreOffice workbooks', () => {
  let engine: Engine;
  let dir: string;
  beforeAll(async () => {
    engine = await engineCases[0]!.make();
    await importDataset(engine, aDataset().withCluster('aerosol').withOrg('arnest', { name: 'АО «Арнест»' }).withOrg('alumar', { name: 'ООО «Алюмар»' }).withMember('aerosol', 'arnest').build());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'questionnaire-'));
  });
  afterAll(async () => { await engine.close(); fs.rmSync(dir, { recursive: true, force: true }); });

  const dry = (name: string, data: Buffer) => importQuestionnaires(engine, 'aerosol', [{ name, data }], { dryRun: true, today: '2025-03-14' });

  it('reads a comma-separated UTF-8 CSV with a BOM; the sheet is named after the file', async () => {
    const res = await dry('sales.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(salesCsv)]));
    expect(res.files).toEqual([{ file: 'sales.csv', respondent: null, sheets: [{ sheet: 'sales', kind: 'sales', rows: 2 }] }]);
    // the respondent is new: an organization with its INN; both customers are matched by name
    expect(res.created).toMatchObject({ organizations: 1, supplies: 2, surveys: 1, products: 1 });
    expect(res.warnings.map((w) => w.cell)).toEqual(['sales!C2', 'sales!C4']);
  });

  it('reads a semicolon-separated Windows-1251 CSV as Russian Excel saves it', async () => {
    const text = [
      'Организация (заполняющая анкету);ИНН организации;Покупатель;ИНН покупателя;Продукция;Стоимость, тыс. руб.;Объём;Ед. изм.;Год',
      `ООО «Дельта»;${inn};АО «Арнест»;;Клапан аэрозольный;1 234 567,89;12\u00a0000;шт.;2024`,
      `ООО «Дельта»;${inn};ООО Алюмар;;Клапан аэрозольный;2 500;;шт.;2024`,
    ].join('\r\n');
    const cp1251 = Buffer.from([...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return ({ 0x401: 0xa8, 0x451: 0xb8, 0xab: 0xab, 0xbb: 0xbb, 0xa0: 0xa0, 0x202f: 0x20 } as Record<number, number>)[code] ?? code;
    }));
    const res = await dry('продажи.csv', cp1251);
    expect(res.files[0]!.sheets).toEqual([{ sheet: 'продажи', kind: 'sales', rows: 2 }]);
    expect(res.created).toMatchObject({ supplies: 2 });
  });

  it('a CSV error names the cell as Excel would show it', async () => {
    const bad = salesCsv.replace('"1 234 567,89"', 'тысяча');
    const e = await dry('sales.csv', Buffer.from(bad)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(QuestionnaireInvalid);
    expect((e as QuestionnaireInvalid).errors).toEqual([{ file: 'sales.csv', sheet: 'sales', cell: 'sales!F2', value: 'тысяча', message: '«Стоимость, руб.»: expected a number, e.g. 1 234 567,89' }]);
  });

  it('a sales table alone that does not say whose answer it is: one error at its first row', async () => {
    const e = await dry('s.csv', Buffer.from('Покупатель;Стоимость\nАО «Арнест»;5\nООО «Алюмар»;6\n')).catch((x: unknown) => x);
    expect((e as QuestionnaireInvalid).errors.map((x) => [x.cell, x.message])).toEqual([['s!A2', expect.stringMatching(/^whose answer is this\?/)]]);
  });

  it('a CSV converted to .xlsx by LibreOffice imports like the CSV itself', async (ctx) => {
    if (!soffice) {
      console.info('[questionnaire] LibreOffice test skipped: soffice is not installed (Debian: apt install libreoffice-calc-nogui)');
      ctx.skip();
      return;
    }
    const csvFile = path.join(dir, 'sales.csv');
    // with a BOM, as Excel saves "CSV UTF-8": without one LibreOffice guesses the system charset
    fs.writeFileSync(csvFile, `\uFEFF${salesCsv}`);
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless',
      // headless, LibreOffice reads a CSV as Latin-1 whatever the BOM or locale; a person picks UTF-8 (76) in the import dialog
      '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, csvFile], {
      timeout: 120_000, stdio: 'ignore',
    });
    const xlsx = fs.readFileSync(path.join(dir, 'sales.xlsx'));
    const fromCsv = await dry('sales.csv', Buffer.from(salesCsv));
    const fromCalc = await dry('sales.xlsx', xlsx).catch((e: unknown) => { throw e instanceof QuestionnaireInvalid ? new Error(JSON.stringify(e.errors)) : e; });
    expect(fromCalc.created).toEqual(fromCsv.created);
    expect(fromCalc.warnings).toEqual(fromCsv.warnings.map((w) => ({ ...w, file: 'sales.xlsx' })));
    expect(fromCalc.files[0]!.sheets).toEqual([{ sheet: 'sales', kind: 'sales', rows: 2 }]);
    const real = await importQuestionnaires(engine, 'aerosol', [{ name: 'sales.xlsx', data: xlsx }], { today: '2025-03-14' });
    expect(real.created.supplies).toBe(2);
    expect(await engine.read('MATCH (:Org)-[s:SUPPLIES]->(b:Org) RETURN b.id AS target, s.value AS value, s.volume AS volume ORDER BY target')).toEqual([
      { target: 'alumar', value: 2500000, volume: null }, { target: 'arnest', value: 1234567890, volume: 12000 },
    ]);
  }, 180_000);
});
