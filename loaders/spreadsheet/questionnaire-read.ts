// One uploaded file (a questionnaire workbook, a workbook re-saved by another office suite, or a CSV
// table) read into rows of typed values that remember their cells. Nothing here knows the graph.
import { cellText, parseInteger } from './cells.js';
import { readCsv } from './csv.js';
import { META_SHEET, sheetLayouts, TEMPLATE_ID, TEMPLATE_VERSION, type SheetLayout } from './questionnaire-layout.js';
import { findHeader, readRows, type ParsedRow } from './sheet-reader.js';
import { rowsTable, worksheetTable, type Table } from './tables.js';
import { cellAddress, readWorkbook, SpreadsheetRefused, type CellProblem, type WorkbookLimits } from './workbook.js';

export interface ParsedSheet { layout: SheetLayout; table: Table; headerRow: number; rows: ParsedRow[] }
export interface ParsedFile {
  file: string;
  meta: { version?: number; cluster?: string; org?: string; year?: number };
  sheets: ParsedSheet[];
  problems: CellProblem[];
}

export async function readQuestionnaireFile(file: string, data: Buffer, limits: Partial<WorkbookLimits> = {}): Promise<ParsedFile> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.csv')) return readTables(file, [readCsv(data, file, limits)], {});
  if (!lower.endsWith('.xlsx')) throw new SpreadsheetRefused(400, `${file}: expected an .xlsx workbook or a .csv file`);
  const wb = await readWorkbook(data, file, limits);
  const metaSheet = wb.getWorksheet(META_SHEET);
  const meta: ParsedFile['meta'] = {};
  const problems: CellProblem[] = [];
  if (metaSheet) {
    const t = worksheetTable(file, metaSheet);
    const get = (key: string) => {
      for (let r = 1; r <= t.rowCount; r++) if (cellText(t.value(r, 1)) === key) return t.value(r, 2);
      return null;
    };
    const version = parseInteger(get('version'));
    if (cellText(get('template')) !== TEMPLATE_ID || typeof version !== 'number') {
      problems.push({ file, sheet: META_SHEET, cell: cellAddress(META_SHEET, 1, 2), value: get('template'), message: 'the hidden sheet does not describe a questionnaire template; download a fresh form' });
    } else if (version !== TEMPLATE_VERSION) {
      problems.push({
        file, sheet: META_SHEET, cell: cellAddress(META_SHEET, 2, 2), value: version,
        message: `this form is template version ${version}; the current version is ${TEMPLATE_VERSION}: download a fresh form and copy the answers into it`,
      });
    }
    meta.version = typeof version === 'number' ? version : undefined;
    meta.cluster = cellText(get('cluster')) ?? undefined;
    meta.org = cellText(get('org')) ?? undefined;
    const year = parseInteger(get('year'));
    meta.year = typeof year === 'number' ? year : undefined;
  }
  const tables = wb.worksheets.filter((ws) => ws.name !== META_SHEET && ws.state === 'visible').map((ws) => worksheetTable(file, ws));
  const parsed = readTables(file, tables, meta);
  return { ...parsed, problems: [...problems, ...parsed.problems] };
}

/** Each table is the layout its name says, else the one its header row matches best. */
function readTables(file: string, tables: Table[], meta: ParsedFile['meta']): ParsedFile {
  const sheets: ParsedSheet[] = [];
  const problems: CellProblem[] = [];
  const used = new Set<SheetLayout['kind']>();
  for (const table of tables) {
    const byName = sheetLayouts.find((l) => l.name.toLowerCase() === table.sheet.trim().toLowerCase());
    const candidates = (byName ? [byName] : sheetLayouts.filter((l) => !used.has(l.kind)))
      .map((layout) => ({ layout, header: findHeader(table, layout) }))
      .filter((c) => c.header !== null)
      .sort((a, b) => b.header!.columns.length - a.header!.columns.length);
    const best = candidates[0];
    if (!best?.header) {
      if (byName) problems.push({ file, sheet: table.sheet, cell: cellAddress(table.sheet, 1, 1), value: table.value(1, 1), message: `no header row: expected the column titles of «${byName.name}» (${byName.columns.filter((c) => !c.standalone).map((c) => c.header).join(', ')})` });
      continue;
    }
    used.add(best.layout.kind);
    const { rows, problems: cellProblems } = readRows(table, best.header);
    problems.push(...cellProblems);
    sheets.push({ layout: best.layout, table, headerRow: best.header.row, rows });
  }
  if (!sheets.length) {
    const first = tables[0] ?? rowsTable(file, file, []);
    problems.push({ file, sheet: first.sheet, cell: cellAddress(first.sheet, 1, 1), value: first.value(1, 1), message: 'no questionnaire table found: expected the sheets «Организация», «Продажи», «Закупки» or a table with their column titles' });
  }
  return { file, meta, sheets, problems };
}
