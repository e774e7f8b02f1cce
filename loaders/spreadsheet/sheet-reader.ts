// Reads one questionnaire table: finds its header row (a title above it, merged group headers and
// hand-typed header wording allowed), then turns every non-empty row into typed values with their cells.
import { normaliseRegion } from '../../graph-schema/index.js';
import { cellText, headerScale, isCellError, parseInteger, parseNumber, parseShare } from './cells.js';
import { countryLabels, kindLabels, unitLabels, yesNo, type Column, type SheetLayout } from './questionnaire-layout.js';
import type { Table } from './tables.js';
import { cellAddress, type CellProblem } from './workbook.js';

export interface Field { value: unknown; raw: unknown; cell: string }
export interface ParsedRow { row: number; fields: Record<string, Field> }
interface Found { column: Column; col: number; scale: number }

const norm = (v: unknown) => (cellText(v) ?? '').toLowerCase().replace(/ё/g, 'е');
// Specific columns claim a header before general ones: "ИНН покупателя" before "Покупатель".
const priority: Record<Column['kind'], number> = { inn: 0, list: 1, share: 1, year: 1, money: 2, number: 2, text: 3 };

function matchHeaders(table: Table, layout: SheetLayout, row: number): Found[] {
  const ordered = [...layout.columns].sort((a, b) => priority[a.kind] - priority[b.kind]);
  const taken = new Set<string>();
  const found: Found[] = [];
  for (let col = 1; col <= table.columnCount; col++) {
    const own = norm(table.value(row, col));
    // A merged group header above ("Покупатель" over "Наименование | ИНН") completes a short header.
    const group = [row - 2, row - 1].filter((r) => r >= 1 && table.merged(r, col)).map((r) => norm(table.value(r, col)));
    const full = [...new Set([...group, own])].filter(Boolean).join(' ');
    if (!own) continue;
    const column = ordered.find((c) => !taken.has(c.key) && c.match.test(own)) ?? ordered.find((c) => !taken.has(c.key) && c.match.test(full));
    if (!column) continue;
    taken.add(column.key);
    found.push({ column, col, scale: column.kind === 'money' ? headerScale(full) : 1 });
  }
  return found;
}

/** The header row: within the first 15 rows, the one naming the most columns of the layout (at least 2). */
export function findHeader(table: Table, layout: SheetLayout): { row: number; columns: Found[] } | null {
  let best: { row: number; columns: Found[] } | null = null;
  for (let row = 1; row <= Math.min(15, table.rowCount); row++) {
    const columns = matchHeaders(table, layout, row);
    if (columns.length >= 2 && columns.length > (best?.columns.length ?? 0)) best = { row, columns };
  }
  return best;
}

const lookupLabel = (labels: Record<string, string>, v: string) =>
  Object.keys(labels).find((k) => k.toLowerCase() === v.toLowerCase() || labels[k]!.toLowerCase().replace(/ё/g, 'е') === v.toLowerCase().replace(/ё/g, 'е'));

function country(text: string): string | undefined {
  const code = /\(([A-Za-z]{2})\)\s*$/.exec(text)?.[1] ?? text;
  if (/^[A-Za-z]{2}$/.test(code)) return code.toUpperCase();
  return lookupLabel(countryLabels, text);
}

/** The typed value of one cell, or the message saying what was expected. */
function parseCell(column: Column, raw: unknown, scale: number): { value: unknown } | { error: string } {
  const ok = (value: unknown) => ({ value });
  switch (column.kind) {
    case 'money': case 'number': {
      const n = parseNumber(raw, scale);
      return isCellError(n) ? n : ok(n);
    }
    case 'share': {
      const n = parseShare(raw);
      return isCellError(n) ? n : ok(n);
    }
    case 'year': {
      const n = parseInteger(raw);
      if (isCellError(n)) return { error: 'expected a year such as 2024' };
      if (n !== null && (n < 1990 || n > 2100)) return { error: 'expected a year between 1990 and 2100' };
      return ok(n);
    }
    case 'inn': {
      if (raw === null) return ok(null);
      let s = typeof raw === 'number' ? String(Math.round(raw)) : (cellText(raw) ?? '').replace(/[\s\u00a0]/g, '');
      // Excel drops the leading zero of an INN typed as a number (regions 01–09)
      if (typeof raw === 'number' && (s.length === 9 || s.length === 11)) s = `0${s}`;
      return /^(\d{10}|\d{12})$/.test(s) ? ok(s) : { error: 'expected an INN: 10 digits for a company, 12 for an entrepreneur' };
    }
    case 'text': return ok(cellText(raw));
    case 'list': return parseListCell(column, cellText(raw));
  }
}

function parseListCell(column: Column, text: string | null): { value: unknown } | { error: string } {
  if (text === null) return { value: null };
  switch (column.list) {
    case 'kinds': {
      const k = lookupLabel(kindLabels, text);
      return k ? { value: k } : { error: `expected one of: ${Object.values(kindLabels).join('; ')}` };
    }
    case 'regions': {
      const r = normaliseRegion(text);
      return r ? { value: r } : { error: 'expected a subject of the Russian Federation from the list, e.g. Тульская область' };
    }
    case 'units': return { value: lookupLabel(unitLabels, text) ?? text };
    case 'countries': {
      const codes = text.split(/[,;]/).map((t) => t.trim()).filter(Boolean).map(country);
      return codes.every(Boolean) ? { value: codes } : { error: 'expected a country from the list or its ISO code, e.g. Китай or CN' };
    }
    case 'yesNo': {
      const t = text.toLowerCase();
      if ([yesNo.yes.toLowerCase(), 'yes', 'true', '1', '+', 'истина'].includes(t)) return { value: true };
      if ([yesNo.no.toLowerCase(), 'no', 'false', '0', '-', 'ложь'].includes(t)) return { value: false };
      return { error: 'expected «Да» or «Нет»' };
    }
    default: return { value: text };
  }
}

/** Every row below the header with anything in a known column; problems name their cell. */
export function readRows(table: Table, header: { row: number; columns: Found[] }): { rows: ParsedRow[]; problems: CellProblem[] } {
  const rows: ParsedRow[] = [];
  const problems: CellProblem[] = [];
  for (let row = header.row + 1; row <= table.rowCount; row++) {
    const raws = header.columns.map((f) => table.value(row, f.col));
    if (raws.every((v) => v === null || v === undefined)) continue;
    const fields: Record<string, Field> = {};
    header.columns.forEach((f, i) => {
      const raw = raws[i] ?? null;
      const cell = cellAddress(table.sheet, row, f.col);
      const parsed = parseCell(f.column, raw, f.scale);
      if ('error' in parsed) problems.push({ file: table.file, sheet: table.sheet, cell, value: raw, message: `«${f.column.header}»: ${parsed.error}` });
      fields[f.column.key] = { value: 'error' in parsed ? null : parsed.value, raw, cell };
    });
    rows.push({ row, fields });
  }
  return { rows, problems };
}
