// Filled questionnaires (one or many .xlsx / .csv files) → one cluster-dataset/1 document → the same
// validation and the same single transaction as every import. Any invalid file: nothing is written,
// and every error names its file, sheet and cell.
import type { Engine } from '../../api/engine/index.js';
import { checkDataset, DatasetInvalid, importDataset, type ImportResult } from '../import.js';
import { knownOrgs, knownProducts, surveyWaves } from './lookups.js';
import { buildDataset, type FileSummary, type Origin } from './questionnaire-build.js';
import { readQuestionnaireFile, type ParsedFile } from './questionnaire-read.js';
import { defaultLimits, SpreadsheetRefused, type CellProblem, type WorkbookLimits } from './workbook.js';

export interface UploadedFile { name: string; data: Buffer }
export interface QuestionnaireResult {
  dryRun: boolean;
  created: ImportResult['created'];
  updated: ImportResult['updated'];
  warnings: CellProblem[];
  files: FileSummary[];
}

/** Every problem of an upload, each at its cell; nothing of the upload was written. */
export class QuestionnaireInvalid extends Error {
  constructor(readonly errors: CellProblem[], readonly warnings: CellProblem[] = []) {
    super(`the questionnaire upload has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written`);
    this.name = 'QuestionnaireInvalid';
  }
}

export interface ImportOptions { dryRun?: boolean; limits?: Partial<WorkbookLimits>; today?: string }

export async function importQuestionnaires(engine: Engine, cluster: string, uploads: UploadedFile[], opts: ImportOptions = {}): Promise<QuestionnaireResult> {
  const limits = { ...defaultLimits, ...opts.limits };
  if (!uploads.length) throw new SpreadsheetRefused(400, 'no file: send one or more .xlsx or .csv questionnaires');
  if (uploads.length > limits.maxFiles) throw new SpreadsheetRefused(413, `${uploads.length} files; at most ${limits.maxFiles} per upload`);
  const parsed: ParsedFile[] = [];
  for (const u of uploads) parsed.push(await readQuestionnaireFile(u.name, u.data, limits));
  const problems = parsed.flatMap((p) => p.problems);
  const warnings: CellProblem[] = [];
  for (const p of parsed) {
    if (p.meta.cluster && p.meta.cluster !== cluster) {
      warnings.push({ file: p.file, sheet: 'Служебный', cell: '', value: p.meta.cluster, message: `the form was made for cluster "${p.meta.cluster}" and is imported into "${cluster}"` });
    }
  }
  if (problems.length) throw new QuestionnaireInvalid(problems, warnings);

  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const known = {
    orgs: (await engine.read(knownOrgs, { cluster })).map((o) => ({
      id: o.id as string, name: o.name as string, inn: (o.inn as string | null) ?? null, country: (o.country as string | null) ?? null,
      kind: (o.kind as string | null) ?? null, region: (o.region as string | null) ?? null,
      priorityTerritory: (o.priorityTerritory as boolean | null) ?? null, participant: Number(o.participant) > 0,
    })),
    products: (await engine.read(knownProducts, {})).map((p) => ({ id: p.id as string, name: p.name as string, okpd2: (p.okpd2 as string | null) ?? null, unit: (p.unit as string | null) ?? null })),
    waves: new Map((await engine.read(surveyWaves, { cluster })).map((w) => [w.org as string, Number(w.wave)])),
  };
  const built = buildDataset(parsed, known, cluster, today);
  warnings.push(...built.warnings);
  if (built.problems.length) throw new QuestionnaireInvalid(built.problems, warnings);

  // A dry run runs the import's own checks and counts through reads only, never a rolled-back import:
  // kuzu 0.11.3 can fail or crash on later writes to rows a rolled-back transaction updated (engine-notes.md).
  let result: ImportResult;
  try {
    result = await (opts.dryRun ? checkDataset : importDataset)(engine, built.doc);
  } catch (e) {
    if (e instanceof DatasetInvalid) {
      throw new QuestionnaireInvalid(e.errors.map((p) => atCell(p, built.origins)), [...warnings, ...e.warnings.map((p) => atCell(p, built.origins))]);
    }
    throw e;
  }
  return {
    dryRun: !!opts.dryRun, created: result.created, updated: result.updated,
    warnings: [...warnings, ...result.warnings.map((p) => atCell(p, built.origins))], files: built.files,
  };
}

/** A dataset problem at `supplies[3].value` → the cell it came from; the nearest recorded parent otherwise. */
export function atCell(p: { path: string; message: string; value?: unknown }, origins: Map<string, Origin>): CellProblem {
  for (let path = p.path; path; path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const o = origins.get(path);
    if (o) return { file: o.file, sheet: o.sheet, cell: o.cell, value: path === p.path ? o.value : p.value ?? o.value, message: p.message, path: p.path };
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(path)) break;
  }
  return { file: '', sheet: '', cell: '', value: p.value, message: p.message, path: p.path };
}
