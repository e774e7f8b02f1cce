import { describe, expect, it } from 'vitest';
import { explain } from './explanations.js';

describe('server explanations in the interface language', () => {
  it('renders the dependency reasons in Russian', () => {
    expect(explain('no purchases or output reported for 2024', 'ru')).toBe('нет данных о закупках и выпуске за 2024 г.');
    expect(explain('no output reported for 2024; purchases reported as zero', 'ru')).toBe('нет данных о выпуске за 2024 г.; закупки указаны как ноль');
    expect(explain('no purchases reported for 2024 by: a, b', 'ru')).toBe('нет данных о закупках за 2024 г. у: a, b');
  });
  it('renders the compliance notes in Russian', () => {
    expect(explain('no signed agreement to reach 5%', 'ru')).toBe('нет подписанного соглашения о достижении 5 %');
    expect(explain('more than 3 potential participants', 'ru')).toBe('сверх допустимых 3 потенциальных участников');
    expect(explain('no supply to or from another participant in 2024', 'ru')).toBe('нет поставок другим участникам и от них в 2024 г.');
    expect(explain('not stated in the data', 'ru')).toBe('в данных не указано');
  });
  it('keeps English as it is, and an unknown explanation as the server wrote it', () => {
    expect(explain('not stated in the data', 'en')).toBe('not stated in the data');
    expect(explain('something new', 'ru')).toBe('something new');
  });
});
