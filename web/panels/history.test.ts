import { describe, expect, it } from 'vitest';
import { CHART, chartGeometry } from './history.js';

describe('the level-over-years chart', () => {
  const years = [{ year: 2022, level: 0.1, threshold: 0.2 }, { year: 2023, level: null, threshold: 0.2 }, { year: 2024, level: 0.3, threshold: 0.1 }];

  it('puts years left to right and higher levels higher, within the chart', () => {
    const g = chartGeometry(years);
    const [a, , c] = g.points;
    expect(a!.x).toBeLessThan(c!.x);
    expect(c!.y!).toBeLessThan(a!.y!);
    for (const p of g.points) {
      expect(p.x).toBeGreaterThanOrEqual(CHART.left);
      expect(p.x).toBeLessThanOrEqual(CHART.width - CHART.right);
      if (p.y !== null) expect(p.y).toBeGreaterThanOrEqual(CHART.top);
    }
    expect(g.yMax).toBeCloseTo(0.33, 9);
  });

  it('breaks the line at an unknown level instead of drawing it as 0', () => {
    const g = chartGeometry(years);
    expect(g.points[1]!.y).toBeNull();
    expect(g.path.match(/M/g)).toHaveLength(2);
    expect(g.path).not.toContain('L');
    expect(g.thresholdPath.match(/L/g)).toHaveLength(2);
  });

  it('keeps a threshold-high scale when every level is small', () => {
    expect(chartGeometry([{ year: 2024, level: 0.01, threshold: 0.2 }]).yMax).toBeCloseTo(0.275, 9);
  });
});
