import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeWidthScale, levelCategory, levelColour, MAX_EDGE_WIDTH, MIN_EDGE_WIDTH, palette } from './scales.js';

const at = (level: number | null, pass: boolean | null = level === null ? null : level >= 0.05, exempt = false) => ({ level, pass, exempt });

describe('node colour by dependency level', () => {
  it('puts 4.99% under 5%, 5% and 19.99% in 5–20%, 20% and above in the top band', () => {
    expect(levelCategory(at(0.0499))).toBe('low');
    expect(levelCategory(at(0.05))).toBe('mid');
    expect(levelCategory(at(0.1999))).toBe('mid');
    expect(levelCategory(at(0.2))).toBe('high');
    expect(levelCategory(at(0.9))).toBe('high');
    expect(levelCategory(at(0))).toBe('low');
  });

  it('allows the API’s 1e-9 for rounding at the thresholds', () => {
    expect(levelCategory(at(0.05 - 1e-12))).toBe('mid');
    expect(levelCategory(at(0.2 - 1e-12))).toBe('high');
  });

  it('greys out unknown levels and exempt participants, distinctly', () => {
    expect(levelCategory(at(null))).toBe('unknown');
    expect(levelCategory(at(0.03, null))).toBe('unknown');
    expect(levelCategory(at(0, false, true))).toBe('exempt');
    expect(levelCategory(null)).toBe('unknown');
    expect(palette.unknown).not.toBe(palette.exempt);
    expect(levelColour(at(0.2))).toBe(palette.high);
  });
});

describe('edge width by ₽', () => {
  it('is monotonic, from the minimum width at 0 ₽ to the maximum at the largest flow', () => {
    const width = edgeWidthScale(4_686_000_000);
    expect(width(0)).toBe(MIN_EDGE_WIDTH);
    expect(width(4_686_000_000)).toBe(MAX_EDGE_WIDTH);
    fc.assert(fc.property(fc.double({ min: 0, max: 5e9, noNaN: true }), fc.double({ min: 0, max: 5e9, noNaN: true }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(width(lo)).toBeLessThanOrEqual(width(hi));
      expect(width(hi)).toBeLessThanOrEqual(MAX_EDGE_WIDTH);
    }));
  });

  it('copes with a chain without flows', () => {
    expect(edgeWidthScale(0)(0)).toBe(MIN_EDGE_WIDTH);
  });
});
