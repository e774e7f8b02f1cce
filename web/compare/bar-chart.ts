// Draws one small horizontal bar chart (geometry from bars.ts) as SVG.
import { na } from '../format.js';
import { getLang } from '../i18n.js';
import { BAR_HEIGHT, layoutBars, type BarInput } from './bars.js';
import { svg } from './svg.js';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function barChart(items: BarInput[], format: (v: number) => string, width = 330): SVGSVGElement {
  const labelWidth = 120;
  const layout = layoutBars(items, width, labelWidth);
  return svg('svg', { class: 'bars', width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img' },
    layout.bars.map((b) => svg('g', { transform: `translate(0,${b.y})`, 'data-value': b.value ?? '' },
      svg('title', {}, `${b.label}: ${b.value === null ? na(getLang()) : format(b.value)}`),
      svg('text', { x: 0, y: BAR_HEIGHT - 2, class: 'bar-label' }, clip(b.label, 16)),
      svg('rect', { x: labelWidth, y: 0, width: Math.max(b.value ? 1 : 0, b.width), height: BAR_HEIGHT, class: 'bar' }),
      svg('text', { x: labelWidth + b.width + 4, y: BAR_HEIGHT - 2, class: 'bar-value' }, b.value === null ? na(getLang()) : format(b.value)))));
}
