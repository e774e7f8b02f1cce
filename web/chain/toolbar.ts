// The chain toolbar: find a participant, fit, outside suppliers, filters, exports.
import { clear, h } from '../dom.js';
import { formatNumber, parseNumber, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { isFiltered, noFilters, toggleStage, type ChainFilters } from './filters.js';

export type ExportKind = 'png' | 'svg' | 'json';

export interface ToolbarProps {
  participants: Array<{ id: string; label: string }>;
  stages: Array<{ id: string; name: string }>;
  products: Array<{ id: string; name: string }>;
  filters: ChainFilters;
  lang: Lang;
  onFind: (id: string) => void;
  onFit: () => void;
  onFilters: (f: ChainFilters) => void;
  onExport: (kind: ExportKind) => void;
}

/** The participant a typed text names: the exact name, else the first name containing it. */
export function findParticipant(list: Array<{ id: string; label: string }>, text: string): string | null {
  const q = text.trim().toLocaleLowerCase('ru');
  if (!q) return null;
  return (list.find((p) => p.label.toLocaleLowerCase('ru') === q) ?? list.find((p) => p.label.toLocaleLowerCase('ru').includes(q)))?.id ?? null;
}

export function renderToolbar(el: HTMLElement, p: ToolbarProps): void {
  const f = p.filters;
  const search = h('input', { type: 'search', list: 'participant-names', placeholder: t('chain.search'), 'aria-label': t('chain.search'), 'data-testid': 'chain-search' });
  const find = () => { const id = findParticipant(p.participants, search.value); if (id) p.onFind(id); };
  search.addEventListener('change', find);
  search.addEventListener('keydown', (e) => { if (e.key === 'Enter') find(); });
  const allStages = [...p.stages.map((s) => s.id), ''];
  const stageBoxes = [...p.stages, { id: '', name: t('chain.noStage') }].map((s) => {
    const box = h('input', { type: 'checkbox', checked: f.stages === null || f.stages.includes(s.id), 'data-stage': s.id });
    box.addEventListener('change', () => p.onFilters(toggleStage(f, s.id, allStages)));
    return h('label', { class: 'check' }, box, ` ${s.name}`);
  });
  const product = h('select', { 'data-testid': 'filter-product', 'aria-label': t('field.product') },
    h('option', { value: '' }, t('chain.allProducts')), p.products.map((x) => h('option', { value: x.id }, x.name)));
  product.value = f.product ?? '';
  product.addEventListener('change', () => p.onFilters({ ...f, product: product.value || null }));
  const minFlow = h('input', { type: 'text', inputmode: 'numeric', size: 12, 'data-testid': 'filter-min-flow', 'aria-label': t('chain.minFlow'),
    value: f.minFlow ? formatNumber(f.minFlow, p.lang) : '', placeholder: '0' });
  minFlow.addEventListener('change', () => p.onFilters({ ...f, minFlow: Math.max(0, parseNumber(minFlow.value) ?? 0) }));
  const outside = h('input', { type: 'checkbox', checked: f.showOutside, 'data-testid': 'toggle-outside' });
  outside.addEventListener('change', () => p.onFilters({ ...f, showOutside: outside.checked }));
  const button = (label: string, testid: string, onclick: () => void, title?: string) => h('button', { type: 'button', 'data-testid': testid, onclick, title }, label);
  const stagesOpen = el.querySelector('details.dropdown')?.hasAttribute('open') ?? false;
  clear(el,
    search, h('datalist', { id: 'participant-names' }, p.participants.map((x) => h('option', { value: x.label }))),
    button(t('chain.fit'), 'chain-fit', p.onFit),
    h('label', { class: 'check' }, outside, ` ${t('chain.outside')}`),
    h('details', { class: 'dropdown', open: stagesOpen, 'data-testid': 'filter-stages' }, h('summary', {}, t('chain.stages')), h('div', { class: 'dropdown-body' }, stageBoxes)),
    product,
    h('label', { class: 'inline' }, `${t('chain.minFlow')} `, minFlow),
    isFiltered(f) ? button(t('chain.resetFilters'), 'filters-reset', () => p.onFilters(noFilters())) : null,
    h('span', { class: 'spacer' }),
    h('span', { class: 'muted' }, `${t('export.title')}:`),
    button(t('export.png'), 'export-png', () => p.onExport('png')),
    button(t('export.svg'), 'export-svg', () => p.onExport('svg')),
    button(t('export.json'), 'export-json', () => p.onExport('json'), t('export.jsonTitle')));
}
