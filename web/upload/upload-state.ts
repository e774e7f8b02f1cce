// The questionnaire upload page as plain data: which files are chosen, where the check/upload
// workflow stands, and the server's answer turned into rows a person can act on.
import type { QuestionnaireProblem, QuestionnaireResult } from '../api-client.js';

/** What the page needs of a chosen file; a browser File has both (tests use plain objects). */
export interface FileLike { name: string; size: number }

export type Phase =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'checked'; preview: QuestionnaireResult }
  | { step: 'uploading'; preview: QuestionnaireResult }
  | { step: 'done'; result: QuestionnaireResult }
  | { step: 'rejected'; errors: QuestionnaireProblem[]; message: string }
  | { step: 'failed'; message: string };

export interface UploadState<F extends FileLike = FileLike> {
  files: F[];
  /** Names of dropped files that are not questionnaires, to say why they were left out. */
  skipped: string[];
  phase: Phase;
}

export const emptyUpload = <F extends FileLike>(): UploadState<F> => ({ files: [], skipped: [], phase: { step: 'idle' } });

const ACCEPTED = /\.(xlsx|csv)$/i;
export const acceptAttr = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

export function isQuestionnaireFile(name: string): boolean {
  return ACCEPTED.test(name.trim());
}

/**
 * Adds files; one with the name of a chosen file replaces it (a corrected questionnaire dropped
 * again). Any change of the file list forgets the last check: it was about other files.
 */
export function addFiles<F extends FileLike>(s: UploadState<F>, incoming: readonly F[]): UploadState<F> {
  const files = [...s.files];
  const skipped: string[] = [];
  for (const f of incoming) {
    if (!isQuestionnaireFile(f.name)) { skipped.push(f.name); continue; }
    const i = files.findIndex((x) => x.name === f.name);
    if (i >= 0) files[i] = f; else files.push(f);
  }
  if (!incoming.length) return s;
  return { files, skipped, phase: { step: 'idle' } };
}

export function removeFile<F extends FileLike>(s: UploadState<F>, name: string): UploadState<F> {
  return { files: s.files.filter((f) => f.name !== name), skipped: [], phase: { step: 'idle' } };
}

export const busy = (s: UploadState) => s.phase.step === 'checking' || s.phase.step === 'uploading';
export const canCheck = (s: UploadState) => s.files.length > 0 && !busy(s);
/** Upload only what passed the dry run: the preview the user saw is what gets written. */
export const canUpload = (s: UploadState) => s.phase.step === 'checked' && s.files.length > 0;

export function startCheck<F extends FileLike>(s: UploadState<F>): UploadState<F> {
  return { ...s, phase: { step: 'checking' } };
}

export function startUpload<F extends FileLike>(s: UploadState<F>): UploadState<F> {
  return s.phase.step === 'checked' ? { ...s, phase: { step: 'uploading', preview: s.phase.preview } } : s;
}

/** The server's answer to a check (dryRun) or an upload. */
export type Outcome =
  | { ok: true; result: QuestionnaireResult }
  | { ok: false; message: string; errors: QuestionnaireProblem[] };

export function settleCheck<F extends FileLike>(s: UploadState<F>, o: Outcome): UploadState<F> {
  if (o.ok) return { ...s, phase: { step: 'checked', preview: o.result } };
  return { ...s, phase: failure(o) };
}

/** After a successful upload the files are done with: the list empties for the next batch. */
export function settleUpload<F extends FileLike>(s: UploadState<F>, o: Outcome): UploadState<F> {
  if (o.ok) return { files: [], skipped: [], phase: { step: 'done', result: o.result } };
  return { ...s, phase: failure(o) };
}

function failure(o: Extract<Outcome, { ok: false }>): Phase {
  return o.errors.length ? { step: 'rejected', errors: sortProblems(o.errors), message: o.message } : { step: 'failed', message: o.message };
}

/**
 * «Поставки!D12»; a sheet name with spaces or punctuation is quoted as spreadsheets write it
 * (the same rule as loaders/spreadsheet). A cell the server already gave with its sheet stays as is.
 */
export function cellRef(sheet: string | null | undefined, cell: string | null | undefined): string {
  if (cell?.includes('!')) return cell;
  const quoted = sheet && !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  if (quoted && cell) return `${quoted}!${cell}`;
  return quoted || cell || '—';
}

/** Column letters and row number of «D12», for sorting cells in reading order (D9 before D12). */
function cellKey(cell: string | null | undefined): [number, number] {
  const m = /\$?([A-Z]+)\$?(\d+)$/i.exec(cell ?? '');
  if (!m) return [Infinity, Infinity];
  const col = [...m[1]!.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

/** Problems by file, then sheet, then row and column: the order a person fixes them in. */
export function sortProblems(problems: readonly QuestionnaireProblem[]): QuestionnaireProblem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => {
    const [ra, ca] = cellKey(a.p.cell);
    const [rb, cb] = cellKey(b.p.cell);
    return (a.p.file ?? '').localeCompare(b.p.file ?? '', 'ru') || (a.p.sheet ?? '').localeCompare(b.p.sheet ?? '', 'ru')
      || ra - rb || ca - cb || a.i - b.i;
  }).map((x) => x.p);
}

/** A cell value as the error table shows it: text as is, other values as JSON, nothing as «—». */
export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  try { return JSON.stringify(v); } catch { return String(v); }
}

export interface CountLine { key: string; created: number; updated: number }

/** Record kinds the answer touches (non-zero created or updated), in the answer's order. */
export function countLines(r: Pick<QuestionnaireResult, 'created' | 'updated'>): CountLine[] {
  const keys = [...new Set([...Object.keys(r.created), ...Object.keys(r.updated)])];
  return keys.map((key) => ({ key, created: r.created[key] ?? 0, updated: r.updated[key] ?? 0 }))
    .filter((l) => l.created > 0 || l.updated > 0);
}

/** File size for the list: «12 КБ» style, one place so the list and tests agree. */
export function fileSizeKb(size: number): number {
  return Math.max(1, Math.round(size / 1024));
}
