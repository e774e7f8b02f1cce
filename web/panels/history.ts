// The chain page's years: a slider over the years the cluster has data for (it reloads the chain and
// the panels for the year picked) and a small chart of the cluster's level over those years against
// its threshold. Shown only when there is more than one year: one year has no history to tell.
import { scaleLinear, scalePoint } from 'd3-scale';
import type { HistoryAnswer, Loaded } from '../api-client.js';
import { svg } from '../compare/svg.js';
import { clear, h } from '../dom.js';
import { formatShare, formatYear, type Lang } from '../format.js';
import { t } from '../i18n.js';

type Year = HistoryAnswer['years'][number];

export interface ChartPoint { year: number; x: number; y: number | null; level: number | null }
export interface ChartGeometry {
  points: ChartPoint[];
  /** The line's path: an unknown level breaks it (never drawn as 0). */
  path: string;
  /** Threshold per year (it is 10% or 20% and may change with the priority-territory share). */
  thresholdPath: string;
  yMax: number;
}

export const CHART = { width: 260, height: 70, left: 34, right: 8, top: 6, bottom: 16 };

export function chartGeometry(years: readonly Pick<Year, 'year' | 'level' | 'threshold'>[]): ChartGeometry {
  const x = scalePoint<number>().domain(years.map((y) => y.year)).range([CHART.left, CHART.width - CHART.right]).padding(0.2);
  const yMax = Math.max(0.25, ...years.map((y) => Math.max(y.level ?? 0, y.threshold))) * 1.1;
  const yScale = scaleLinear().domain([0, yMax]).range([CHART.height - CHART.bottom, CHART.top]);
  const points = years.map((y) => ({ year: y.year, x: x(y.year) ?? CHART.left, y: y.level === null ? null : yScale(y.level), level: y.level }));
  let path = '';
  let pen = false;
  for (const p of points) {
    if (p.y === null) { pen = false; continue; }
    path += `${pen ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
    pen = true;
  }
  const thresholdPath = years.map((y, i) => `${i ? 'L' : 'M'}${(x(y.year) ?? CHART.left).toFixed(1)},${yScale(y.threshold).toFixed(1)}`).join('');
  return { points, path, thresholdPath, yMax };
}

export interface HistoryProps {
  history: Loaded<HistoryAnswer> | null;
  /** The year shown on the chain page (null: the server's default, the latest). */
  year: number | null;
  lang: Lang;
  onYear: (year: number) => void;
}

export function renderHistory(el: HTMLElement, p: HistoryProps): void {
  const years = p.history?.ok ? p.history.value.years : [];
  el.hidden = years.length < 2;
  if (years.length < 2) { clear(el); return; }
  const current = p.year ?? years[years.length - 1]!.year;
  const index = Math.max(0, years.findIndex((y) => y.year === current));
  const slider = h('input', { type: 'range', min: 0, max: years.length - 1, step: 1, value: index, 'data-testid': 'year-slider',
    'aria-label': t('history.year'), 'aria-valuetext': String(current) });
  const label = h('strong', { 'data-testid': 'year-value' }, formatYear(current, p.lang));
  slider.addEventListener('input', () => { label.textContent = formatYear(years[Number(slider.value)]?.year, p.lang); });
  slider.addEventListener('change', () => { const y = years[Number(slider.value)]; if (y && y.year !== current) p.onYear(y.year); });
  const g = chartGeometry(years);
  const thresholdNow = years[index]!.threshold;
  const chart = svg('svg', { width: CHART.width, height: CHART.height, viewBox: `0 0 ${CHART.width} ${CHART.height}`, role: 'img', 'data-testid': 'history-chart',
    'aria-label': years.map((y) => t('history.point', { y: y.year, v: formatShare(y.level, p.lang) }, p.lang)).join('; ') },
  svg('path', { d: g.thresholdPath, class: 'threshold', fill: 'none' }),
  svg('text', { x: 2, y: CHART.top + 8 }, formatShare(g.yMax, p.lang)),
  svg('text', { x: 2, y: CHART.height - CHART.bottom }, formatShare(0, p.lang)),
  svg('path', { d: g.path, class: 'line' }),
  g.points.map((pt) => svg('g', { 'data-year': pt.year },
    pt.y === null ? null : svg('circle', { cx: pt.x, cy: pt.y, r: pt.year === current ? 4 : 2.5, class: pt.year === current ? 'current' : '', fill: '#1565c0' },
      svg('title', {}, t('history.point', { y: pt.year, v: formatShare(pt.level, p.lang) }, p.lang))),
    svg('text', { x: pt.x, y: CHART.height - 3, 'text-anchor': 'middle' }, String(pt.year)))));
  clear(el,
    h('div', { class: 'year-slider' }, h('span', {}, `${t('history.year')}:`), slider, label),
    h('div', { class: 'muted' }, `${t('history.title')} · ${t('history.threshold', { v: formatShare(thresholdNow, p.lang) })}`),
    chart);
}

/**
 * The chain page's year control: loads the cluster's history once, draws slider and chart into `el`,
 * and calls `onYear` when another year is picked. `render` redraws (language switch, year changed).
 */
export function yearControl(el: HTMLElement, load: () => Promise<Loaded<HistoryAnswer>>, getLang: () => Lang, onYear: (year: number) => void): { render(year: number | null): void; start(): void } {
  let history: Loaded<HistoryAnswer> | null = null;
  let shown: number | null = null;
  let started = false;
  const render = (year: number | null) => { shown = year; renderHistory(el, { history, year, lang: getLang(), onYear }); };
  // Started once the chain is drawn: the history runs every analytic for every year, and must not
  // compete with the answers the page is waiting for.
  const start = () => { if (started) return; started = true; void load().then((r) => { history = r; render(shown); }); };
  return { render, start };
}
