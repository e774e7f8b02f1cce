// CSV exports of the participants table and of the niches, for Excel.
// Decided: UTF-8 with a BOM (so Excel opens Cyrillic correctly), «;» as the separator (the list
// separator of Russian Excel, and safe for texts full of commas), CRLF line ends, numbers without
// digit groups and with the decimal mark of the interface language (format.ts, csvNumber).
import type { DependencyAnswer, GapsAnswer, Participant } from '../api-client.js';
import { csvNumber, type Lang } from '../format.js';
import { t } from '../i18n.js';

export const CSV_SEPARATOR = ';';
const BOM = '\ufeff';

function cell(v: string): string {
  return /[";\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The file's text: BOM, header row, data rows. */
export function toCsv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

export function participantsCsv(dep: DependencyAnswer, profile: Participant[], stageNames: Map<string, string>, lang: Lang): string {
  const byId = new Map(profile.map((p) => [p.id, p]));
  const L = (ru: string, en: string) => (lang === 'ru' ? ru : en);
  const header = [
    'id', t('participants.col.name', {}, lang), t('field.inn', {}, lang), t('field.region', {}, lang), t('field.kind', {}, lang),
    t('field.status', {}, lang), t('field.stage', {}, lang), L('Выпуск, ₽', 'Output, ₽'), L('Закупки, ₽', 'Purchases, ₽'),
    L('Закупки у участников, ₽', 'Purchases from participants, ₽'), L('Продажи участникам, ₽', 'Sales to participants, ₽'),
    t('field.inShare', {}, lang), t('field.outShare', {}, lang), t('field.level', {}, lang), t('field.test', {}, lang),
    L('Освобождён', 'Exempt'), L('Способ достичь 5 %', 'Route to 5%'), L('Недостающий объём, ₽', 'Missing value, ₽'),
  ];
  const rows = dep.participants.map((p) => {
    const prof = byId.get(p.id);
    return [
      p.id, p.name, prof?.inn ?? '', prof?.region ?? '', t(`kind.${p.kind}`, {}, lang), t(`member.${p.status}`, {}, lang),
      p.stage ? stageNames.get(p.stage) ?? p.stage : '', csvNumber(p.output, lang), csvNumber(p.purchases, lang),
      csvNumber(p.in, lang), csvNumber(p.out, lang), csvNumber(p.inShare, lang), csvNumber(p.outShare, lang), csvNumber(p.level, lang),
      p.exempt ? '' : p.pass === null ? t('status.unknown', {}, lang) : t(p.pass ? 'status.pass' : 'status.fail', {}, lang),
      p.exempt ? t('yes', {}, lang) : t('no', {}, lang),
      p.fix ? (p.fix.via === 'purchases' ? L('закупки', 'purchases') : L('продажи', 'sales')) : '', csvNumber(p.fix?.value, lang),
    ];
  });
  return toCsv(header, rows);
}

export function nichesCsv(gaps: GapsAnswer, lang: Lang): string {
  const L = (ru: string, en: string) => (lang === 'ru' ? ru : en);
  const header = [
    L('Код продукта', 'Product id'), t('field.product', {}, lang), L('Потребность, ₽', 'Need, ₽'), L('Покрыто участниками, ₽', 'Covered by participants, ₽'),
    L('Не покрыто, ₽', 'Unmet, ₽'), t('field.importShare', {}, lang), t('field.countries', {}, lang), t('niches.customers', {}, lang),
  ];
  const rows = gaps.unmetNeeds.map((n) => [
    n.product, n.productName, csvNumber(n.need, lang), csvNumber(n.covered, lang), csvNumber(n.unmet, lang),
    csvNumber(n.importShare, lang), n.countries.join(', '), n.customers.map((c) => c.name).join(', '),
  ]);
  return toCsv(header, rows);
}
