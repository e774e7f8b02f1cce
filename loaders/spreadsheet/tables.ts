// One view of a sheet for the importer, whether it came from an .xlsx worksheet or a CSV file:
// values as the person sees them (cellValue), 1-based rows and columns as Excel numbers them.
import type ExcelJS from 'exceljs';
import { cellValue } from './cells.js';

export interface Table {
  file: string;
  sheet: string;
  rowCount: number;
  columnCount: number;
  value(row: number, col: number): unknown;
  /** True for a cell inside a merged range (a group header spanning several columns). */
  merged(row: number, col: number): boolean;
}

export function worksheetTable(file: string, ws: ExcelJS.Worksheet): Table {
  return {
    file,
    sheet: ws.name,
    rowCount: ws.rowCount,
    columnCount: ws.columnCount,
    value: (r, c) => cellValue(ws.getRow(r).getCell(c)),
    merged: (r, c) => ws.getRow(r).getCell(c).isMerged,
  };
}

export function rowsTable(file: string, sheet: string, rows: unknown[][]): Table {
  return {
    file,
    sheet,
    rowCount: rows.length,
    columnCount: rows.reduce((m, r) => Math.max(m, r.length), 0),
    value: (r, c) => {
      const v = rows[r - 1]?.[c - 1];
      return typeof v === 'string' && v.trim() === '' ? null : v ?? null;
    },
    merged: () => false,
  };
}
