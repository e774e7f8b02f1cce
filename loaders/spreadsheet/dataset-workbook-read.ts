// Reads a dataset workbook (dataset-workbook.ts) back into a cluster-dataset/1 document, keeping for
// every JSON path (`supplies[3].value`) the sheet and cell it came from, so that validation errors
// name the cell a person has to fix. A cell that cannot be read as its field's type is reported with
// its own message and left in the document as an object no field accepts, so the document cannot pass.
import type ExcelJS from 'exceljs';
import { cellText, isCellError, parseNumber } from './cells.js';
import { allTables, metaTable, tables, type Column, type Table } from './dataset-workbook.js';
import { worksheetTable, type Table as SheetTable } from './tables.js';
import { cellAddress, type CellProblem } from './workbook.js';

export interface CellRef { sheet: string; cell: string; value: unknown }
export interface WorkbookDocument {
  doc: Record<string, unknown>;
  /** Problems found while reading cells: unknown sheets or columns, values of the wrong type. */
  problems: CellProblem[];
  /** The cell of a JSON path, or of the nearest enclosing record (`exact` false). */
  cellOf(path: string): (CellRef & { exact: boolean }) | undefined;
}

type Rec = Record<string, unknown>;
/** What a bad cell becomes in the document: no field of the format accepts an object. */
export interface BadCell { badCell: unknown }

export function readDatasetWorkbook(wb: ExcelJS.Workbook, file: string): WorkbookDocument {
  const problems: CellProblem[] = [];
  const cells = new Map<string, CellRef>();
  const doc: Rec = {};
  const problem = (sheet: string, row: number, col: number, value: unknown, message: string, path?: string) =>
    problems.push({ file, sheet, cell: cellAddress(sheet, row, col), value, message, ...(path ? { path } : {}) });

  const known = new Set(allTables.map((t) => t.sheet));
  for (const ws of wb.worksheets) {
    if (!known.has(ws.name)) problem(ws.name, 1, 1, ws.name, `unknown sheet "${ws.name}": a dataset workbook has the sheets ${[...known].join(', ')}`);
  }
  // Parents before children, whatever the order of the sheets in the file.
  const ids = new Map<string, Map<string, number>>(); // parent sheet → id → index in its list
  for (const t of allTables) {
    const ws = wb.getWorksheet(t.sheet);
    if (!ws) {
      if (t === metaTable) problem(t.sheet, 1, 1, null, `no sheet "${t.sheet}": it holds the format (cluster-dataset/1) in A2`);
      continue;
    }
    const sheet = worksheetTable(file, ws);
    const header = readHeader(sheet, t, problem);
    if (!t.parent && t !== metaTable) doc[t.list] = [];
    for (let row = 2; row <= sheet.rowCount; row++) {
      const filled = [...Array(sheet.columnCount).keys()].map((i) => i + 1).filter((c) => sheet.value(row, c) !== null);
      if (!filled.length) continue;
      for (const c of filled.filter((c) => !header.has(c))) problem(t.sheet, row, c, sheet.value(row, c), 'a value in a column without a field name in row 1');
      const rec: Rec = {};
      const at = new Map<string, { col: number; value: unknown; error?: string }>();
      for (const [col, column] of header) {
        const raw = sheet.value(row, col);
        if (raw === null) continue;
        const read = readCell(column, raw);
        if ('error' in read) rec[column.field] = { badCell: raw } satisfies BadCell;
        else rec[column.field] = read.value;
        at.set(column.field, { col, value: raw, ...('error' in read ? { error: read.error } : {}) });
      }
      const path = place(t, rec, row, doc, ids, problem);
      const join = (field: string) => (path ? `${path}.${field}` : field);
      for (const [field, { col, error, value }] of at) {
        if (path !== undefined) cells.set(join(field), { sheet: t.sheet, cell: cellAddress(t.sheet, row, col), value });
        if (error) problem(t.sheet, row, col, value, error, path === undefined ? undefined : join(field));
      }
      // A record's own problems (a duplicate, a self-supply) point at its first cell; a plain value of a
      // one-value child sheet (a region) at that value's cell.
      const single = t.parent && t.columns.length === 2 ? at.get(t.columns[1]!.field) : undefined;
      if (path !== undefined) cells.set(path, { sheet: t.sheet, cell: cellAddress(t.sheet, row, single?.col ?? 1), value: single?.value ?? null });
    }
    if (!t.parent && t !== metaTable && t.columns[0]!.field === 'id') {
      const index = new Map<string, number>();
      (doc[t.list] as Rec[]).forEach((r, i) => { if (typeof r.id === 'string' && !index.has(r.id)) index.set(r.id, i); });
      ids.set(t.sheet, index);
    }
  }
  return { doc, problems, cellOf: (path) => nearest(cells, path) };
}

