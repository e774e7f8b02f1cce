import { describe, expect, it } from 'vitest';
import { csvNumber, formatCountry, formatCount, formatRub, formatRubCompact, formatShare, NBSP, parseNumber, THIN } from './format.js';

describe('roubles', () => {
  it('groups digits with a narrow no-break space in Russian and commas in English', () => {
    expect(formatRub(4_686_000_000, 'ru')).toBe(`4${THIN}686${THIN}000${THIN}000${NBSP}₽`);
    expect(formatRub(4_686_000_000, 'en')).toBe(`4,686,000,000${NBSP}₽`);
    expect(formatRub(999, 'ru')).toBe(`999${NBSP}₽`);
    expect(formatRub(1000, 'ru')).toBe(`1${THIN}000${NBSP}₽`);
    expect(formatRub(-48_000_000, 'ru')).toBe(`−48${THIN}000${THIN}000${NBSP}₽`);
  });

  it('rounds to whole roubles', () => {
    expect(formatRub(1234.6, 'en')).toBe(`1,235${NBSP}₽`);
  });

  it('writes compact forms with three significant digits', () => {
    expect(formatRubCompact(4_686_000_000, 'ru')).toBe(`4,69${NBSP}млрд${NBSP}₽`);
    expect(formatRubCompact(4_686_000_000, 'en')).toBe(`4.69${NBSP}bn${NBSP}₽`);
    expect(formatRubCompact(945_000_000, 'ru')).toBe(`945${NBSP}млн${NBSP}₽`);
    expect(formatRubCompact(48_000_000, 'ru')).toBe(`48,0${NBSP}млн${NBSP}₽`);
    expect(formatRubCompact(3_500_000, 'en')).toBe(`3.50${NBSP}m${NBSP}₽`);
    expect(formatRubCompact(600_000, 'ru')).toBe(`600${NBSP}тыс.${NBSP}₽`);
    expect(formatRubCompact(512, 'ru')).toBe(`512${NBSP}₽`);
  });

  it('moves up a unit when rounding reaches a thousand', () => {
    expect(formatRubCompact(999_600_000, 'ru')).toBe(`1,00${NBSP}млрд${NBSP}₽`);
  });
});

describe('shares', () => {
  it('shows percentages with one decimal, a decimal comma and a no-break space in Russian', () => {
    expect(formatShare(0.27241018486222535, 'ru')).toBe(`27,2${NBSP}%`);
    expect(formatShare(0.03, 'ru')).toBe(`3,0${NBSP}%`);
    expect(formatShare(0, 'ru')).toBe(`0,0${NBSP}%`);
  });

  it('shows «27.2%» in English', () => {
    expect(formatShare(0.27241018486222535, 'en')).toBe('27.2%');
    expect(formatShare(1, 'en')).toBe('100.0%');
  });
});

describe('missing figures', () => {
  it('say н/д in Russian and n/a in English, never 0', () => {
    for (const f of [formatRub, formatRubCompact, formatShare, formatCount]) {
      expect(f(null, 'ru')).toBe('н/д');
      expect(f(undefined, 'en')).toBe('n/a');
      expect(f(Number.NaN, 'en')).toBe('n/a');
    }
  });
});

describe('CSV numbers and typed numbers', () => {
  it('keeps full precision, no groups, the language decimal mark, empty when missing', () => {
    expect(csvNumber(0.2724, 'ru')).toBe('0,2724');
    expect(csvNumber(0.2724, 'en')).toBe('0.2724');
    expect(csvNumber(4_686_000_000, 'ru')).toBe('4686000000');
    expect(csvNumber(null, 'ru')).toBe('');
  });

  it('reads what people type', () => {
    expect(parseNumber('50 000 000')).toBe(50_000_000);
    expect(parseNumber(`50${THIN}000${NBSP}000`)).toBe(50_000_000);
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });
});

describe('countries', () => {
  it('names a country from its code, and keeps an unknown code', () => {
    expect(formatCountry('DE', 'en')).toBe('Germany');
    expect(formatCountry('DE', 'ru')).toBe('Германия');
    expect(formatCountry(null, 'ru')).toBe('н/д');
  });
});
