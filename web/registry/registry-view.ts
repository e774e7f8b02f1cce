// The registry at `/`: search as you type, filters by region and specialization, a compliance
// badge for clusters whose participants are in the data; each row opens its chain.
import { api, settle, type ClusterList, type ClusterListItem, type Facets, type Loaded } from '../api-client.js';
import { clear, debounce, h } from '../dom.js';
import { formatCount } from '../format.js';
import { getLang, t } from '../i18n.js';
import { getEdition } from '../prefs.js';
import { chainPath, navigate, type View } from '../router.js';
import { complianceBadge, complianceCell } from './compliance-badge.js';
import { canCompare, comparePath, MAX_COMPARED, storedSelection, storeSelection, toggleCompared } from '../compare/compare-state.js';
import { filtersFromSearch, page, PAGE_SIZE, searchOf, withFilter, type RegistryFilters } from './registry-state.js';

export function registryView(root: HTMLElement): View {
  let filters: RegistryFilters = filtersFromSearch(location.search);
  let facets: Facets | null = null;
  let list: Loaded<ClusterList> | null = null;
  let controller: AbortController | null = null;
  let disposed = false;
  // The «Сравнить» checkboxes: kept for the visit, so paging and searching do not lose them.
  let compared = storedSelection();
  const compareBar = h('div', { class: 'pager', 'data-testid': 'compare-bar' });

  const status = h('p', { class: 'muted', 'data-testid': 'registry-total', 'aria-live': 'polite' });
  const body = h('tbody');
  const pager = h('div', { class: 'pager' });
  const search = h('input', { type: 'search', class: 'search', 'data-testid': 'registry-search', autocomplete: 'off' });
  const region = h('select', { 'data-testid': 'registry-region' });
  const specialization = h('select', { 'data-testid': 'registry-specialization' });

  const update = (next: RegistryFilters) => {
    filters = next;
    history.replaceState(null, '', `/${searchOf(filters)}`);
    void load();
  };
  const typed = debounce(() => update(withFilter(filters, { q: search.value })), 200);
  search.addEventListener('input', typed);
  region.addEventListener('change', () => update(withFilter(filters, { region: region.value })));
  specialization.addEventListener('change', () => update(withFilter(filters, { specialization: specialization.value })));

  async function load(): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    const signal = controller.signal;
    const result = await settle(api.listClusters({ ...filters, limit: PAGE_SIZE }, signal));
    if (disposed || signal.aborted) return;
    list = result;
    renderRows();
  }

  function fillSelect(sel: HTMLSelectElement, all: string, options: string[], value: string) {
    clear(sel, h('option', { value: '' }, all), options.map((o) => h('option', { value: o }, o)));
    sel.value = value;
  }

  function row(item: ClusterListItem): HTMLTableRowElement {
    const lang = getLang();
    const href = chainPath(item.id);
    const box = h('input', { type: 'checkbox', checked: compared.includes(item.id), disabled: !compared.includes(item.id) && compared.length >= MAX_COMPARED,
      'aria-label': `${t('compare.checkbox')}: ${item.name}`, 'data-testid': `compare-${item.id}` });
    box.addEventListener('change', () => { compared = toggleCompared(compared, item.id); storeSelection(compared); renderRows(); });
    const tr = h('tr', { class: 'clickable', 'data-cluster': item.id },
      h('td', {}, box),
      h('td', {}, h('a', { href, 'data-link': true }, item.name)),
      h('td', {}, item.regions.join(', ')),
      h('td', {}, item.specialization ?? ''),
      h('td', { class: 'num' }, `${formatCount(item.declaredParticipants, lang)} / ${formatCount(item.participants, lang)}`),
      h('td', {}, item.participants > 0 ? complianceBadge(item.id, getEdition(), () => { if (!disposed) renderRows(); }) : h('span', { class: 'muted' }, t('registry.noData'))),
    );
    tr.addEventListener('click', (e) => { if (!(e.target as Element).closest('a, input, td:first-child')) navigate(href); });
    return tr;
  }

  function renderRows(): void {
    const lang = getLang();
    if (!list) { clear(status, t('app.loading')); return; }
    if (!list.ok) { clear(status, t('app.error', { msg: list.error.message })); clear(body); clear(pager); return; }
    const { items, total, offset } = list.value;
    clear(status, t('registry.total', { n: formatCount(total, lang) }));
    clear(body, items.length ? items.map(row) : h('tr', {}, h('td', { colspan: 6, class: 'muted' }, t('registry.empty'))));
    const prev = h('button', { type: 'button', disabled: offset === 0, onclick: () => update(page(filters, -1, total)) }, t('registry.prev'));
    const next = h('button', { type: 'button', disabled: offset + items.length >= total, onclick: () => update(page(filters, 1, total)) }, t('registry.next'));
    clear(pager, total > PAGE_SIZE ? [prev, h('span', {}, t('registry.range', { from: offset + 1, to: offset + items.length, n: total })), next] : []);
    clear(compareBar, compared.length ? [
      h('button', { type: 'button', disabled: !canCompare(compared), 'data-testid': 'compare-open', onclick: () => navigate(comparePath(compared)) }, t('compare.open', { n: compared.length })),
      h('button', { type: 'button', onclick: () => { compared = []; storeSelection(compared); renderRows(); } }, t('compare.clear'))] : []);
  }

  function render(): void {
    search.placeholder = t('registry.search');
    search.value = filters.q;
    search.setAttribute('aria-label', t('registry.search'));
    fillSelect(region, t('registry.allRegions'), facets?.regions ?? (filters.region ? [filters.region] : []), filters.region);
    fillSelect(specialization, t('registry.allSpecializations'), facets?.specializations ?? (filters.specialization ? [filters.specialization] : []), filters.specialization);
    const head = h('tr', {}, h('th', {}, t('compare.checkbox')),
      h('th', {}, t('registry.col.name')), h('th', {}, t('registry.col.regions')), h('th', {}, t('registry.col.specialization')),
      h('th', { class: 'num' }, t('registry.col.participants')), h('th', {}, complianceCell(getEdition())));
    clear(root, h('section', { class: 'registry' },
      h('h1', {}, t('registry.title')),
      h('div', { class: 'filters' }, search, region, specialization),
      status,
      h('table', { class: 'table', 'data-testid': 'registry-table' }, h('thead', {}, head), body),
      pager, compareBar));
    renderRows();
  }

  render();
  void load();
  void api.facets().then((f) => { if (!disposed) { facets = f; render(); } }).catch(() => { /* filters stay empty */ });
  return { render, dispose: () => { disposed = true; controller?.abort(); } };
}
