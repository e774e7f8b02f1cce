// The chain page's heading: the cluster, its reporting year and level, and where the data come from.
import type { ClusterProfile, DependencyAnswer, Loaded } from '../api-client.js';
import { explain } from '../explanations.js';
import { clear, h } from '../dom.js';
import { formatShare, formatYear, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { illustrativeTag } from '../panels/illustrative.js';
import { statusBadge } from '../registry/compliance-badge.js';

export function renderHeader(el: HTMLElement, profile: ClusterProfile, dep: Loaded<DependencyAnswer> | null, scenarioChanges: number, lang: Lang): void {
  const c = dep?.ok ? dep.value.cluster : null;
  const level = c
    ? h('p', { class: 'cluster-level', 'data-testid': 'cluster-level' },
      statusBadge(c.pass === null ? 'unknown' : c.pass ? 'pass' : 'fail'), ' ',
      t('chain.clusterLevel', { level: formatShare(c.level, lang), threshold: formatShare(c.threshold, lang) }),
      ` (${t('chain.clusterLevelByOutput', { v: formatShare(c.levelByOutput, lang) })})`,
      c.reason ? h('span', { class: 'muted' }, ` — ${explain(c.reason, lang)}`) : null)
    : null;
  clear(el,
    h('a', { href: '/', 'data-link': true, class: 'back' }, t('chain.back')),
    h('h1', { 'data-testid': 'cluster-name' }, profile.name, ' ', illustrativeTag(profile.source)),
    h('p', { class: 'muted' }, [profile.regions.join(', '), profile.specialization ?? '', c ? t('chain.year', { y: formatYear(c.year, lang) }) : '']
      .filter(Boolean).join(' · ')),
    level,
    scenarioChanges > 0 ? h('p', { class: 'scenario-banner', 'data-testid': 'scenario-banner' }, t('scenario.banner', { n: scenarioChanges })) : null,
    profile.source ? h('details', { class: 'source' }, h('summary', {}, t('chain.source')), h('p', { 'data-testid': 'cluster-source' }, profile.source)) : null);
}
