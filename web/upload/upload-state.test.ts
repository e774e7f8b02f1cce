import { describe, expect, it } from 'vitest';
import type { QuestionnaireProblem, QuestionnaireResult } from '../api-client.js';
import {
  addFiles, canCheck, canUpload, cellRef, countLines, emptyUpload, isQuestionnaireFile, removeFile, settleCheck, settleUpload,
  showValue, sortProblems, startCheck, startUpload,
} from './upload-state.js';

const file = (name: string, size = 2048) => ({ name, size });
const result = (over: Partial<QuestionnaireResult> = {}): QuestionnaireResult => ({
  dryRun: true, created: { organizations: 1, supplies: 2, needs: 0 }, updated: { organizations: 0, supplies: 1 }, warnings: [], files: [], ...over,
});
const problem = (file: string, sheet: string, cell: string, message = 'bad'): QuestionnaireProblem => ({ file, sheet, cell, value: 'x', message });

describe('questionnaire file list', () => {
  it('accepts .xlsx and .csv in any letter case and skips the rest with their names', () => {
    expect(isQuestionnaireFile('Анкета Арнест.XLSX')).toBe(true);
    expect(isQuestionnaireFile('поставки.csv')).toBe(true);
    expect(isQuestionnaireFile('анкета.xls')).toBe(false);
    const s = addFiles(emptyUpload(), [file('a.xlsx'), file('photo.png'), file('b.csv'), file('old.xls')]);
    expect(s.files.map((f) => f.name)).toEqual(['a.xlsx', 'b.csv']);
    expect(s.skipped).toEqual(['photo.png', 'old.xls']);
  });

  it('replaces a file dropped again under the same name (the corrected questionnaire)', () => {
    let s = addFiles(emptyUpload(), [file('a.xlsx', 100), file('b.xlsx')]);
    s = addFiles(s, [file('a.xlsx', 900)]);
    expect(s.files).toEqual([file('a.xlsx', 900), file('b.xlsx')]);
  });

  it('forgets the last check whenever the list changes: the preview was about other files', () => {
    let s = addFiles(emptyUpload(), [file('a.xlsx'), file('b.xlsx')]);
    s = settleCheck(startCheck(s), { ok: true, result: result() });
    expect(canUpload(s)).toBe(true);
    expect(canUpload(removeFile(s, 'b.xlsx'))).toBe(false);
    expect(removeFile(s, 'b.xlsx').files.map((f) => f.name)).toEqual(['a.xlsx']);
    expect(canUpload(addFiles(s, [file('c.csv')]))).toBe(false);
  });
});

describe('check, then upload', () => {
  it('needs files to check and a passed check to upload; nothing is possible while busy', () => {
    const empty = emptyUpload();
    expect(canCheck(empty)).toBe(false);
    const s = addFiles(empty, [file('a.xlsx')]);
    expect(canCheck(s)).toBe(true);
    expect(canUpload(s)).toBe(false);
    const checking = startCheck(s);
    expect(canCheck(checking)).toBe(false);
    expect(startUpload(s)).toBe(s); // no upload without a check
  });

  it('keeps the preview while uploading and empties the list after a successful upload', () => {
    const preview = result();
    let s = settleCheck(startCheck(addFiles(emptyUpload(), [file('a.xlsx')])), { ok: true, result: preview });
    s = startUpload(s);
    expect(s.phase).toEqual({ step: 'uploading', preview });
    const done = result({ dryRun: false });
    s = settleUpload(s, { ok: true, result: done });
    expect(s.files).toEqual([]);
    expect(s.phase).toEqual({ step: 'done', result: done });
  });

  it('lists a rejection’s problems in the order a person fixes them, and keeps the files to fix', () => {
    const s = settleCheck(startCheck(addFiles(emptyUpload(), [file('b.xlsx'), file('a.xlsx')])), {
      ok: false, message: '4 errors; nothing was written',
      errors: [problem('b.xlsx', 'Поставки', 'D12'), problem('a.xlsx', 'Поставки', 'D12'), problem('a.xlsx', 'Поставки', 'AA9'), problem('a.xlsx', 'Поставки', 'C9')],
    });
    expect(s.files).toHaveLength(2);
    expect(s.phase.step).toBe('rejected');
    if (s.phase.step !== 'rejected') return;
    expect(s.phase.errors.map((e) => `${e.file} ${e.cell}`)).toEqual(['a.xlsx C9', 'a.xlsx AA9', 'a.xlsx D12', 'b.xlsx D12']);
    expect(s.phase.message).toBe('4 errors; nothing was written');
  });

  it('reports a failure without cell errors (network, 413, 404) as a plain message', () => {
    const s = settleUpload(startUpload(settleCheck(addFiles(emptyUpload(), [file('a.xlsx')]), { ok: true, result: result() })),
      { ok: false, message: 'the request body is larger than the limit', errors: [] });
    expect(s.phase).toEqual({ step: 'failed', message: 'the request body is larger than the limit' });
    expect(s.files).toHaveLength(1);
  });
});

describe('error table cells', () => {
  it('names the sheet and cell as a spreadsheet does', () => {
    expect(cellRef('Поставки', 'D12')).toBe('Поставки!D12');
    expect(cellRef('Сведения о предприятии', 'B3')).toBe("'Сведения о предприятии'!B3");
    expect(cellRef("It's", 'A1')).toBe("'It''s'!A1");
    expect(cellRef('Поставки', null)).toBe('Поставки');
    expect(cellRef('Поставки', 'Поставки!D12')).toBe('Поставки!D12');
    expect(cellRef(null, null)).toBe('—');
  });

  it('sorts cells without a reference after those with one, keeping their order', () => {
    const sorted = sortProblems([problem('a', 'S', '', 'first'), problem('a', 'S', 'S!B2'), problem('a', 'S', '', 'second')]);
    expect(sorted.map((p) => p.cell || p.message)).toEqual(['S!B2', 'first', 'second']);
  });

  it('shows values as text, a missing value as a dash', () => {
    expect(showValue('ООО «Ромашка»')).toBe('ООО «Ромашка»');
    expect(showValue(1.5)).toBe('1.5');
    expect(showValue(null)).toBe('—');
    expect(showValue('')).toBe('—');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
  });

  it('counts only record kinds that change, created and updated side by side', () => {
    expect(countLines(result())).toEqual([
      { key: 'organizations', created: 1, updated: 0 },
      { key: 'supplies', created: 2, updated: 1 },
    ]);
    expect(countLines({ created: { supplies: 0 }, updated: {} })).toEqual([]);
  });
});
