// The map's legend: the measure, its colour bins from the d3 scale, zero and no-data swatches.
import { h } from '../dom.js';
import { formatCount, formatRubCompact, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { NO_DATA_COLOUR, ZERO_COLOUR, type Bin, type ColourScale, type MeasureSpec } from './measures.js';

const swatch = (colour: string) => h('span', { class: 'tile-swatch', style: `background:${colour}` });

export function binLabel(spec: MeasureSpec, bin: Bin, lang: Lang): string {
  if (spec.kind === 'rub') return `${formatRubCompact(bin.from, lang)} – ${formatRubCompact(bin.to, lang)}`;
  return bin.from === bin.to ? formatCount(bin.from, lang) : `${formatCount(bin.from, lang)}–${formatCount(bin.to, lang)}`;
}

export function mapLegend(spec: MeasureSpec, scale: ColourScale, lang: Lang): HTMLElement {
  const row = (colour: string, text: string, key: string) => h('li', { 'data-bin': key }, swatch(colour), text);
  return h('div', { class: 'map-legend', 'data-testid': 'map-legend' },
    h('div', { class: 'legend-title' }, t(`regions.measure.${spec.id}`)),
    h('ul', {},
      scale.zero ? row(ZERO_COLOUR, spec.kind === 'count' ? '0' : t('regions.zero'), 'zero') : null,
      scale.bins.map((b, i) => row(b.colour, spec.kind === 'rank' ? t('regions.rank', { v: binLabel(spec, b, lang) }) : binLabel(spec, b, lang), String(i))),
      row(NO_DATA_COLOUR, t('regions.noData'), 'none')));
}
