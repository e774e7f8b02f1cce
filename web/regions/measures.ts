// What the map colours a region by, and the colour scale with its legend bins (d3-scale).
// A region without a figure (no rating, no data) is drawn apart from a region whose figure is 0.
import { scaleQuantize } from 'd3-scale';
import type { RegionRow } from '../api-client.js';

export type MeasureId = 'clusters' | 'participants' | 'rating' | 'unmet' | 'flows';
export const measureIds: MeasureId[] = ['clusters', 'participants', 'rating', 'unmet', 'flows'];

/** Light to dark: more clusters, participants or unmet ₽, or a better rating rank, is darker. */
export const mapPalette = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const ZERO_COLOUR = '#f4f6f8';
export const NO_DATA_COLOUR = '#ffffff';

export interface MeasureSpec {
  id: MeasureId;
  /** Counts are drawn as whole-number bins, money compactly, ranks from the best. */
  kind: 'count' | 'rub' | 'rank';
}

export const measures: Record<MeasureId, MeasureSpec> = {
  clusters: { id: 'clusters', kind: 'count' },
  participants: { id: 'participants', kind: 'count' },
  rating: { id: 'rating', kind: 'rank' },
  unmet: { id: 'unmet', kind: 'rub' },
  flows: { id: 'flows', kind: 'rub' },
};

/** A region's figure for the measure; null when it has none (no rating). */
export function measureValue(row: RegionRow | undefined, id: MeasureId): number | null {
  if (!row) return id === 'rating' ? null : 0;
  switch (id) {
    case 'clusters': return row.clusters;
    case 'participants': return row.participants;
    case 'rating': return row.rating?.rank ?? null;
    case 'unmet': return row.unmet;
    case 'flows': return row.internalFlows;
  }
}

export interface Bin {
  /** Inclusive lower bound, exclusive upper bound (the last bin includes its upper bound). */
  from: number;
  to: number;
  colour: string;
}

export interface ColourScale {
  colour(value: number | null): string;
  bins: Bin[];
  /** The legend shows a «0» swatch only for counts and money, never for ranks. */
  zero: boolean;
}

/**
 * The colour scale of one measure over the figures of every region. Counts and money split
 * (0, max] into five equal bins (zero has its own swatch); ranks split [1, worst] with rank 1 darkest.
 * Count bins are whole numbers, so the legend never reads «2,4–4,8 clusters».
 */
export function colourScale(spec: MeasureSpec, values: Array<number | null>): ColourScale {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...known);
  if (spec.kind === 'rank') {
    const worst = Math.max(1, max);
    const n = Math.min(mapPalette.length, worst);
    const palette = [...mapPalette].reverse().slice(0, n);
    const step = worst / n;
    const bins = palette.map((colour, i) => ({ from: 1 + Math.ceil(i * step - 1e-9), to: Math.ceil((i + 1) * step - 1e-9), colour }));
    if (bins[0]) bins[0].from = 1;
    const colour = (v: number | null) => (v === null ? NO_DATA_COLOUR : (bins.find((b) => v <= b.to) ?? bins[bins.length - 1]!).colour);
    return { colour, bins, zero: false };
  }
  if (max <= 0) return { colour: (v) => (v === null ? NO_DATA_COLOUR : ZERO_COLOUR), bins: [], zero: true };
  if (spec.kind === 'count') {
    const n = Math.min(mapPalette.length, max);
    const size = Math.ceil(max / n);
    const bins = mapPalette.slice(0, n).map((colour, i) => ({ from: i * size + 1, to: Math.min(max, (i + 1) * size), colour }))
      .filter((b) => b.from <= b.to);
    const colour = (v: number | null) => (v === null ? NO_DATA_COLOUR : v <= 0 ? ZERO_COLOUR : (bins.find((b) => v <= b.to) ?? bins[bins.length - 1]!).colour);
    return { colour, bins, zero: true };
  }
  const q = scaleQuantize<string>().domain([0, max]).range([...mapPalette]);
  const edges = [0, ...q.thresholds(), max];
  const bins = mapPalette.map((colour, i) => ({ from: edges[i]!, to: edges[i + 1]!, colour }));
  const colour = (v: number | null) => (v === null ? NO_DATA_COLOUR : v <= 0 ? ZERO_COLOUR : q(v));
  return { colour, bins, zero: true };
}
