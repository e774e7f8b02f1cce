import { describe, expect, it } from 'vitest';
import type { WaveTwoEntry } from '../api-client.js';
import { NBSP } from '../format.js';
import { barWidth, namedByText, sentText, waveProgress } from './survey-state.js';

const entry = (id: string, name: string, value: number, namedBy: WaveTwoEntry['namedBy'] = []): WaveTwoEntry => ({
  org: { id, name, inn: null, region: null, country: 'RU' }, namedBy, value, surveyed: false,
});

describe('survey panel', () => {
  it('gives each wave its received/total and share; a wave with nobody asked has no share', () => {
    const p = waveProgress({ waves: { '1': { total: 8, received: 6 }, '2': { total: 0, received: 0 } } });
    expect(p).toEqual([
      { wave: '1', received: 6, total: 8, share: 0.75 },
      { wave: '2', received: 0, total: 0, share: null },
    ]);
    expect(p.map(barWidth)).toEqual([75, 0]);
  });

  it('treats a wave missing from the answer as empty, and never draws a bar over 100 %', () => {
    const p = waveProgress({ waves: { '1': { total: 3, received: 5 } } });
    expect(p[0]).toEqual({ wave: '1', received: 3, total: 3, share: 1 });
    expect(p[1]).toEqual({ wave: '2', received: 0, total: 0, share: null });
    expect(barWidth(p[0]!)).toBe(100);
  });

  it('says who named an organization, as what and for how much, in the API’s order', () => {
    const e = entry('x', 'ООО «Плёнка»', 2e8, [
      { org: { id: 'aeroball', name: 'Аэробалл' }, as: 'supplier', value: 1.5e8 },
      { org: { id: 'arnest', name: 'АО «Арнест»' }, as: 'customer', value: 5e7 },
    ]);
    expect(namedByText(e, 'ru')).toEqual([`Аэробалл: как поставщика, 150${NBSP}млн${NBSP}₽`, `АО «Арнест»: как потребителя, 50,0${NBSP}млн${NBSP}₽`]);
    expect(namedByText(e, 'en')[0]).toBe(`Аэробалл: as a supplier, 150${NBSP}m${NBSP}₽`);
  });

  it('dates a pending questionnaire in the language’s style, or says it has not gone out', () => {
    expect(sentText({ sent: '2025-11-25' }, 'ru')).toBe('направлена 25.11.2025');
    expect(sentText({ sent: '2025-11-25T10:00:00Z' }, 'en')).toBe('sent 2025-11-25');
    expect(sentText({ sent: null }, 'ru')).toBe('не направлена');
    expect(sentText({ sent: 'на прошлой неделе' }, 'ru')).toBe('направлена на прошлой неделе');
  });
});
