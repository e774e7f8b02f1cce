// The measures of the comparison page, one row each: its label, what kind of figure it is and how
// to read it from a cluster's comparison. The table, the bar charts and the CSV all read this list,
// so a measure added here shows up in all three.
import type { ClusterComparison } from '../api-client.js';
import { orgKinds, projectStatuses } from '../../graph-schema/index.js';
import { sizeClasses } from '../../api/compare/schema.js';
import { csvNumber, formatCount, formatCountry, formatRubCompact, formatShare, formatYear, na, type Lang } from '../format.js';
import { t, type StringKey } from '../i18n.js';
import { toCsv } from '../panels/csv.js';

export type RowKind = 'count' | 'rub' | 'share' | 'year' | 'text' | 'status';

export interface CompareRow {
  key: string;
  label: (lang: Lang) => string;
  kind: RowKind;
  /** A number for figures (null: not known), text for text rows, 'pass' | 'fail' | 'unknown' for status rows. */
  value: (c: ClusterComparison) => number | string | null;
  /** Drawn as a small bar chart beside the table. */
  bar?: boolean;
  /** A sub-row (indented under the row before it). */
  sub?: boolean;
}

const L = (key: StringKey, vars: Record<string, string | number> = {}) => (lang: Lang) => t(key, vars, lang);

const editionsOf = (clusters: readonly ClusterComparison[]) => [...new Set(clusters.flatMap((c) => c.compliance.map((x) => x.edition)))].sort();
const projectStatusesOf = (clusters: readonly ClusterComparison[]) =>
  [...new Set([...projectStatuses, ...clusters.flatMap((c) => Object.keys(c.projects.byStatus))])];
/** The partner countries of any compared cluster, largest total ₽ first. */
function countriesOf(clusters: readonly ClusterComparison[]): string[] {
  const total = new Map<string, number>();
  for (const c of clusters) for (const p of c.partners.byCountry) total.set(p.country, (total.get(p.country) ?? 0) + p.value);
  return [...total].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([country]) => country);
}

export function compareRows(clusters: readonly ClusterComparison[]): CompareRow[] {
  return [
    { key: 'regions', label: L('field.region'), kind: 'text', value: (c) => c.regions.join(', ') },
    { key: 'specialization', label: L('compare.specialization'), kind: 'text', value: (c) => c.specialization ?? '' },
    { key: 'year', label: L('history.year'), kind: 'year', value: (c) => c.year },
    { key: 'participants', label: L('compare.participants'), kind: 'count', bar: true, value: (c) => c.participants.total },
    { key: 'members', label: L('compare.members'), kind: 'count', sub: true, value: (c) => c.participants.members },
    { key: 'potential', label: L('compare.potential'), kind: 'count', sub: true, value: (c) => c.participants.potential },
    ...orgKinds.map((k): CompareRow => ({ key: `kind.${k}`, label: L(`kind.${k}`), kind: 'count', sub: true, value: (c) => c.participants.byKind[k] })),
    ...sizeClasses.map((k): CompareRow => ({ key: `size.${k}`, label: L(`compare.size.${k}`), kind: 'count', sub: true, value: (c) => c.participants.bySize[k] })),
    { key: 'level', label: L('field.level'), kind: 'share', bar: true, value: (c) => c.level },
    { key: 'levelByOutput', label: L('compare.levelByOutput'), kind: 'share', bar: true, value: (c) => c.levelByOutput },
    { key: 'threshold', label: L('compliance.threshold'), kind: 'share', sub: true, value: (c) => c.threshold },
    { key: 'pass', label: L('compare.levelTest'), kind: 'status', value: (c) => (c.pass === null ? 'unknown' : c.pass ? 'pass' : 'fail') },
    ...editionsOf(clusters).map((e): CompareRow => ({
      key: `compliance.${e}`, label: (lang) => `${t('tab.compliance', {}, lang)}: ${e === 'pp779-2015' || e === 'pp779-2025' ? t(e === 'pp779-2015' ? 'edition.pp779-2015' : 'edition.pp779-2025', {}, lang) : e}`,
      kind: 'status', value: (c) => c.compliance.find((x) => x.edition === e)?.status ?? null,
    })),
    { key: 'failing', label: L('compare.failing'), kind: 'count', bar: true, value: (c) => c.failingParticipants.length },
    { key: 'internalFlows', label: L('compare.internalFlows'), kind: 'rub', bar: true, value: (c) => c.internalFlows },
    { key: 'unmet', label: L('compare.unmet'), kind: 'rub', bar: true, value: (c) => c.unmet },
    { key: 'unmetImportShare', label: L('compare.unmetImportShare'), kind: 'share', bar: true, value: (c) => c.unmetImportShare },
    { key: 'emptyStages', label: L('compare.emptyStages'), kind: 'count', bar: true, value: (c) => c.emptyStages },
    { key: 'projects', label: L('compare.projects'), kind: 'count', bar: true, value: (c) => c.projects.total },
    ...projectStatusesOf(clusters).map((k): CompareRow => ({
      key: `projects.${k}`, label: (lang) => (k === 'planned' || k === 'active' || k === 'completed' ? t(`compare.project.${k}`, {}, lang) : k),
      kind: 'count', sub: true, value: (c) => c.projects.byStatus[k] ?? 0,
    })),
    { key: 'partners', label: L('compare.partners'), kind: 'count', value: (c) => c.partners.orgs },
    { key: 'partnersValue', label: L('compare.partnersValue'), kind: 'rub', bar: true, value: (c) => c.partners.value },
    ...countriesOf(clusters).map((country): CompareRow => ({
      key: `country.${country}`, label: (lang) => formatCountry(country, lang), kind: 'rub', sub: true,
      value: (c) => c.partners.byCountry.find((x) => x.country === country)?.value ?? 0,
    })),
  ];
}

/** A figure as the table shows it. */
export function formatCell(row: CompareRow, v: number | string | null, lang: Lang): string {
  if (v === null) return na(lang);
  if (typeof v === 'string') return row.kind === 'status' ? t(`status.${v as 'pass' | 'fail' | 'unknown'}`, {}, lang) : v;
  switch (row.kind) {
    case 'rub': return formatRubCompact(v, lang);
    case 'share': return formatShare(v, lang);
    case 'year': return formatYear(v, lang);
    default: return formatCount(v, lang);
  }
}

/** The comparison as a CSV for Excel: one row per measure, one column per cluster. */
export function compareCsv(clusters: readonly ClusterComparison[], lang: Lang): string {
  const rows = compareRows(clusters).map((row) => [row.label(lang), ...clusters.map((c) => {
    const v = row.value(c);
    if (v === null) return '';
    if (typeof v === 'string') return row.kind === 'status' ? t(`status.${v as 'pass' | 'fail' | 'unknown'}`, {}, lang) : v;
    return csvNumber(v, lang);
  })]);
  return toCsv([t('compare.measure', {}, lang), ...clusters.map((c) => c.name)], rows);
}
