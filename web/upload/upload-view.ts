// The questionnaire upload page at /clusters/<id>/upload: drop or choose filled questionnaires,
// check them (the server's dry run), see every error by file and cell, then upload. State is plain
// data in upload-state.ts; this file only draws it and talks to the server through api-client.
import { api, surveyApi, surveyLinks, UploadRejected, type QuestionnaireProblem, type QuestionnaireResult } from '../api-client.js';
import { clear, h } from '../dom.js';
import { formatCount } from '../format.js';
import { getLang, t, type StringKey } from '../i18n.js';
import { chainPath, type View } from '../router.js';
import {
  acceptAttr, addFiles, busy, canCheck, canUpload, cellRef, countLines, emptyUpload, fileSizeKb, removeFile, settleCheck,
  settleUpload, showValue, startCheck, startUpload, type Outcome, type UploadState,
} from './upload-state.js';

async function outcome(p: Promise<QuestionnaireResult>): Promise<Outcome> {
  try {
    return { ok: true, result: await p };
  } catch (e) {
    return { ok: false, message: (e as Error).message, errors: e instanceof UploadRejected ? e.errors : [] };
  }
}

function problemTable(problems: readonly QuestionnaireProblem[], testid: string): HTMLElement {
  return h('table', { class: 'table compact problems', 'data-testid': testid },
    h('thead', {}, h('tr', {}, h('th', {}, t('upload.col.file')), h('th', {}, t('upload.col.cell')), h('th', {}, t('upload.col.value')), h('th', {}, t('upload.col.message')))),
    h('tbody', {}, problems.map((p) => h('tr', { 'data-cell': cellRef(p.sheet, p.cell) },
      h('td', {}, p.file), h('td', { class: 'cell-ref' }, cellRef(p.sheet, p.cell)), h('td', {}, showValue(p.value)), h('td', {}, p.message)))));
}

/** Which file was read as whose questionnaire, and how many rows of each sheet. */
function filesRead(r: QuestionnaireResult): HTMLElement | null {
  if (!r.files.length) return null;
  const lang = getLang();
  return h('ul', { class: 'upload-read small', 'data-testid': 'files-read' }, r.files.map((f) => h('li', { 'data-file': f.file },
    h('strong', {}, f.file), f.respondent ? ` — ${t('upload.respondent', { name: f.respondent.name })}` : '',
    f.sheets.length ? ` (${f.sheets.map((s) => t('upload.sheetRows', { sheet: s.sheet, n: formatCount(s.rows, lang) })).join('; ')})` : '')));
}

function counts(r: QuestionnaireResult, testid: string): HTMLElement {
  const lang = getLang();
  const lines = countLines(r);
  if (!lines.length) return h('p', { 'data-testid': testid }, t('upload.nothing'));
  const label = (key: string) => tryKey(`upload.count.${key}`) ?? key;
  return h('ul', { class: 'upload-counts', 'data-testid': testid }, lines.map((l) => h('li', { 'data-kind': l.key },
    h('strong', {}, label(l.key)), ': ',
    [l.created ? t('upload.created', { n: formatCount(l.created, lang) }) : '', l.updated ? t('upload.updated', { n: formatCount(l.updated, lang) }) : ''].filter(Boolean).join(', '))));
}

/** A record kind the server may add later still shows, under its own name. */
function tryKey(key: string): string | null {
  try { return t(key as StringKey); } catch { return null; }
}

