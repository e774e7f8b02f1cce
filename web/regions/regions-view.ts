// The regions map at /regions (and /regions/<name> with that region's panel open): a tile-grid map
// of the 89 subjects coloured by the chosen measure, its legend, and a region's clusters on click.
import { insightApi, settle, type Loaded, type RegionAnswer, type RegionsAnswer } from '../api-client.js';
import { clear, h } from '../dom.js';
import { formatCount, formatRub, formatYear, na } from '../format.js';
import { getLang, t } from '../i18n.js';
import { parseRoute, regionPath, type View } from '../router.js';
import { mapLegend } from './legend.js';
import { colourScale, measureIds, measures, measureValue, type MeasureId } from './measures.js';
import { renderRegionPanel } from './region-panel.js';
import { tileMap } from './tile-map.js';
import { tiles } from './tile-grid.js';

const MEASURE_KEY = 'cluster-explorer.map-measure';

function storedMeasure(): MeasureId {
  try {
    const v = globalThis.localStorage?.getItem(MEASURE_KEY);
    return measureIds.find((m) => m === v) ?? 'clusters';
  } catch {
    return 'clusters';
  }
}

const selectedFromPath = () => { const r = parseRoute(location.pathname); return r.name === 'regions' ? r.region : null; };

export function regionsView(root: HTMLElement): View {
  let measure: MeasureId = storedMeasure();
  let regions: Loaded<RegionsAnswer> | null = null;
  let selected: string | null = selectedFromPath();
  let region: Loaded<RegionAnswer> | null = null;
  let regionSeq = 0;
  let disposed = false;

  const select = h('select', { 'data-testid': 'map-measure' });
  select.addEventListener('change', () => {
    measure = measureIds.find((m) => m === select.value) ?? 'clusters';
    try { globalThis.localStorage?.setItem(MEASURE_KEY, measure); } catch { /* not remembered */ }
    renderMap();
  });
  const statusEl = h('p', { class: 'muted', 'data-testid': 'map-status' });
  const mapEl = h('div', { class: 'map-wrap' });
  const legendEl = h('div');
  const panelEl = h('aside', { class: 'side region-panel', 'data-testid': 'region-panel' });

  const rowOf = (name: string) => (regions?.ok ? regions.value.items.find((r) => r.name === name) : undefined);

  function pick(name: string | null): void {
    const url = regionPath(name);
    if (url !== location.pathname) history.pushState(null, '', url);
    follow();
  }

  /** The address names the selected region: load its answer and redraw the selection. */
  function follow(): void {
    const next = selectedFromPath();
    if (next === selected && (region || !next)) return;
    selected = next;
    region = null;
    renderMap();
    renderPanel();
    if (selected) void loadRegion(selected);
  }

  async function loadRegion(name: string): Promise<void> {
    const mine = ++regionSeq;
    const r = await settle(insightApi.region(name));
    if (disposed || mine !== regionSeq) return;
    region = r;
    renderPanel();
  }

  function renderMap(): void {
    const lang = getLang();
    if (!regions) { clear(statusEl, t('app.loading')); return; }
    if (!regions.ok) { clear(statusEl, t('app.error', { msg: regions.error.message })); return; }
    const spec = measures[measure];
    const value = (name: string) => measureValue(rowOf(name), measure);
    const scale = colourScale(spec, Object.keys(tiles).map(value));
    const figure = (name: string) => {
      const v = value(name);
      if (v === null) return t('regions.noData');
      return spec.kind === 'rub' ? formatRub(v, lang) : spec.kind === 'rank' ? t('regions.rank', { v }) : formatCount(v, lang);
    };
    clear(statusEl, regions.value.year ? t('regions.year', { y: formatYear(regions.value.year, lang) }) : na(lang));
    clear(mapEl, tileMap({ colour: (name) => scale.colour(value(name)), title: (name) => `${name}: ${figure(name)}`, selected, onPick: (name) => pick(name === selected ? null : name) }));
    clear(legendEl, mapLegend(spec, scale, lang));
  }

  function renderPanel(): void {
    panelEl.hidden = !selected;
    if (!selected) { clear(panelEl); return; }
    renderRegionPanel(panelEl, { name: selected, row: rowOf(selected), answer: region, lang: getLang(), onClose: () => pick(null) });
  }

  function render(): void {
    clear(select, measureIds.map((m) => h('option', { value: m }, t(`regions.measure.${m}`))));
    select.value = measure;
    select.setAttribute('aria-label', t('regions.measure'));
    clear(root, h('section', { class: 'regions' },
      h('h1', {}, t('regions.title')),
      h('div', { class: 'filters' }, h('label', { class: 'inline' }, `${t('regions.measure')}: `, select), statusEl),
      h('p', { class: 'muted small' }, t('regions.map')),
      h('div', { class: 'regions-main' }, h('div', { class: 'map-column' }, mapEl, legendEl), panelEl)));
    renderMap();
    renderPanel();
  }

  async function load(): Promise<void> {
    regions = await settle(insightApi.regions());
    if (disposed) return;
    renderMap();
    renderPanel();
  }

  render();
  void load();
  if (selected) void loadRegion(selected);
  return { render, update: follow, dispose: () => { disposed = true; } };
}
