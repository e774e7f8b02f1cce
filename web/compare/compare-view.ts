// The comparison page at /compare?clusters=a,b,c: pick 2–10 clusters from the registry, see their
// measures side by side in a table and in small bar charts, export the table as CSV.
import { insightApi, settle, type ClusterListItem, type CompareAnswer, type Loaded } from '../api-client.js';
import { exportCsv } from '../chain/exports.js';
import { clear, h } from '../dom.js';
import { type Lang } from '../format.js';
import { getLang, t } from '../i18n.js';
import { statusBadge, type Verdict } from '../registry/compliance-badge.js';
import { chainPath, type View } from '../router.js';
import { barChart } from './bar-chart.js';
import { registryClusters } from './cluster-names.js';
import { canCompare, comparedFromSearch, comparePath, MAX_COMPARED, toggleCompared } from './compare-state.js';
import { compareCsv, compareRows, formatCell } from './rows.js';

/** The registry cluster a typed text names: its exact name, else the only name containing it. */
export function findCluster(list: readonly ClusterListItem[], text: string): ClusterListItem | null {
  const q = text.trim().toLocaleLowerCase('ru');
  if (!q) return null;
  const exact = list.find((c) => c.name.toLocaleLowerCase('ru') === q || c.id === text.trim());
  if (exact) return exact;
  const partial = list.filter((c) => c.name.toLocaleLowerCase('ru').includes(q));
  return partial.length === 1 ? partial[0]! : null;
}

export function compareView(root: HTMLElement): View {
  let ids = comparedFromSearch(location.search);
  let registry: ClusterListItem[] = [];
  let answer: Loaded<CompareAnswer> | null = null;
  let seq = 0;
  let disposed = false;
  let note = '';

  const pickerEl = h('div', { class: 'compare-picker' });
  const bodyEl = h('div', { class: 'compare-body', 'data-testid': 'compare-body' });

  const nameOf = (id: string) => registry.find((c) => c.id === id)?.name ?? (answer?.ok ? answer.value.clusters.find((c) => c.id === id)?.name : undefined) ?? id;

  function setIds(next: string[]): void {
    ids = next;
    history.replaceState(null, '', comparePath(ids));
    void load();
  }

  async function load(): Promise<void> {
    const mine = ++seq;
    answer = null;
    render();
    if (!canCompare(ids)) return;
    const r = await settle(insightApi.compare(ids));
    if (disposed || mine !== seq) return;
    answer = r;
    render();
  }

  function renderPicker(lang: Lang): void {
    const input = h('input', { type: 'search', list: 'compare-clusters', placeholder: t('compare.pick'), 'aria-label': t('compare.pick'), 'data-testid': 'compare-pick', size: 48 });
    const add = () => {
      const found = findCluster(registry, input.value);
      if (!found) { note = input.value.trim() ? t('compare.unknownCluster', { q: input.value.trim() }) : ''; renderPicker(lang); return; }
      note = ids.length >= MAX_COMPARED && !ids.includes(found.id) ? t('compare.full') : '';
      if (!ids.includes(found.id)) setIds(toggleCompared(ids, found.id)); else renderPicker(lang);
    };
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') add(); });
    input.addEventListener('change', () => { if (findCluster(registry, input.value)) add(); });
    const chips = ids.map((id) => h('span', { class: 'chip', 'data-cluster': id }, nameOf(id),
      h('button', { type: 'button', class: 'link', 'aria-label': t('compare.remove', { name: nameOf(id) }), title: t('compare.remove', { name: nameOf(id) }),
        'data-testid': `compare-remove-${id}`, onclick: () => setIds(toggleCompared(ids, id)) }, '×')));
    clear(pickerEl,
      h('div', { class: 'filters' }, input, h('datalist', { id: 'compare-clusters' }, registry.filter((c) => !ids.includes(c.id)).map((c) => h('option', { value: c.name }))),
        h('button', { type: 'button', 'data-testid': 'compare-add', onclick: add, disabled: ids.length >= MAX_COMPARED }, t('compare.add')),
        h('span', { class: 'spacer' }),
        h('button', { type: 'button', 'data-testid': 'compare-csv', disabled: !answer?.ok, onclick: onCsv }, t('export.csv'))),
      h('div', { class: 'chips', 'data-testid': 'compare-chips' }, chips),
      h('p', { class: note ? 'error' : 'muted', 'aria-live': 'polite' }, note || (canCompare(ids) ? '' : t('compare.hint'))));
  }

  function onCsv(): void {
    if (answer?.ok) exportCsv(compareCsv(answer.value.clusters, getLang()), `compare-${ids.join('-')}.csv`);
  }

  function renderBody(lang: Lang): void {
    if (!canCompare(ids)) { clear(bodyEl); return; }
    if (!answer) { clear(bodyEl, h('p', { class: 'muted' }, t('app.loading'))); return; }
    if (!answer.ok) { clear(bodyEl, h('p', { class: 'error', 'data-testid': 'compare-error' }, t('compare.unavailable', { msg: answer.error.message }))); return; }
    const clusters = answer.value.clusters;
    const rows = compareRows(clusters);
    const head = h('tr', {}, h('th', {}, t('compare.measure')),
      clusters.map((c) => h('th', { class: 'num', 'data-cluster': c.id }, h('a', { href: chainPath(c.id), 'data-link': true }, c.name))));
    const body = rows.map((row) => h('tr', { 'data-row': row.key, class: row.sub ? 'sub' : '' },
      h('th', { scope: 'row' }, row.label(lang)),
      clusters.map((c) => {
        const v = row.value(c);
        if (row.kind === 'status' && typeof v === 'string') return h('td', { class: 'num' }, statusBadge(v as Verdict));
        return h('td', { class: row.kind === 'text' ? '' : 'num' }, formatCell(row, v, lang));
      })));
    const charts = rows.filter((r) => r.bar).map((row) => h('figure', { class: 'bar-card', 'data-chart': row.key },
      h('figcaption', {}, row.label(lang)),
      barChart(clusters.map((c) => ({ label: c.name, value: row.value(c) as number | null })), (v) => formatCell(row, v, lang))));
    clear(bodyEl,
      h('div', { class: 'compare-table-wrap' }, h('table', { class: 'table compact compare-table', 'data-testid': 'compare-table' }, h('thead', {}, head), h('tbody', {}, body))),
      h('h2', {}, t('compare.charts')),
      h('div', { class: 'bar-grid', 'data-testid': 'compare-charts' }, charts));
  }

  function render(): void {
    const lang = getLang();
    if (!root.contains(pickerEl)) clear(root, h('section', { class: 'compare' }, h('h1', {}, t('compare.title')), pickerEl, bodyEl));
    else root.querySelector('.compare h1')!.textContent = t('compare.title');
    renderPicker(lang);
    renderBody(lang);
  }

  void load();
  void registryClusters().then((list) => { if (!disposed) { registry = list; render(); } }).catch(() => { /* the picker stays empty; typed ids still work */ });
  return { render, dispose: () => { disposed = true; } };
}
