import { describe, expect, it } from 'vitest';
import type { ClusterComparison } from '../api-client.js';
import { compareCsv, compareRows, formatCell } from './rows.js';

function aComparison(id: string, over: Partial<ClusterComparison> = {}): ClusterComparison {
  return {
    id, name: `Кластер ${id}`, regions: ['Тульская область'], specialization: 'Химия', year: 2024,
    participants: { total: 10, members: 8, potential: 2, byKind: { enterprise: 7, education: 1, research: 1, infrastructure: 1, sopk: 0, other: 0 },
      bySize: { micro: 1, small: 2, medium: 3, large: 3, unknown: 1 } },
    level: 0.25, levelByOutput: 0.2, threshold: 0.2, pass: true,
    compliance: [{ edition: 'pp779-2015', status: 'fail', failing: 1, unknown: 0 }, { edition: 'pp779-2025', status: 'pass', failing: 0, unknown: 0 }],
    failingParticipants: [{ id: 'x', name: 'ООО «Икс»', level: 0.01 }], internalFlows: 1.5e9, unmet: 9.45e8, unmetImportShare: 0.9, emptyStages: 1,
    projects: { total: 3, byStatus: { active: 2, planned: 1 } },
    partners: { orgs: 4, value: 2e9, byCountry: [{ country: 'CN', orgs: 3, value: 1.5e9 }, { country: 'DE', orgs: 1, value: 5e8 }] },
    ...over,
  };
}

describe('the comparison table and its CSV', () => {
  const three = [aComparison('a'), aComparison('b', { level: null, pass: null, unmet: 0, partners: { orgs: 1, value: 1e8, byCountry: [{ country: 'TR', orgs: 1, value: 1e8 }] } }), aComparison('c', { name: 'Кластер; «c»' })];

  it('has a row per measure, sub-rows per kind, size, edition, project status and partner country', () => {
    const keys = compareRows(three).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['participants', 'kind.enterprise', 'size.large', 'level', 'compliance.pp779-2015', 'compliance.pp779-2025',
      'failing', 'internalFlows', 'unmet', 'unmetImportShare', 'emptyStages', 'projects.planned', 'projects.completed', 'country.CN', 'country.TR']));
    // Partner countries by total ₽ over the compared clusters: China first.
    expect(keys.filter((k) => k.startsWith('country.'))).toEqual(['country.CN', 'country.DE', 'country.TR']);
    expect(compareRows(three).filter((r) => r.bar).map((r) => r.key)).toContain('unmet');
  });

  it('formats figures with format.ts, a missing one as н/д', () => {
    const rows = new Map(compareRows(three).map((r) => [r.key, r]));
    const level = rows.get('level')!;
    expect(formatCell(level, level.value(three[0]!), 'ru')).toBe('25,0\u00a0%');
    expect(formatCell(level, level.value(three[1]!), 'ru')).toBe('н/д');
    const pass = rows.get('pass')!;
    expect(formatCell(pass, pass.value(three[1]!), 'ru')).toBe('не определено');
    const unmet = rows.get('unmet')!;
    expect(formatCell(unmet, unmet.value(three[0]!), 'en')).toBe('945\u00a0m\u00a0₽');
  });

  it('writes a CSV for Russian Excel: BOM, «;», one column per cluster, plain numbers', () => {
    const text = compareCsv(three, 'ru');
    expect(text.startsWith('\ufeffПоказатель;Кластер a;Кластер b;"Кластер; «c»"\r\n')).toBe(true);
    const line = (label: string) => text.split('\r\n').find((l) => l.startsWith(`${label};`));
    expect(line('Уровень зависимости')).toBe('Уровень зависимости;0,25;;0,25');
    expect(line('Непокрытая потребность')).toBe('Непокрытая потребность;945000000;0;945000000');
    expect(line('Участников')).toBe('Участников;10;10;10');
    expect(line('Порог уровня кластера')).toBe('Порог уровня кластера;выполнено;не определено;выполнено');
    expect(compareCsv(three, 'en').split('\r\n')[0]).toBe('\ufeffMeasure;Кластер a;Кластер b;"Кластер; «c»"');
  });
});
