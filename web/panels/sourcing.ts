// Under each investment niche: the organizations outside the cluster that make or ship the product,
// each with its region, the clusters it belongs to (links), what it ships to others and how it matched.
import type { SourcingItem } from '../api-client.js';
import { h } from '../dom.js';
import { formatRub, formatRubCompact, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { chainPath } from '../router.js';

/** Candidates shown before «ещё n»: the API ranks them, the first few are what an investor reads. */
export const SHOWN_CANDIDATES = 3;

type Candidate = SourcingItem['candidates'][number];

function candidateRow(c: Candidate, clusterNames: ReadonlyMap<string, string>, lang: Lang): HTMLElement {
  const clusters = c.clusters.length
    ? [t('sourcing.clusters'), ' ', ...c.clusters.flatMap((id, i) => [i ? ', ' : '',
      h('a', { href: chainPath(id), 'data-link': true, 'data-testid': 'sourcing-cluster', 'data-cluster': id }, clusterNames.get(id) ?? id)])]
    : [h('span', { class: 'muted' }, t('sourcing.noCluster'))];
  return h('li', { class: 'candidate', 'data-org': c.org.id, 'data-testid': 'sourcing-candidate' },
    h('strong', {}, c.org.name), c.org.region ? h('span', { class: 'muted' }, ` · ${c.org.region}`) : null,
    c.sameRegion ? h('span', { class: 'mark-same-region', title: t('sourcing.sameRegionHint'), 'data-testid': 'same-region' }, t('sourcing.sameRegion')) : null,
    h('div', { class: 'small' },
      h('span', { title: formatRub(c.suppliedElsewhere, lang) }, t('sourcing.elsewhere', { v: formatRubCompact(c.suppliedElsewhere, lang) })), ' · ',
      h('span', { class: 'match', 'data-matched-by': c.matchedBy }, c.matchedBy === 'id' ? t('sourcing.byId') : t('sourcing.byOkpd2', { name: c.product.okpd2 ? `${c.product.okpd2} ${c.product.name}` : c.product.name })), ' · ',
      ...clusters));
}

/** The candidates of one niche, the first SHOWN_CANDIDATES open and the rest behind «ещё n». */
export function renderSourcing(item: SourcingItem | undefined, clusterNames: ReadonlyMap<string, string>, lang: Lang): HTMLElement {
  const box = h('div', { class: 'sourcing', 'data-testid': 'sourcing', 'data-product': item?.product.id ?? null });
  if (!item || !item.candidates.length) {
    box.append(h('p', { class: 'small muted' }, t('sourcing.none')));
    return box;
  }
  const rows = item.candidates.map((c) => candidateRow(c, clusterNames, lang));
  const rest = rows.slice(SHOWN_CANDIDATES);
  box.append(h('div', { class: 'small sourcing-title' }, t('sourcing.title')), h('ul', { class: 'candidates' }, rows.slice(0, SHOWN_CANDIDATES)));
  if (rest.length) box.append(h('details', {}, h('summary', { class: 'small' }, t('sourcing.more', { n: rest.length })), h('ul', { class: 'candidates' }, rest)));
  return box;
}

/** A short note when the sourcing answer failed: the niches still show. */
export function sourcingUnavailable(message: string): HTMLElement {
  return h('p', { class: 'small muted', 'data-testid': 'sourcing-unavailable' }, t('sourcing.unavailable', { msg: message }));
}
