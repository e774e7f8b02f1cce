// A CSV file as Russian Excel writes it: `;`-separated (or `,` / tab), UTF-8 with a BOM or Windows-1251.
// csv-parse does the parsing; this only picks the encoding and the delimiter and guards the size.
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { defaultLimits, SpreadsheetRefused, type WorkbookLimits } from './workbook.js';
import { rowsTable, type Table } from './tables.js';

function decode(data: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    // not UTF-8: Russian Excel's "CSV (разделители — запятые)" is Windows-1251
    return new TextDecoder('windows-1251').decode(data);
  }
}

/** The separator of the first line that is not inside quotes: the most frequent of `;`, tab and `,`. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, 10_000).split(/\r?\n/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const count = (d: string) => outside.split(d).length - 1;
  return [';', '\t', ','].reduce((best, d) => (count(d) > count(best) ? d : best), ';');
}

/** The CSV as one sheet, named after the file as Excel names it when it opens one (`анкета.csv` → `анкета`). */
export function readCsv(data: Buffer, file: string, limits: Partial<WorkbookLimits> = {}): Table {
  const lim = { ...defaultLimits, ...limits };
  if (data.length > lim.maxBytes) throw new SpreadsheetRefused(413, `${file}: the file is larger than the limit of ${lim.maxBytes} bytes`);
  if (data.includes(0)) throw new SpreadsheetRefused(400, `${file}: not a text CSV file (it holds binary data)`);
  const text = decode(data);
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false,
      to: lim.maxRowsPerSheet + 1,
    }) as string[][];
  } catch (e) {
    throw new SpreadsheetRefused(400, `${file}: not a readable CSV file (${(e as Error).message})`);
  }
  if (rows.length > lim.maxRowsPerSheet) throw new SpreadsheetRefused(413, `${file}: more than ${lim.maxRowsPerSheet} rows; at most ${lim.maxRowsPerSheet} rows per sheet are read`);
  return rowsTable(file, path.basename(file).replace(/\.csv$/i, ''), rows);
}
