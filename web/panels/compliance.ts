// The compliance checklist for the chosen edition of the Decree 779 requirements.
import { editions, type ComplianceAnswer, type Edition, type Loaded } from '../api-client.js';
import { explain } from '../explanations.js';
import { clear, h } from '../dom.js';
import { formatCount, formatShare, na, type Lang } from '../format.js';
import { t, type StringKey } from '../i18n.js';
import { strings } from '../strings.js';
import { statusBadge } from '../registry/compliance-badge.js';

type Requirement = ComplianceAnswer['requirements'][number];

/**
 * Requirements measure either a count (≥10 enterprises) or a share (≥20% level); the answer carries
 * no unit, so a value and threshold that are both whole numbers are read as a count.
 */
function measure(v: number | null, r: Requirement, lang: Lang): string {
  if (v === null) return na(lang);
  const whole = (x: number | null) => x === null || Number.isInteger(x);
  return whole(r.value) && whole(r.threshold) ? formatCount(v, lang) : formatShare(v, lang);
}

/** The API names its counts in camelCase English; the known ones have an interface text. */
function countName(key: string): string {
  const k = `count.${key}`;
  return k in strings ? t(k as StringKey) : key;
}

function requirementItem(r: Requirement, lang: Lang, onPick: (id: string) => void): HTMLLIElement {
  const failing = r.detail.failing;
  const counts = Object.entries(r.detail.counts);
  return h('li', { class: `requirement req-${r.status}`, 'data-testid': `requirement-${r.id}`, 'data-status': r.status },
    h('div', { class: 'req-head' }, statusBadge(r.status), h('span', { class: 'req-text' }, r.text[lang])),
    h('div', { class: 'req-measure muted' },
      `${t('compliance.value')}: ${measure(r.value, r, lang)} · ${t('compliance.threshold')}: ${measure(r.threshold, r, lang)}`),
    counts.length ? h('div', { class: 'req-counts muted' }, counts.map(([k, v]) => `${countName(k)}: ${formatCount(v, lang)}`).join(' · ')) : null,
    r.detail.note ? h('div', { class: 'req-note' }, explain(r.detail.note, lang)) : null,
    failing.length ? h('div', { class: 'req-failing' }, `${t('compliance.failing')}: `,
      failing.flatMap((f, i) => [i ? ', ' : '',
        h('a', { href: '#', 'data-participant': f.id, onclick: (e: Event) => { e.preventDefault(); onPick(f.id); } }, f.name),
        f.level !== undefined && f.level !== null ? ` (${formatShare(f.level, lang)})` : '',
        f.note ? ` — ${explain(f.note, lang)}` : ''])) : null,
  );
}

export interface ComplianceProps {
  compliance: Loaded<ComplianceAnswer> | null;
  edition: Edition;
  lang: Lang;
  onEdition: (e: Edition) => void;
  onPick: (participantId: string) => void;
}

export function renderCompliance(el: HTMLElement, p: ComplianceProps): void {
  const select = h('select', { 'data-testid': 'edition-select', 'aria-label': t('compliance.edition') },
    editions.map((e) => h('option', { value: e }, t(`edition.${e}`))));
  select.value = p.edition;
  select.addEventListener('change', () => p.onEdition(select.value as Edition));
  const head = h('label', { class: 'inline' }, `${t('compliance.edition')}: `, select);
  if (!p.compliance) { clear(el, head, h('p', { class: 'muted' }, t('app.loading'))); return; }
  if (!p.compliance.ok) { clear(el, head, h('p', { class: 'muted' }, t('compliance.unavailable', { msg: p.compliance.error.message }))); return; }
  const c = p.compliance.value;
  clear(el, head,
    h('h3', {}, c.title[p.lang]),
    h('p', { class: 'muted', 'data-testid': 'compliance-summary' }, t('compliance.summary', { ...c.summary })),
    h('ul', { class: 'requirements', 'data-testid': 'compliance-list' }, c.requirements.map((r) => requirementItem(r, p.lang, p.onPick))));
}
