// What Russian spreadsheets really hold, turned into plain values: cached formula results, rich text,
// `1 234 567,89` with non-breaking or thin spaces, `12,5%`, headers that scale a column (`тыс. руб.`).
import type ExcelJS from 'exceljs';

export interface CellError { error: string }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !(v instanceof Date);

function richText(v: unknown): string | undefined {
  if (isObject(v) && Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((r) => String(r.text ?? '')).join('');
  return undefined;
}

/**
 * The value a person sees in the cell: a formula's cached result (exceljs never recalculates),
 * the text of rich text and hyperlinks, a date as a Date, an error value as its code (`#DIV/0!`).
 * A merged cell reads as its master's value. Empty cells and blank strings are null.
 */
export function cellValue(cell: ExcelJS.Cell | ExcelJS.CellValue): unknown {
  const v: unknown = isObject(cell) && 'address' in cell && 'value' in cell ? (cell as ExcelJS.Cell).value : cell;
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (!isObject(v)) return v;
  const rich = richText(v);
  if (rich !== undefined) return rich.trim() === '' ? null : rich;
  if ('formula' in v || 'sharedFormula' in v) return v.result === undefined ? null : cellValue(v.result as ExcelJS.CellValue);
  if ('hyperlink' in v) return cellValue(v.text as ExcelJS.CellValue);
  if ('error' in v) return String(v.error);
  return null;
}

/** The cell as text (numbers as they print), or null when empty. */
export function cellText(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  const s = String(raw).replace(/[\u00a0\u2007\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

// Spaces that Russian number formats put between digit groups: plain, no-break, figure, thin, narrow no-break.
const groupSpaces = /[\s\u00a0\u2007\u2009\u202f']/g;
const currency = /(₽|руб\.?|р\.)$/i;

/** Rounds away binary noise left by scaling (1234,56 тыс. → 1234560, not 1234560.0000000002). */
const clean = (x: number) => Number(x.toPrecision(15));

/**
 * A number as typed in a Russian spreadsheet. `scale` multiplies it (a column headed `тыс. руб.`).
 * Returns null for an empty cell and `{ error }` with what was expected otherwise.
 */
export function parseNumber(raw: unknown, scale = 1): number | null | CellError {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? clean(raw * scale) : { error: 'expected a finite number' };
  if (typeof raw !== 'string') return { error: 'expected a number, e.g. 1 234 567,89' };
  let s = raw.replace(groupSpaces, '').replace(/[\u2212\u2013]/g, '-');
  if (s === '' || s === '-') return null;
  if (s.endsWith('%')) return { error: 'a percent where an amount is expected' };
  s = s.replace(currency, '');
  const lastComma = s.lastIndexOf(','), lastDot = s.lastIndexOf('.');
  const commas = s.split(',').length - 1, dots = s.split('.').length - 1;
  if (commas && dots) {
    // both separators: the last one is the decimal mark, the other groups digits (1.234.567,89 or 1,234,567.89)
    const [group, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    if ((decimal === ',' ? commas : dots) > 1) return { error: 'expected a number, e.g. 1 234 567,89' };
    s = s.split(group).join('').replace(decimal, '.');
  } else if (commas > 1) s = s.replace(/,/g, '');
  else if (dots > 1) s = s.replace(/\./g, '');
  else s = s.replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return { error: 'expected a number, e.g. 1 234 567,89' };
  return clean(Number(s) * scale);
}

/**
 * A share as a fraction 0..1: `12,5%`, `90 %`, a percent-formatted cell (0.125), `0,125`.
 * A bare number above 1 is refused rather than guessed to be a percent.
 */
export function parseShare(raw: unknown): number | null | CellError {
  if (raw === null || raw === undefined) return null;
  let value: number;
  if (typeof raw === 'string' && raw.replace(groupSpaces, '').endsWith('%')) {
    const n = parseNumber(raw.replace(groupSpaces, '').slice(0, -1));
    if (n === null || typeof n !== 'number') return { error: 'expected a share, e.g. 12,5% or 0,125' };
    value = clean(n / 100);
  } else {
    const n = parseNumber(raw);
    if (n === null) return null;
    if (typeof n !== 'number') return { error: 'expected a share, e.g. 12,5% or 0,125' };
    if (n > 1 && n <= 100) return { error: `${n} is not a share between 0 and 1: write ${n}% or ${clean(n / 100)}` };
    value = n;
  }
  if (value < 0 || value > 1) return { error: 'expected a share between 0% and 100%' };
  return value;
}

/** The unit a column header states: `руб.` → 1, `тыс. руб.` → 1e3, `млн руб.` → 1e6, `млрд руб.` → 1e9. */
export function headerScale(header: unknown): 1 | 1e3 | 1e6 | 1e9 {
  const h = (cellText(header) ?? '').toLowerCase().replace(/ё/g, 'е');
  if (/млрд/.test(h)) return 1e9;
  if (/млн|миллион/.test(h)) return 1e6;
  if (/тыс|тысяч/.test(h)) return 1e3;
  return 1;
}

/** A whole number (a year, an INN typed as a number) or an error. */
export function parseInteger(raw: unknown): number | null | CellError {
  const n = parseNumber(raw);
  if (n === null || typeof n !== 'number') return n;
  return Number.isInteger(n) ? n : { error: 'expected a whole number' };
}

export const isCellError = (v: unknown): v is CellError => isObject(v) && typeof v.error === 'string';
