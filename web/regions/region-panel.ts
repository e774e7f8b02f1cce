// The side panel of one region: its figures and rating, its clusters (links to their chains) and
// the supplies between clusters that cross its border.
import type { Loaded, RegionAnswer, RegionRow } from '../api-client.js';
import { clear, h } from '../dom.js';
import { formatCount, formatRub, formatRubCompact, formatShare, formatYear, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { chainPath } from '../router.js';

export interface RegionPanelProps {
  name: string;
  row: RegionRow | undefined;
  answer: Loaded<RegionAnswer> | null;
  lang: Lang;
  onClose: () => void;
}

const fact = (label: string, value: string) => [h('dt', {}, label), h('dd', {}, value)];

export function renderRegionPanel(el: HTMLElement, p: RegionPanelProps): void {
  const { lang, row } = p;
  const close = h('button', { type: 'button', class: 'link', 'aria-label': t('regions.close'), title: t('regions.close'), onclick: p.onClose, 'data-testid': 'region-close' }, '×');
  const head = h('div', { class: 'panel-actions' }, h('h3', { 'data-testid': 'region-name' }, p.name), close);
  const a = p.answer;
  if (!a) { clear(el, head, h('p', { class: 'muted' }, t('app.loading'))); return; }
  if (!a.ok) { clear(el, head, h('p', { class: 'error' }, a.error.status === 404 ? t('regions.unknown', { name: p.name }) : t('app.error', { msg: a.error.message }))); return; }
  const r = a.value;
  const rating = r.rating;
  const facts = h('dl', { class: 'facts' },
    row ? [
      ...fact(t('regions.measure.clusters'), formatCount(row.clusters, lang)),
      ...fact('', t('regions.inRegistry', { a: formatCount(row.clustersInRegistry, lang), b: formatCount(row.clustersWithData, lang) })),
      ...fact(t('regions.measure.participants'), formatCount(row.participants, lang)),
      ...fact(t('regions.measure.flows'), formatRub(row.internalFlows, lang)),
      ...fact(t('regions.measure.unmet'), formatRub(row.unmet, lang)),
    ] : [],
    ...fact(t('history.year'), formatYear(r.year, lang)),
    ...fact(t('regions.rating'), rating
      ? `${t('regions.rank', { v: rating.rank })}; ${(['s1', 's2', 's3', 's4', 's5'] as const).map((k) => `${k.toUpperCase()} ${formatShare(rating[k], lang)}`).join(', ')}; ${t('regions.ratingTotal')} ${formatShare(rating.total, lang)}`
      : t('regions.noData')));
  const clusters = r.clusters.length
    ? h('ul', { class: 'region-clusters', 'data-testid': 'region-clusters' }, r.clusters.map((c) => h('li', { 'data-cluster': c.id },
      h('a', { href: chainPath(c.id), 'data-link': true }, c.name),
      h('span', { class: 'muted' }, c.participants
        ? ` · ${t('compare.participants').toLocaleLowerCase(lang)}: ${formatCount(c.participants, lang)} · ${t('field.level').toLocaleLowerCase(lang)}: ${formatShare(c.level, lang)}`
        : ` · ${t('registry.noData')}`))))
    : h('p', { class: 'muted' }, t('regions.noClusters'));
  const end = (e: RegionAnswer['crossBorder'][number]['from']) => h('span', {}, h('a', { href: chainPath(e.cluster), 'data-link': true }, e.name), e.region ? h('span', { class: 'muted small' }, ` (${e.region})`) : null);
  const flows = r.crossBorder.length
    ? h('table', { class: 'table compact', 'data-testid': 'region-flows' },
      h('thead', {}, h('tr', {}, h('th', {}, t('intercluster.from')), h('th', {}, t('intercluster.to')), h('th', { class: 'num' }, t('field.value')))),
      h('tbody', {}, r.crossBorder.map((f) => h('tr', {}, h('td', {}, end(f.from)), h('td', {}, end(f.to)),
        h('td', { class: 'num', title: formatRub(f.value, lang) }, formatRubCompact(f.value, lang))))))
    : h('p', { class: 'muted' }, t('regions.noCrossBorder'));
  clear(el, head, facts, h('h4', {}, t('regions.clusters')), clusters, h('h4', {}, t('regions.crossBorder')), flows);
}
