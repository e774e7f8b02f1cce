import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colourScale, mapPalette, measures, NO_DATA_COLOUR, ZERO_COLOUR } from './measures.js';

describe('map colour scales', () => {
  it('bins cluster counts in whole numbers, darker for more, zero and no data apart', () => {
    const s = colourScale(measures.clusters, [0, 1, 3, 22, null]);
    expect(s.bins.map((b) => [b.from, b.to])).toEqual([[1, 5], [6, 10], [11, 15], [16, 20], [21, 22]]);
    expect(s.colour(22)).toBe(mapPalette[4]);
    expect(s.colour(1)).toBe(mapPalette[0]);
    expect(s.colour(0)).toBe(ZERO_COLOUR);
    expect(s.colour(null)).toBe(NO_DATA_COLOUR);
  });

  it('uses one bin per value when there are fewer values than colours', () => {
    const s = colourScale(measures.clusters, [0, 1, 2]);
    expect(s.bins.map((b) => [b.from, b.to])).toEqual([[1, 1], [2, 2]]);
    expect(s.colour(2)).toBe(mapPalette[1]);
  });

  it('colours rank 1 of the rating darkest and unrated regions as no data', () => {
    const s = colourScale(measures.rating, [1, 2, 10, 20, null]);
    expect(s.zero).toBe(false);
    expect(s.colour(1)).toBe(mapPalette[4]);
    expect(s.colour(20)).toBe(mapPalette[0]);
    expect(s.colour(null)).toBe(NO_DATA_COLOUR);
    expect(s.bins[0]!.from).toBe(1);
    expect(s.bins[s.bins.length - 1]!.to).toBe(20);
  });

  it('splits money into five equal bins up to the largest figure', () => {
    const s = colourScale(measures.unmet, [0, 1e9, 5e9]);
    expect(s.bins).toHaveLength(5);
    expect(s.bins[0]!.from).toBe(0);
    expect(s.bins[4]!.to).toBe(5e9);
    expect(s.colour(5e9)).toBe(mapPalette[4]);
    expect(s.colour(1e9)).toBe(mapPalette[1]);
  });

  it('is monotonic and every non-zero figure falls in a bin of the legend', () => {
    fc.assert(fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }), { minLength: 1, maxLength: 89 }), fc.constantFrom(measures.clusters, measures.rating), (values, spec) => {
      const s = colourScale(spec, values);
      const order = (c: string) => mapPalette.indexOf(c as (typeof mapPalette)[number]);
      const known = values.filter((v): v is number => v !== null && (spec.kind === 'rank' ? v >= 1 : v > 0)).sort((a, b) => a - b);
      for (const v of known) expect(s.bins.some((b) => v >= b.from && v <= b.to && b.colour === s.colour(v))).toBe(true);
      for (let i = 1; i < known.length; i++) {
        const [a, b] = [order(s.colour(known[i - 1]!)), order(s.colour(known[i]!))];
        if (spec.kind === 'rank') expect(a).toBeGreaterThanOrEqual(b); else expect(a).toBeLessThanOrEqual(b);
      }
    }));
  });

  it('copes with no figures at all', () => {
    const s = colourScale(measures.unmet, [null, 0]);
    expect(s.bins).toEqual([]);
    expect(s.colour(0)).toBe(ZERO_COLOUR);
  });
});
