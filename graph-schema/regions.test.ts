import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseRegion, subjects } from './regions.js';

const tsvColumn = (file: URL, column: string) => {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const i = header!.indexOf(column);
  return rows.map((r) => r[i] ?? '');
};

describe('subjects of the Russian Federation', () => {
  it('lists 89 distinct subjects', () => {
    expect(subjects).toHaveLength(89);
    expect(new Set(subjects).size).toBe(89);
  });

  it('every canonical name normalises to itself', () => {
    for (const s of subjects) expect(normaliseRegion(s)).toBe(s);
  });

  it('every region of the atlas registry and of the atlas rating is a canonical subject name', () => {
    const registry = tsvColumn(new URL('../loaders/data/atlas-2025-registry.tsv', import.meta.url), 'regions').flatMap((r) => r.split(';')).map((r) => r.trim());
    const rating = tsvColumn(new URL('../loaders/data/atlas-2025-region-rating.tsv', import.meta.url), 'region');
    for (const r of [...registry, ...rating]) expect(subjects).toContain(r);
  });
});

describe('normaliseRegion', () => {
  it.each([
    ['г. Москва', 'Москва'],
    ['город Москва', 'Москва'],
    ['Москва г.', 'Москва'],
    ['г.Санкт-Петербург', 'Санкт-Петербург'],
    ['город федерального значения Севастополь', 'Севастополь'],
    ['Республика Татарстан (Татарстан)', 'Республика Татарстан'],
    ['Татарстан Респ', 'Республика Татарстан'],
    ['Татарстан', 'Республика Татарстан'],
    ['Чувашская Республика - Чувашия', 'Чувашская Республика'],
    ['Кемеровская область — Кузбасс', 'Кемеровская область'],
    ['Кемеровская область - Кузбасс', 'Кемеровская область'],
    ['Кузбасс', 'Кемеровская область'],
    ['Республика Саха (Якутия)', 'Республика Саха (Якутия)'],
    ['Республика Саха', 'Республика Саха (Якутия)'],
    ['Якутия', 'Республика Саха (Якутия)'],
    ['Республика Северная Осетия — Алания', 'Республика Северная Осетия - Алания'],
    ['Ханты-Мансийский АО - Югра', 'Ханты-Мансийский автономный округ - Югра'],
    ['ХМАО', 'Ханты-Мансийский автономный округ - Югра'],
    ['Московская обл.', 'Московская область'],
    ['  московская   ОБЛАСТЬ ', 'Московская область'],
    ['Орёл', undefined],
    ['Орловская область', 'Орловская область'],
    ['Республика Марий Эл', 'Республика Марий Эл'],
    ['Еврейская автономная обл.', 'Еврейская автономная область'],
  ])('%s → %s', (raw, name) => {
    expect(normaliseRegion(raw)).toBe(name);
  });

  it('reads ё as е', () => {
    expect(normaliseRegion('Республика Марий Эл'.replace('е', 'ё'))).toBe('Республика Марий Эл');
  });

  it('repairs Latin look-alike letters (OCR damage)', () => {
    expect(normaliseRegion('Mосква')).toBe('Москва'); // Latin M
    expect(normaliseRegion('Tульская oбласть')).toBe('Тульская область'); // Latin T, o
    expect(normaliseRegion('Pеспублика Kоми')).toBe('Республика Коми');
  });

  it('answers undefined for what names no subject', () => {
    expect(normaliseRegion('')).toBeUndefined();
    expect(normaliseRegion('   ')).toBeUndefined();
    expect(normaliseRegion('Атлантида')).toBeUndefined();
    expect(normaliseRegion('Московская')).toBeUndefined();
    expect(normaliseRegion('область')).toBeUndefined();
  });
});