export function uploadView(root: HTMLElement, id: string): View {
  let s: UploadState<File> = emptyUpload<File>();
  let clusterName: string | null = null;
  let disposed = false;

  const input = h('input', { type: 'file', multiple: true, accept: acceptAttr, class: 'file-input', 'data-testid': 'upload-input' });
  input.addEventListener('change', () => { update(addFiles(s, [...(input.files ?? [])])); input.value = ''; });
  const zone = h('div', { class: 'dropzone', 'data-testid': 'upload-dropzone' });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    update(addFiles(s, [...(e.dataTransfer?.files ?? [])]));
  });
  const listEl = h('div', { class: 'upload-files', 'data-testid': 'upload-files' });
  const buttonsEl = h('div', { class: 'upload-buttons' });
  const statusEl = h('div', { class: 'upload-status', 'aria-live': 'polite', 'data-testid': 'upload-status' });
  const headEl = h('header', { class: 'upload-head' });

  function update(next: UploadState<File>): void {
    s = next;
    if (!disposed) render();
  }

  async function check(): Promise<void> {
    if (!canCheck(s)) return;
    const files = s.files;
    update(startCheck(s));
    const o = await outcome(surveyApi.uploadQuestionnaires(id, files, true));
    if (disposed || s.files !== files) return; // the list changed meanwhile: that answer is about other files
    update(settleCheck(s, o));
  }

  async function upload(): Promise<void> {
    if (!canUpload(s)) return;
    const files = s.files;
    update(startUpload(s));
    const o = await outcome(surveyApi.uploadQuestionnaires(id, files, false));
    if (disposed) return;
    update(settleUpload(s, o));
  }

  function renderStatus(): void {
    const p = s.phase;
    switch (p.step) {
      case 'idle': clear(statusEl, s.files.length ? h('p', { class: 'muted' }, t('upload.checkFirst')) : null); break;
      case 'checking': clear(statusEl, h('p', { class: 'muted', 'data-testid': 'upload-busy' }, t('upload.checking'))); break;
      case 'uploading': clear(statusEl, h('p', { class: 'muted', 'data-testid': 'upload-busy' }, t('upload.uploading'))); break;
      case 'checked':
        clear(statusEl, h('div', { class: 'upload-ok', 'data-testid': 'upload-preview' }, h('p', {}, t('upload.preview')), counts(p.preview, 'preview-counts'), filesRead(p.preview)),
          warnings(p.preview));
        break;
      case 'done':
        clear(statusEl, h('div', { class: 'upload-ok', 'data-testid': 'upload-done' }, h('p', {}, t('upload.done')), counts(p.result, 'done-counts'), filesRead(p.result),
          h('a', { href: chainPath(id), 'data-link': true, 'data-testid': 'upload-to-chain' }, t('upload.toChain'))), warnings(p.result));
        break;
      case 'rejected':
        clear(statusEl, h('div', { class: 'upload-errors', 'data-testid': 'upload-errors' },
          h('p', { class: 'error' }, t('upload.errors', { n: p.errors.length })), h('p', { class: 'muted small' }, p.message), problemTable(p.errors, 'errors-table')));
        break;
      case 'failed': clear(statusEl, h('p', { class: 'error', 'data-testid': 'upload-failed' }, t('upload.failed', { msg: p.message }))); break;
    }
  }

  function warnings(r: QuestionnaireResult): HTMLElement | null {
    if (!r.warnings.length) return null;
    return h('details', { class: 'upload-warnings', open: true }, h('summary', {}, t('upload.warnings', { n: r.warnings.length })), problemTable(r.warnings, 'warnings-table'));
  }

  function render(): void {
    const lang = getLang();
    clear(headEl,
      h('a', { href: chainPath(id), 'data-link': true, class: 'back', 'data-testid': 'upload-back' }, t('upload.back')),
      h('h1', {}, t('upload.title'), clusterName ? h('span', { class: 'muted' }, ` — ${clusterName}`) : null),
      h('p', { class: 'muted' }, t('upload.hint'), ' ', h('a', { href: surveyLinks.questionnaire(id), download: '', 'data-testid': 'upload-template' }, t('survey.template'))));
    clear(zone, h('p', {}, t('upload.drop')), h('label', { class: 'button' }, t('upload.choose'), input));
    clear(listEl,
      h('h3', {}, t('upload.files', { n: s.files.length })),
      s.files.length
        ? h('ul', {}, s.files.map((f) => h('li', { 'data-file': f.name }, h('span', {}, f.name), h('span', { class: 'muted' }, ` ${formatCount(fileSizeKb(f.size), lang)} ${lang === 'ru' ? 'КБ' : 'KB'}`),
          h('button', { type: 'button', class: 'link', title: t('upload.remove'), 'aria-label': `${t('upload.remove')} ${f.name}`, disabled: busy(s), onclick: () => update(removeFile(s, f.name)) }, '×'))))
        : h('p', { class: 'muted' }, t('upload.noFiles')),
      s.skipped.map((name) => h('p', { class: 'error small' }, t('upload.skipped', { name }))));
    clear(buttonsEl,
      h('button', { type: 'button', 'data-testid': 'upload-check', disabled: !canCheck(s), onclick: () => void check() }, t('upload.check')),
      h('button', { type: 'button', class: 'primary', 'data-testid': 'upload-submit', disabled: !canUpload(s), onclick: () => void upload() }, t('upload.submit')));
    renderStatus();
    if (!root.contains(headEl)) clear(root, h('section', { class: 'upload-page' }, headEl, zone, listEl, buttonsEl, statusEl));
  }

  render();
  void api.profile(id).then((p) => { clusterName = p.name; if (!disposed) render(); }, () => { /* the page works without the name */ });
  return { render, dispose: () => { disposed = true; } };
}
