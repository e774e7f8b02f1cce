// The cluster-dataset/1 document as a workbook (GET /api/clusters/:id/dataset.xlsx): one sheet per
// table, sheet names and header cells exactly the format's table and field names, Russian captions in
// the header cells' notes. Nested lists get child sheets named `<table>.<field>` whose first column
// holds the parent's id; id lists (countries, project products and participants) are comma-separated
// in one cell. dataset-workbook-read.ts reads it back to the same document.
import ExcelJS from 'exceljs';
import type { Dataset } from '../../graph-schema/index.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Kind = 'text' | 'inn' | 'number' | 'integer' | 'boolean' | 'date' | 'list';
export interface Column { field: string; kind: Kind; caption: string }
export interface Table {
  sheet: string;
  /** The list the rows become (`supplies`); for a child sheet, the field of the parent record (`stages`). */
  list: string;
  /** A child sheet: the parent table and the column holding the parent's id. */
  parent?: { sheet: string; column: string };
  columns: Column[];
}

const col = (field: string, kind: Kind, caption: string): Column => ({ field, kind, caption });

/** The meta sheet: one row with the document's own fields. */
export const metaTable: Table = {
  sheet: 'dataset', list: '',
  columns: [
    col('format', 'text', 'Формат файла: всегда cluster-dataset/1'),
    col('year', 'integer', 'Отчётный год по умолчанию'),
    col('description', 'text', 'Источник данных'),
  ],
};

export const tables: Table[] = [
  { sheet: 'clusters', list: 'clusters', columns: [
    col('id', 'text', 'Код кластера'), col('name', 'text', 'Наименование кластера'), col('specialization', 'text', 'Специализация'),
    col('registryNo', 'integer', 'Номер в реестре Минпромторга'), col('declaredParticipants', 'integer', 'Заявленное число участников'),
    col('developmentProgramme', 'boolean', 'Утверждена программа развития (ИСТИНА/ЛОЖЬ)'),
    col('scientificInfrastructure', 'boolean', 'Есть научная инфраструктура (ИСТИНА/ЛОЖЬ)'),
  ] },
  { sheet: 'clusters.regions', list: 'regions', parent: { sheet: 'clusters', column: 'cluster' }, columns: [
    col('cluster', 'text', 'Код кластера'), col('region', 'text', 'Субъект Российской Федерации'),
  ] },
  { sheet: 'clusters.stages', list: 'stages', parent: { sheet: 'clusters', column: 'cluster' }, columns: [
    col('cluster', 'text', 'Код кластера'), col('id', 'text', 'Код этапа'), col('name', 'text', 'Этап производственной цепочки'),
    col('order', 'integer', 'Порядок этапа: от сырья к конечной продукции'),
  ] },
  { sheet: 'organizations', list: 'organizations', columns: [
    col('id', 'text', 'Код организации'), col('name', 'text', 'Наименование организации'), col('inn', 'inn', 'ИНН (10 или 12 цифр)'),
    col('region', 'text', 'Регион'), col('country', 'text', 'Страна (код ISO: RU, CN, …)'),
    col('kind', 'text', 'Вид: enterprise, education, research, infrastructure, sopk, other'),
    col('priorityTerritory', 'boolean', 'Работает на приоритетной территории (ИСТИНА/ЛОЖЬ)'),
  ] },
  { sheet: 'organizations.financials', list: 'financials', parent: { sheet: 'organizations', column: 'org' }, columns: [
    col('org', 'text', 'Код организации'), col('year', 'integer', 'Год'),
    col('output', 'number', 'Объём отгруженной продукции, работ, услуг, ₽'), col('purchases', 'number', 'Закупки сырья, материалов, комплектующих, ₽'),
  ] },
  { sheet: 'memberships', list: 'memberships', columns: [
    col('cluster', 'text', 'Код кластера'), col('org', 'text', 'Код организации'), col('status', 'text', 'Статус: member (участник) или potential (потенциальный)'),
    col('stage', 'text', 'Код этапа цепочки'), col('finalProducer', 'boolean', 'Производит конечную продукцию кластера (ИСТИНА/ЛОЖЬ)'),
    col('sopkGovernance', 'boolean', 'Входит в органы управления СОПК (ИСТИНА/ЛОЖЬ)'),
    col('agreement', 'boolean', 'Подписано соглашение о достижении 5% (ИСТИНА/ЛОЖЬ)'),
  ] },
  { sheet: 'products', list: 'products', columns: [
    col('id', 'text', 'Код продукции'), col('name', 'text', 'Наименование продукции'), col('okpd2', 'text', 'Код ОКПД 2'), col('unit', 'text', 'Единица измерения'),
  ] },
  { sheet: 'produces', list: 'produces', columns: [col('org', 'text', 'Код организации-производителя'), col('product', 'text', 'Код продукции')] },
  { sheet: 'supplies', list: 'supplies', columns: [
    col('from', 'text', 'Код поставщика'), col('to', 'text', 'Код покупателя'), col('product', 'text', 'Код продукции'),
    col('value', 'number', 'Стоимость поставок за год, ₽'), col('volume', 'number', 'Объём поставок в натуральных единицах'), col('year', 'integer', 'Год'),
  ] },
  { sheet: 'needs', list: 'needs', columns: [
    col('org', 'text', 'Код организации-потребителя'), col('product', 'text', 'Код продукции'), col('value', 'number', 'Потребность за год, ₽'),
    col('volume', 'number', 'Потребность в натуральных единицах'), col('year', 'integer', 'Год'),
    col('importShare', 'number', 'Доля импорта: от 0 до 1'), col('importCountries', 'list', 'Страны импорта через запятую: CN, DE'),
  ] },
  { sheet: 'projects', list: 'projects', columns: [
    col('id', 'text', 'Код проекта'), col('cluster', 'text', 'Код кластера'), col('name', 'text', 'Наименование проекта'),
    col('status', 'text', 'Статус: planned, active, completed'), col('products', 'list', 'Коды продукции через запятую'),
    col('participants', 'list', 'Коды организаций-участников через запятую'),
  ] },
  { sheet: 'surveys', list: 'surveys', columns: [
    col('org', 'text', 'Код организации'), col('cluster', 'text', 'Код кластера'), col('wave', 'integer', 'Волна анкетирования: 1 или 2'),
    col('sent', 'date', 'Дата отправки анкеты'), col('received', 'date', 'Дата получения заполненной анкеты'),
  ] },
];

