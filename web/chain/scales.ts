// Colour and width scales of the chain: node colour by dependency level, edge width by ₽.
import { scaleSqrt, scaleThreshold } from 'd3-scale';

/**
 * Under 5% (fails the participant requirement of Decree 779), 5–20%, 20% and above; grey for a
 * level the API could not compute and for participants exempt from the 5% test.
 */
export type LevelCategory = 'low' | 'mid' | 'high' | 'unknown' | 'exempt';

export const palette = {
  low: '#d7301f',
  mid: '#f4a340',
  high: '#1a9850',
  unknown: '#9e9e9e',
  exempt: '#d9d9d9',
  outside: '#eef2f7',
  gap: '#c62828',
} as const;

// The API compares with thresholds allowing 1e-9 for floating-point rounding; so do the colours.
const EPS = 1e-9;
const thresholds = scaleThreshold<number, Exclude<LevelCategory, 'unknown' | 'exempt'>>()
  .domain([0.05 - EPS, 0.2 - EPS])
  .range(['low', 'mid', 'high']);

export interface LevelFacts {
  level: number | null;
  pass: boolean | null;
  exempt: boolean;
}

/** Which colour band a participant falls in; `null` facts (no dependency answer yet) are unknown. */
export function levelCategory(facts: LevelFacts | null | undefined): LevelCategory {
  if (!facts) return 'unknown';
  if (facts.exempt) return 'exempt';
  if (facts.level === null || facts.pass === null) return 'unknown';
  return thresholds(facts.level);
}

export function levelColour(facts: LevelFacts | null | undefined): string {
  return palette[levelCategory(facts)];
}

export const MIN_EDGE_WIDTH = 1;
export const MAX_EDGE_WIDTH = 14;

/** Edge width in pixels by flow value in ₽: square-root, so area grows with money; 0 ₽ → 1 px. */
export function edgeWidthScale(maxValue: number): (value: number) => number {
  const s = scaleSqrt().domain([0, maxValue > 0 ? maxValue : 1]).range([MIN_EDGE_WIDTH, MAX_EDGE_WIDTH]).clamp(true);
  return (value: number) => s(Math.max(0, value));
}
