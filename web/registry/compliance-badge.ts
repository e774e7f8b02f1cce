// The registry's compliance badge: one GET /compliance per cluster with participants, cached.
import { api, settle, type ComplianceAnswer, type Edition, type Loaded } from '../api-client.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

const cache = new Map<string, Loaded<ComplianceAnswer> | 'loading'>();

export type Verdict = 'pass' | 'fail' | 'unknown';

/** The headline of a compliance answer: any failed requirement fails, else any unknown is unknown. */
export function verdictOf(summary: ComplianceAnswer['summary']): Verdict {
  return summary.fail > 0 ? 'fail' : summary.unknown > 0 ? 'unknown' : 'pass';
}

/** A pass / fail / unknown badge; `short` prints only ✓ ✗ ? (the full word is its tooltip). */
export function statusBadge(status: Verdict, title?: string, short = false): HTMLSpanElement {
  return h('span', { class: `badge badge-${status}`, 'data-status': status, title: title ?? (short ? t(`status.${status}`) : undefined) },
    t(short ? `status.short.${status}` : `status.${status}`));
}

export function complianceCell(edition: Edition): string {
  return t('registry.col.compliance', { edition: t(`edition.${edition}`) });
}

/** The badge, or a placeholder that asks `onLoaded` to redraw once the answer is in. */
export function complianceBadge(id: string, edition: Edition, onLoaded: () => void): HTMLElement {
  const key = `${id}:${edition}`;
  const hit = cache.get(key);
  if (hit === undefined) {
    cache.set(key, 'loading');
    void settle(api.compliance(id, edition)).then((r) => { cache.set(key, r); onLoaded(); });
  }
  if (hit === undefined || hit === 'loading') return h('span', { class: 'muted' }, '…');
  if (!hit.ok) return h('span', { class: 'muted', title: hit.error.message }, '—');
  const s = hit.value.summary;
  return statusBadge(verdictOf(s), t('compliance.summary', { pass: s.pass, fail: s.fail, unknown: s.unknown }));
}