export const allTables = [metaTable, ...tables];

type Rec = Record<string, unknown>;

/** The rows of one table: records of the list, or of every parent's child list with the parent id in front. */
function rowsOf(doc: Dataset, t: Table): Rec[] {
  if (t === metaTable) return [doc as unknown as Rec];
  const list = (d: Rec, key: string) => (d[key] as unknown[] | undefined) ?? [];
  if (!t.parent) return list(doc as unknown as Rec, t.list) as Rec[];
  const parentList = tables.find((p) => p.sheet === t.parent!.sheet)!.list;
  return (list(doc as unknown as Rec, parentList) as Rec[]).flatMap((p) => list(p, t.list).map((child) =>
    // a list of plain strings (regions) becomes a one-column table
    (typeof child === 'object' && child !== null ? { [t.parent!.column]: p.id, ...(child as Rec) } : { [t.parent!.column]: p.id, [t.columns[1]!.field]: child })));
}

function cellFor(kind: Kind, v: unknown): ExcelJS.CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (kind === 'list') return (v as string[]).length ? (v as string[]).join(', ') : undefined;
  if (kind === 'date') return new Date(`${String(v)}T00:00:00Z`);
  return v as ExcelJS.CellValue;
}

/** The whole document as an .xlsx workbook: every table's sheet, empty ones with their header. */
export async function datasetWorkbook(doc: Dataset): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'cluster-chain-explorer';
  for (const t of allTables) {
    const ws = wb.addWorksheet(t.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    t.columns.forEach((c, i) => {
      const cell = ws.getRow(1).getCell(i + 1);
      cell.value = c.field;
      cell.note = c.caption;
      cell.font = { bold: true };
      ws.getColumn(i + 1).width = Math.max(12, Math.min(40, c.field.length + 4));
      if (c.kind === 'date') ws.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    });
    for (const rec of rowsOf(doc, t)) {
      const row = ws.addRow([]);
      t.columns.forEach((c, i) => {
        const v = cellFor(c.kind, rec[c.field]);
        if (v === undefined) return;
        const cell = row.getCell(i + 1);
        cell.value = v;
        if (c.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
