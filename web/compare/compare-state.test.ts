import { describe, expect, it } from 'vitest';
import { layoutBars, VALUE_SPACE } from './bars.js';
import { canCompare, comparedFromSearch, comparePath, MAX_COMPARED, toggleCompared } from './compare-state.js';

describe('the compared clusters in the address', () => {
  it('reads ids in order, trimmed, without blanks or repeats', () => {
    expect(comparedFromSearch('?clusters=aerosol, kemz,,aerosol,kolomna')).toEqual(['aerosol', 'kemz', 'kolomna']);
    expect(comparedFromSearch('')).toEqual([]);
    expect(comparedFromSearch('?clusters=' + Array.from({ length: 12 }, (_, i) => `c${i}`).join(','))).toHaveLength(MAX_COMPARED);
  });

  it('writes them back so that reading gives the same list', () => {
    const ids = ['aerosol', 'ингушетия/al', 'a,b'.replace(',', '-')];
    expect(comparedFromSearch(comparePath(ids).slice('/compare'.length))).toEqual(ids);
    expect(comparePath([])).toBe('/compare');
  });

  it('toggles a cluster in and out and takes no eleventh', () => {
    expect(toggleCompared(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
    const full = Array.from({ length: MAX_COMPARED }, (_, i) => `c${i}`);
    expect(toggleCompared(full, 'x')).toEqual(full);
    expect(canCompare(['a'])).toBe(false);
    expect(canCompare(['a', 'b'])).toBe(true);
  });
});

describe('small bar charts', () => {
  it('draws the largest figure full length, others in proportion, missing ones empty', () => {
    const { bars, height } = layoutBars([{ label: 'А', value: 50 }, { label: 'Б', value: 100 }, { label: 'В', value: null }, { label: 'Г', value: 0 }], 260, 90);
    const plot = 260 - 90 - VALUE_SPACE;
    expect(bars.map((b) => b.width)).toEqual([plot / 2, plot, 0, 0]);
    expect(bars.map((b) => b.y)).toEqual([0, 16, 32, 48]);
    expect(height).toBe(60);
  });

  it('copes with all figures zero or missing', () => {
    expect(layoutBars([{ label: 'А', value: 0 }, { label: 'Б', value: null }]).bars.every((b) => b.width === 0)).toBe(true);
  });
});