/** Row 1: each column's field; unknown and repeated names are problems. */
function readHeader(sheet: SheetTable, t: Table, problem: ProblemAt): Map<number, Column> {
  const header = new Map<number, Column>();
  const seen = new Set<string>();
  for (let col = 1; col <= sheet.columnCount; col++) {
    const name = cellText(sheet.value(1, col));
    if (name === null) continue;
    const column = t.columns.find((c) => c.field === name);
    if (!column) problem(t.sheet, 1, col, name, `unknown field "${name}" in sheet ${t.sheet}: its fields are ${t.columns.map((c) => c.field).join(', ')}`);
    else if (seen.has(name)) problem(t.sheet, 1, col, name, `the field "${name}" is a second time in row 1`);
    else { seen.add(name); header.set(col, column); }
  }
  return header;
}

type ProblemAt = (s: string, r: number, c: number, v: unknown, m: string) => void;

/** Puts a record where it belongs in the document and answers its JSON path (undefined: nowhere to put it). */
function place(t: Table, rec: Rec, row: number, doc: Rec, ids: Map<string, Map<string, number>>, problem: ProblemAt): string | undefined {
  if (t === metaTable) {
    if (row > 2) { problem(t.sheet, row, 1, null, 'the dataset sheet has one row of values, row 2'); return undefined; }
    Object.assign(doc, rec);
    return '';
  }
  if (!t.parent) {
    const records = doc[t.list] as Rec[];
    records.push(rec);
    return `${t.list}[${records.length - 1}]`;
  }
  const parentKey = rec[t.parent.column];
  delete rec[t.parent.column];
  const parentTable = tables.find((p) => p.sheet === t.parent!.sheet)!;
  const index = typeof parentKey === 'string' ? ids.get(parentTable.sheet)?.get(parentKey) : undefined;
  if (index === undefined) {
    problem(t.sheet, row, 1, parentKey ?? null, parentKey == null
      ? `no ${t.parent.column}: give the id of a row of sheet ${parentTable.sheet}`
      : `no row with id "${String(parentKey)}" in sheet ${parentTable.sheet}`);
    return undefined;
  }
  const parent = (doc[parentTable.list] as Rec[])[index]!;
  const list = ((parent[t.list] as unknown[] | undefined) ?? (parent[t.list] = [])) as unknown[];
  // A one-value child sheet (regions) is a list of plain values.
  const single = t.columns.length === 2 ? t.columns[1]!.field : undefined;
  list.push(single ? rec[single] : rec);
  return `${parentTable.list}[${index}].${t.list}[${list.length - 1}]`;
}

/** The value of a cell as its column's type, or what was expected. */
function readCell(column: Column, raw: unknown): { value: unknown } | { error: string } {
  switch (column.kind) {
    case 'number': {
      // A number cell is taken exactly as stored: parseNumber's rounding is for typed-in text.
      if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { error: 'expected a finite number' };
      const n = parseNumber(raw);
      return isCellError(n) ? n : { value: n };
    }
    case 'integer': {
      const n = typeof raw === 'number' ? raw : parseNumber(raw);
      if (isCellError(n) || typeof n !== 'number' || !Number.isInteger(n)) return { error: 'expected a whole number' };
      return { value: n };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const t = (cellText(raw) ?? '').toLowerCase();
      if (['true', 'истина', 'да', '1'].includes(t)) return { value: true };
      if (['false', 'ложь', 'нет', '0'].includes(t)) return { value: false };
      return { error: 'expected TRUE or FALSE (ИСТИНА или ЛОЖЬ, да или нет)' };
    }
    case 'date': {
      if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { error: 'expected a date' } : { value: raw.toISOString().slice(0, 10) };
      if (typeof raw !== 'string') return { error: 'expected a date such as 2025-03-14 (or 14.03.2025)' };
      const ru = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(raw);
      return { value: ru ? `${ru[3]}-${ru[2]!.padStart(2, '0')}-${ru[1]!.padStart(2, '0')}` : raw.trim() };
    }
    case 'list': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return { error: 'expected ids or codes separated by commas, e.g. CN, DE' };
      return { value: String(raw).split(/[,;\s]+/).filter(Boolean) };
    }
    case 'inn': {
      if (typeof raw === 'string') return { value: raw.trim() };
      if (typeof raw !== 'number' || !Number.isInteger(raw)) return { error: 'expected an INN: 10 digits for a company, 12 for an entrepreneur' };
      // Excel drops the leading zero of an INN typed as a number (regions 01–09).
      const s = String(raw);
      return { value: s.length === 9 || s.length === 11 ? `0${s}` : s };
    }
    case 'text': {
      if (typeof raw === 'string') return { value: raw };
      if (typeof raw === 'number' || raw instanceof Date) return { value: cellText(raw) };
      return { error: 'expected text' };
    }
  }
}

/** The cell of a path, else of its nearest enclosing record (`needs[0].importCountries[1]` → the countries cell). */
function nearest(cells: Map<string, CellRef>, path: string): (CellRef & { exact: boolean }) | undefined {
  const want = path === '(document)' ? '' : path;
  const parent = /(\.[^.[\]]+|\[\d+\])$/;
  for (let p = want; ; p = p.replace(parent, '')) {
    const hit = cells.get(p);
    if (hit) return { ...hit, exact: p === want };
    if (!parent.test(p)) return undefined;
  }
}
