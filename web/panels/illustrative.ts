// The «иллюстративные объёмы» label, shown wherever money values of a demo dataset appear.
import { h } from '../dom.js';
import { t } from '../i18n.js';

/** True when the dataset's description says its volumes are illustrative (the demo data does). */
export function isIllustrative(source: string | null | undefined): boolean {
  return !!source && /illustrative volumes|иллюстративн/i.test(source);
}

export function illustrativeTag(source: string | null | undefined): HTMLElement | null {
  if (!isIllustrative(source)) return null;
  return h('span', { class: 'tag-illustrative', title: t('illustrative.hint'), 'data-testid': 'illustrative' }, t('illustrative'));
}
