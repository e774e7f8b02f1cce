// A small horizontal bar chart: one bar per cluster, the same scale for all, missing figures marked.
import { scaleLinear } from 'd3-scale';

export interface BarInput {
  label: string;
  value: number | null;
}

export interface Bar {
  label: string;
  value: number | null;
  y: number;
  /** Bar length in px; 0 for a missing figure (drawn as «н/д»). */
  width: number;
}

export interface BarLayout {
  bars: Bar[];
  width: number;
  height: number;
  labelWidth: number;
}

export const BAR_HEIGHT = 12;
export const BAR_GAP = 4;
/** Room right of the longest bar for its figure («13,5 млрд ₽»). */
export const VALUE_SPACE = 85;

/**
 * Geometry of the chart: bars start after the label column; the longest bar fills the plot width.
 * Negative figures are drawn as 0 (no measure compared here can be negative).
 */
export function layoutBars(items: BarInput[], width = 260, labelWidth = 90): BarLayout {
  const plot = Math.max(10, width - labelWidth - VALUE_SPACE);
  const max = Math.max(0, ...items.map((i) => i.value ?? 0));
  const x = scaleLinear().domain([0, max > 0 ? max : 1]).range([0, plot]).clamp(true);
  const bars = items.map((item, i) => ({
    label: item.label, value: item.value, y: i * (BAR_HEIGHT + BAR_GAP),
    width: item.value === null ? 0 : x(Math.max(0, item.value)),
  }));
  return { bars, width, height: Math.max(BAR_HEIGHT, items.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP), labelWidth };
}
