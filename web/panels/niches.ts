// Investment niches: products bought outside the cluster, ranked by unmet ₽ (the API's order).
import type { GapsAnswer, Loaded, SourcingAnswer } from '../api-client.js';
import { clear, h } from '../dom.js';
import { formatCountry, formatRub, formatRubCompact, formatShare, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { renderSourcing, sourcingUnavailable } from './sourcing.js';

export interface NichesProps {
  gaps: Loaded<GapsAnswer> | null;
  selected: string | null;
  lang: Lang;
  tag: HTMLElement | null;
  onPick: (product: string | null) => void;
  onCsv: () => void;
  /** Who could supply each niche (null while loading); cluster ids → names for its links. */
  sourcing?: Loaded<SourcingAnswer> | null;
  clusterNames?: ReadonlyMap<string, string>;
}

export function renderNiches(el: HTMLElement, p: NichesProps): void {
  if (!p.gaps) { clear(el, h('p', { class: 'muted' }, t('app.loading'))); return; }
  if (!p.gaps.ok) { clear(el, h('p', { class: 'muted' }, t('niches.unavailable', { msg: p.gaps.error.message }))); return; }
  const needs = p.gaps.value.unmetNeeds;
  const sourcing = p.sourcing?.ok ? new Map(p.sourcing.value.items.map((x) => [x.product.id, x])) : null;
  // A click on a candidate's cluster link opens that cluster; it does not pick the niche.
  const inLink = (e: Event) => !!(e.target as Element).closest?.('a, summary');
  const items = needs.map((n, i) => h('li', {
    class: `niche clickable${p.selected === n.product ? ' selected' : ''}`, 'data-product': n.product, tabindex: 0, role: 'button',
    'aria-pressed': String(p.selected === n.product),
    onclick: (e: Event) => { if (!inLink(e)) p.onPick(p.selected === n.product ? null : n.product); },
    onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter' && !inLink(e)) p.onPick(p.selected === n.product ? null : n.product); },
  },
    h('div', { class: 'niche-head' }, h('span', { class: 'rank' }, `${i + 1}.`), h('strong', {}, n.productName),
      h('span', { class: 'niche-unmet', title: formatRub(n.unmet, p.lang) }, formatRubCompact(n.unmet, p.lang))),
    h('div', { class: 'muted' },
      `${t('field.need')}: ${formatRubCompact(n.need, p.lang)} · ${t('field.covered')}: ${formatRubCompact(n.covered, p.lang)} · ` +
      `${t('field.importShare')}: ${formatShare(n.importShare, p.lang)}${n.countries.length ? ` (${n.countries.map((c) => formatCountry(c, p.lang)).join(', ')})` : ''}`),
    h('div', { class: 'niche-customers' }, `${t('niches.customers')}: `,
      n.customers.map((c) => `${c.name} — ${formatRubCompact(c.unmet, p.lang)}`).join('; ')),
    sourcing ? renderSourcing(sourcing.get(n.product), p.clusterNames ?? new Map(), p.lang) : null));
  clear(el,
    h('p', { class: 'muted' }, t('niches.hint')),
    p.sourcing && !p.sourcing.ok ? sourcingUnavailable(p.sourcing.error.message) : null,
    h('div', { class: 'panel-actions' }, p.tag, h('button', { type: 'button', 'data-testid': 'niches-csv', onclick: p.onCsv }, t('export.csv'))),
    needs.length ? h('ol', { class: 'niches', 'data-testid': 'niches-list' }, items) : h('p', { class: 'muted' }, t('niches.empty')));
}
