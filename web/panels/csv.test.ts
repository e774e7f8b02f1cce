import { describe, expect, it } from 'vitest';
import { nichesCsv, toCsv } from './csv.js';

describe('CSV for Excel', () => {
  it('starts with a BOM, separates with ";", ends lines with CRLF and quotes what needs it', () => {
    const text = toCsv(['a', 'b'], [['ООО «Тест»; филиал', 'он сказал "да"'], ['1', '2']]);
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text).toBe('\ufeffa;b\r\n"ООО «Тест»; филиал";"он сказал ""да"""\r\n1;2\r\n');
  });

  it('writes niches with decimal commas in Russian', () => {
    const text = nichesCsv({ year: 2024, emptyStages: [], singleSource: [], critical: [], unmetNeeds: [
      { product: 'al-slug', productName: 'Алюминиевые рондоли', need: 1.05e9, covered: 1.05e8, unmet: 9.45e8, importShare: 0.9, countries: ['CN', 'DE'],
        customers: [{ id: 'aeroball', name: 'ООО «Аэробалл»', need: 1.05e9, covered: 1.05e8, unmet: 9.45e8, importShare: 0.9 }] },
    ] }, 'ru');
    const [, row] = text.slice(1).split('\r\n');
    expect(row).toBe('al-slug;Алюминиевые рондоли;1050000000;105000000;945000000;0,9;CN, DE;ООО «Аэробалл»');
  });
});
