// Issue 7's figure: how fast a 20 000-row workbook goes in, the two ways an SOPK sends one —
// a filled questionnaire (10 000 sales + 10 000 purchase rows typed as Russian text) and the
// dataset workbook of GET /api/clusters/:id/dataset.xlsx (20 000 supplies). Printed, never asserted.
import { KuzuEngine, type Engine } from '../../api/engine/index.js';
import { datasetSchema, withCheckDigits } from '../../graph-schema/index.js';
import { importDataset } from '../../loaders/import.js';
import { datasetWorkbook } from '../../loaders/spreadsheet/dataset-workbook.js';
import { importDatasetWorkbook } from '../../loaders/spreadsheet/dataset-workbook-import.js';
import { importQuestionnaires } from '../../loaders/spreadsheet/questionnaire-import.js';
import { filledQuestionnaire, type Typed } from '../../loaders/spreadsheet/sample-questionnaire.js';
import { syntheticDataset } from './generate.js';
import { fmt, line, msText, type Line } from './table.js';
import { timed } from './stats.js';

const fresh = async (): Promise<Engine> => { const e = new KuzuEngine(':memory:'); await e.ensureSchema(); return e; };
/** "1 234 567,89" with a no-break space, as Russian Excel shows money typed by hand. */
const rub = (v: number) => v.toLocaleString('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/\s/g, '\u00a0');

async function questionnaireRate(rows: number): Promise<Line[]> {
  const engine = await fresh();
  const cluster = { id: 'wb-cluster', name: 'Кластер для замера' };
  await importDataset(engine, { format: 'cluster-dataset/1', year: 2024, clusters: [{ ...cluster, regions: ['Тульская область'], stages: [] }] });
  const half = rows / 2;
  const counterpart = (i: number) => ({ counterpartyName: `ООО «Контрагент ${i % 2000}»`, counterpartyInn: withCheckDigits(String(700000000 + (i % 2000))) });
  const sales: Typed[] = Array.from({ length: half }, (_, i) => ({
    ...counterpart(i), product: `Изделие ${i % 300}`, okpd2: `25.${String(10 + (i % 80))}.1`, value: rub(1_000_000 + i * 37.5), volume: String(100 + i), unit: 'шт.', year: 2024,
  }));
  const purchases: Typed[] = Array.from({ length: half }, (_, i) => ({
    ...counterpart(i + 1000), product: `Сырьё ${i % 300}`, okpd2: `20.${String(10 + (i % 80))}.2`, value: rub(500_000 + i * 12.25), volume: String(10 + i), unit: 'т', year: 2024,
  }));
  const org: Typed[] = [{ name: 'ООО «Респондент»', inn: withCheckDigits('7100000001'.slice(0, 9)), region: 'Тульская область', kind: 'Промышленное предприятие', priorityTerritory: 'Нет', year: 2024, output: '9 000 000 000', purchases: '6 000 000 000' }];
  const [data, buildMs] = await timed(() => filledQuestionnaire(cluster, 2024, { org, sales, purchases }));
  const [result, ms] = await timed(() => importQuestionnaires(engine, cluster.id, [{ name: 'anketa.xlsx', data }], { limits: { maxRowsPerSheet: rows } }));
  await engine.close();
  const created = Object.values(result.created).reduce((a, n) => a + n, 0);
  return [
    line(`questionnaire of ${fmt(rows)} rows: import (read, check, one transaction)`, msText(ms)),
    line('  rows per second', fmt(rows / (ms / 1000))),
    line('  file size / time to write it with exceljs', `${fmt(data.length / 1024 / 1024, 1)} MiB / ${msText(buildMs)}`),
    line('  records created', fmt(created)),
  ];
}

async function datasetWorkbookRate(supplies: number): Promise<Line[]> {
  const doc = datasetSchema.parse(syntheticDataset({ participants: 1000, supplies, prefix: 'wb' }));
  const data = await datasetWorkbook(doc);
  const engine = await fresh();
  const [, ms] = await timed(() => importDatasetWorkbook(engine, data, 'dataset.xlsx', { maxRowsPerSheet: 1_000_000 }));
  await engine.close();
  const rows = doc.supplies.length + doc.organizations.length + doc.memberships.length + doc.needs.length + doc.products.length;
  return [
    line(`dataset.xlsx with ${fmt(supplies)} supplies (${fmt(rows)} rows in all): import`, msText(ms)),
    line('  rows per second', fmt(rows / (ms / 1000))),
  ];
}

export async function measureWorkbooks(rows = 20_000): Promise<Line[]> {
  return [...(await questionnaireRate(rows)), ...(await datasetWorkbookRate(rows))];
}
