// The participants table: dependency level, shares, the 5% test and the fix, sortable.
import type { ParticipantDependency } from '../../api/dependency/schema.js';
import type { DependencyAnswer, Loaded } from '../api-client.js';
import { clear, h } from '../dom.js';
import { formatRubCompact, formatShare, type Lang } from '../format.js';
import { t, type StringKey } from '../i18n.js';
import { levelCategory, palette } from '../chain/scales.js';
import { statusBadge } from '../registry/compliance-badge.js';

export type SortKey = 'name' | 'stage' | 'level';
export interface Sort { key: SortKey; descending: boolean }

/** Rows in display order; unknown levels always last. */
export function sortParticipants(rows: ParticipantDependency[], sort: Sort, stageOrder: Map<string, number>): ParticipantDependency[] {
  const dir = sort.descending ? -1 : 1;
  const byName = (a: ParticipantDependency, b: ParticipantDependency) => a.name.localeCompare(b.name, 'ru');
  const cmp: Record<SortKey, (a: ParticipantDependency, b: ParticipantDependency) => number> = {
    name: (a, b) => dir * byName(a, b),
    stage: (a, b) => dir * ((stageOrder.get(a.stage ?? '') ?? Infinity) - (stageOrder.get(b.stage ?? '') ?? Infinity) || 0) || byName(a, b),
    level: (a, b) => (a.level === null ? 1 : 0) - (b.level === null ? 1 : 0) || dir * ((a.level ?? 0) - (b.level ?? 0)) || byName(a, b),
  };
  return [...rows].sort(cmp[sort.key]);
}

export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: false };
}

export interface ParticipantsProps {
  dependency: Loaded<DependencyAnswer> | null;
  stageNames: Map<string, string>;
  stageOrder: Map<string, number>;
  sort: Sort;
  lang: Lang;
  tag: HTMLElement | null;
  onSort: (s: Sort) => void;
  onPick: (id: string) => void;
  onCsv: () => void;
  /** Where a participant's questionnaire (XLSX, survey workflow) downloads from. */
  questionnaireUrl?: (org: string) => string;
}

function testCell(p: ParticipantDependency): Node | string {
  if (p.exempt) return h('span', { class: 'muted' }, t('participants.exempt'));
  return statusBadge(p.pass === null ? 'unknown' : p.pass ? 'pass' : 'fail', undefined, true);
}

export function renderParticipants(el: HTMLElement, p: ParticipantsProps): void {
  if (!p.dependency) { clear(el, h('p', { class: 'muted' }, t('app.loading'))); return; }
  if (!p.dependency.ok) { clear(el, h('p', { class: 'muted' }, t('app.error', { msg: p.dependency.error.message }))); return; }
  const button = (key: SortKey, label: StringKey) => h('button', { type: 'button', 'data-sort': key, onclick: () => p.onSort(nextSort(p.sort, key)) },
    t(label) + (p.sort.key === key ? (p.sort.descending ? ' ▼' : ' ▲') : ''));
  // The stage sorts from the participant column's head: the stage is printed under each name.
  const sortHead = (key: SortKey, label: StringKey, extra?: HTMLElement) => h('th', {
    class: 'sortable', 'aria-sort': p.sort.key === key ? (p.sort.descending ? 'descending' : 'ascending') : 'none',
  }, button(key, label), extra ? [' · ', extra] : null);
  const rows = sortParticipants(p.dependency.value.participants, p.sort, p.stageOrder).map((d) =>
    h('tr', { class: 'clickable', 'data-participant': d.id, onclick: () => p.onPick(d.id) },
      h('td', {}, h('span', { class: 'swatch', style: `background:${palette[levelCategory(d)]}` }), d.name,
        h('div', { class: 'muted small' }, d.stage ? p.stageNames.get(d.stage) ?? d.stage : t('chain.noStage'),
          p.questionnaireUrl ? [' · ', h('a', { href: p.questionnaireUrl(d.id), download: '', class: 'nowrap', 'data-testid': 'questionnaire-link', title: t('survey.questionnaireOf', { name: d.name }),
            onclick: (e: Event) => e.stopPropagation() }, t('survey.questionnaire'))] : null)),
      h('td', { class: 'num' }, formatShare(d.level, p.lang)),
      h('td', { class: 'num' }, formatShare(d.inShare, p.lang), h('br'), formatShare(d.outShare, p.lang)),
      h('td', {}, testCell(d)),
      h('td', { class: 'num' }, d.fix ? t(d.fix.via === 'purchases' ? 'fix.short.purchases' : 'fix.short.sales', { v: formatRubCompact(d.fix.value, p.lang) }) : '')));
  clear(el,
    h('div', { class: 'panel-actions' }, p.tag, h('button', { type: 'button', 'data-testid': 'participants-csv', onclick: p.onCsv }, t('export.csv'))),
    h('table', { class: 'table compact', 'data-testid': 'participants-table' },
      h('thead', {}, h('tr', {}, sortHead('name', 'participants.col.name', button('stage', 'participants.col.stage')), sortHead('level', 'participants.col.level'),
        h('th', { class: 'num' }, t('participants.col.in'), h('br'), t('participants.col.out')), h('th', {}, t('participants.col.test')), h('th', {}, t('participants.col.fix')))),
      h('tbody', {}, rows)));
}
