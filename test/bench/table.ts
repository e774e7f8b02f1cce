// The benchmark's printed table and its one-line JSON summary.
import type { Scale } from './generate-scale.js';

export interface Summary {
  scale: Scale;
  engine: 'kuzu' | 'neo4j';
  loadRecordsPerSec: number;
  clusterAnalyticsP50Ms: number;
  clusterAnalyticsP95Ms: number;
  sweepMs: number;
  apiP50Ms: number;
  apiP95Ms: number;
  peakRssMb: number;
  dbToOracleRatio: number;
}

export interface Line { figure: string; value: string; target?: string; ok?: boolean | null }

const r = (v: number, digits = 0) => (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '—');
export const msText = (v: number) => `${r(v, v < 100 ? 1 : 0)} ms`;
export const fmt = r;

/** A figure with its issue-5 target (Kùzu on 2 cores): ✓ held, ✗ missed, blank when it has none at this scale. */
export function line(figure: string, value: string, target?: { text: string; ok: boolean }): Line {
  return { figure, value, target: target?.text ?? '', ok: target ? target.ok : null };
}

export function printTable(title: string, lines: Line[]): void {
  const w = [Math.max(...lines.map((l) => l.figure.length)), Math.max(...lines.map((l) => l.value.length))];
  console.log(`\n${title}`);
  console.log(`${'figure'.padEnd(w[0]!)}  ${'value'.padStart(w[1]!)}  target`);
  console.log(`${'-'.repeat(w[0]!)}  ${'-'.repeat(w[1]!)}  ${'-'.repeat(24)}`);
  for (const l of lines) {
    const mark = l.ok === null || l.ok === undefined ? '' : l.ok ? ' ✓' : ' ✗ missed';
    console.log(`${l.figure.padEnd(w[0]!)}  ${l.value.padStart(w[1]!)}  ${l.target ?? ''}${mark}`);
  }
}

/** The machine-readable last line: every key present, numbers rounded to 0.01. */
export function summaryLine(s: Summary): string {
  const round = (v: number) => Math.round(v * 100) / 100;
  return JSON.stringify(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])));
}
