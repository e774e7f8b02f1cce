// POST /api/datasets with an .xlsx body: the guarded reader, the workbook → document conversion, the
// import pipeline, and every problem mapped back from its JSON path to the sheet and cell to fix.
import type { Problem } from '../../graph-schema/index.js';
import type { Engine } from '../../api/engine/index.js';
import { DatasetInvalid, datasetErrors, importDataset, type ImportResult } from '../import.js';
import { readDatasetWorkbook, type WorkbookDocument } from './dataset-workbook-read.js';
import { readWorkbook, type CellProblem, type WorkbookLimits } from './workbook.js';

/** A workbook whose cells break the format: every problem at its cell, nothing written. */
export class WorkbookInvalid extends Error {
  constructor(readonly errors: CellProblem[], readonly warnings: CellProblem[]) {
    super(`the workbook has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written: ${errors.slice(0, 3).map((e) => `${e.cell}: ${e.message}`).join('; ')}${errors.length > 3 ? '; …' : ''}`);
    this.name = 'WorkbookInvalid';
  }
}

export interface WorkbookImportResult extends Omit<ImportResult, 'warnings'> { warnings: CellProblem[] }

export async function importDatasetWorkbook(engine: Engine, data: Buffer, file: string, limits: Partial<WorkbookLimits> = {}): Promise<WorkbookImportResult> {
  const read = readDatasetWorkbook(await readWorkbook(data, file, limits), file);
  const atCell = (p: Problem) => toCell(read, file, p);
  if (read.problems.length) {
    // Unreadable cells: the rest of the document is still checked (reads only), so one answer lists all.
    // Errors at a bad cell's own path are that cell's, already said better by the reader.
    const bad = new Set(read.problems.map((p) => p.path).filter(Boolean));
    const others = (await datasetErrors(engine, read.doc)).filter((e) => !bad.has(e.path));
    throw new WorkbookInvalid([...read.problems, ...others.map(atCell)], []);
  }
  try {
    const result = await importDataset(engine, read.doc);
    return { ...result, warnings: result.warnings.map(atCell) };
  } catch (e) {
    if (e instanceof DatasetInvalid) throw new WorkbookInvalid(e.errors.map(atCell), e.warnings.map(atCell));
    throw e;
  }
}

function toCell(read: WorkbookDocument, file: string, p: Problem): CellProblem {
  const ref = read.cellOf(p.path);
  const exact = ref?.exact === true && ref.value !== null;
  return {
    file,
    sheet: ref?.sheet ?? 'dataset',
    cell: ref?.cell ?? 'dataset!A1',
    // What the cell shows when the problem is that cell's value, else the problem's own value (a key, a list).
    value: exact ? ref.value : p.value ?? null,
    message: p.message,
    path: p.path,
  };
}
