// The chain's legend: colour bands of the dependency level and the meaning of the other marks.
import { clear, h } from '../dom.js';
import { formatShare, type Lang } from '../format.js';
import { t } from '../i18n.js';
import { palette } from './scales.js';

const swatch = (style: string) => h('span', { class: 'swatch', style });

export function renderLegend(el: HTMLElement, lang: Lang, overviewEdges: number | null = null): void {
  const p5 = formatShare(0.05, lang);
  const p20 = formatShare(0.2, lang);
  const row = (mark: HTMLElement, text: string) => h('li', {}, mark, text);
  const open = el.querySelector('details')?.open ?? true;
  clear(el, h('details', { open },
    h('summary', { class: 'legend-title' }, t('legend.title')),
    h('ul', {},
      row(swatch(`background:${palette.low}`), t('legend.low', { v: p5 })),
      row(swatch(`background:${palette.mid}`), t('legend.mid', { a: p5, b: p20 })),
      row(swatch(`background:${palette.high}`), t('legend.high', { v: p20 })),
      row(swatch(`background:${palette.unknown};border:2px dashed #37474f`), t('legend.unknown')),
      row(swatch(`background:${palette.exempt};border:3px double #757575`), t('legend.exempt')),
      row(swatch(`background:${palette.outside};border:2px dashed #9fb3c8;border-radius:3px`), t('legend.outside')),
      row(swatch(`background:#fff;border:2px dashed ${palette.gap};transform:rotate(45deg) scale(.75)`), t('legend.gap')),
      row(swatch('background:#fff;border:3px dashed #6a1b9a'), t('legend.hypothetical')),
      row(swatch('background:#fff;border:4px solid #102a43'), t('legend.final')),
      row(h('span', { class: 'width-sample' }), t('legend.width'))),
    overviewEdges !== null ? h('p', { class: 'legend-note', 'data-testid': 'legend-overview' }, t('legend.overview', { n: overviewEdges })) : null));
}
