// What the survey panel shows, as plain data: wave progress and the lines of the wave II list.
// The list's ranking is the API's (largest named ₽ first): the panel keeps that order.
import type { SurveyAnswer, WaveTwoEntry } from '../api-client.js';
import { formatDate, formatRubCompact, type Lang } from '../format.js';
import { t } from '../i18n.js';

export interface WaveProgress { wave: '1' | '2'; received: number; total: number; share: number | null }

/** Received / total per wave; a wave nobody is asked in yet has no share (not 0 %, not 100 %). */
export function waveProgress(answer: { waves: Partial<SurveyAnswer['waves']> }): WaveProgress[] {
  return (['1', '2'] as const).map((wave) => {
    const w = answer.waves[wave] ?? { total: 0, received: 0 };
    const received = Math.min(w.received, w.total);
    return { wave, received, total: w.total, share: w.total > 0 ? received / w.total : null };
  });
}

/**
 * «АО «Арнест»: как поставщика, 150 млн ₽» — which respondent named the organization, as its
 * supplier or customer, for how much; in the API's order (largest naming first).
 */
export function namedByText(entry: Pick<WaveTwoEntry, 'namedBy'>, lang: Lang): string[] {
  return entry.namedBy.map((n) => t('survey.namedAs', { name: n.org.name, as: t(`survey.as.${n.as}`, {}, lang), v: formatRubCompact(n.value, lang) }, lang));
}

/** When a pending questionnaire went out: «направлена 25.11.2025», or «не направлена». */
export function sentText(record: Pick<SurveyAnswer['pending'][number], 'sent'>, lang: Lang): string {
  if (!record.sent) return t('survey.notSent', {}, lang);
  const d = /^\d{4}-\d{2}-\d{2}/.test(record.sent) ? new Date(`${record.sent.slice(0, 10)}T00:00:00`) : null;
  return t('survey.sent', { date: d && !Number.isNaN(d.getTime()) ? formatDate(d, lang) : record.sent }, lang);
}

/** The bar's width in percent, 0..100; an unknown share draws an empty bar. */
export function barWidth(p: WaveProgress): number {
  return p.share === null ? 0 : Math.round(Math.max(0, Math.min(1, p.share)) * 1000) / 10;
}
