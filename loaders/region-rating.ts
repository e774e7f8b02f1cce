// The regional rating of the 2025 atlas of industrial clusters (loaders/data/atlas-2025-region-rating.tsv:
// rank, region, sub-indices S1–S5 and the total, in percent with a decimal comma) stored on Region nodes.
// A new rating replaces the previous one whole; regions the table names are matched by normaliseRegion,
// and a name that is no subject is skipped with a warning.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Label as L, normaliseRegion, type Problem } from '../graph-schema/index.js';
import type { Engine } from '../api/engine/index.js';
import { upsertNodes } from './writes.js';

export const RATING_TSV = new URL('./data/atlas-2025-region-rating.tsv', import.meta.url);
const COLUMNS = ['rank', 'region', 'S1', 'S2', 'S3', 'S4', 'S5', 'total'];
const SHARES = ['s1', 's2', 's3', 's4', 's5', 'total'] as const;

export interface RegionRating {
  name: string;
  rank: number;
  s1: number | null; s2: number | null; s3: number | null; s4: number | null; s5: number | null; total: number | null;
}

export class RatingInvalid extends Error {
  constructor(readonly errors: Problem[]) { super(`the rating table has ${errors.length} error(s); nothing was written`); }
}

/** Is this .tsv the regional rating (rather than the registry)? Decided by its header. */
export function isRatingTable(file: string | URL): boolean {
  const first = fs.readFileSync(file, 'utf8').split(/\r?\n/, 1)[0] ?? '';
  return first.split('\t')[0]?.trim() === 'rank';
}

/** "37,8%" → 0.378; "0.378" → 0.378; empty → null (the atlas gives no figure). */
function share(cell: string | undefined): number | null | 'invalid' {
  const text = (cell ?? '').trim().replace(',', '.');
  if (!text) return null;
  const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(text);
  if (!m) return 'invalid';
  // Parsed as decimal text, so 37,8% is the double nearest 0.378, not 37.8 / 100.
  const value = m[2] ? Number(`${m[1]}e-2`) : Number(m[1]);
  return value > 1 ? 'invalid' : value;
}

export function readRating(file: string | URL = RATING_TSV): { ratings: RegionRating[]; warnings: Problem[] } {
  const rows: string[][] = parse(fs.readFileSync(file, 'utf8'), { delimiter: '\t', relax_quotes: true, skip_empty_lines: true, relax_column_count: true });
  const [header, ...body] = rows;
  if (!header || COLUMNS.some((c, i) => header[i]?.trim() !== c)) {
    throw new RatingInvalid([{ path: 'line 1', value: header, message: `the header must be: ${COLUMNS.join(', ')}` }]);
  }
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const seen = new Map<string, number>();
  const ratings: RegionRating[] = [];
  body.forEach((cells, i) => {
    const line = i + 2;
    const [rankCell, regionCell] = cells;
    const rank = Number(rankCell);
    if (!Number.isInteger(rank) || rank < 1) errors.push({ path: `line ${line}, column rank`, value: rankCell, message: 'the rank must be a positive whole number' });
    const shares = SHARES.map((k, j) => {
      const v = share(cells[j + 2]);
      if (v === 'invalid') errors.push({ path: `line ${line}, column ${COLUMNS[j + 2]}`, value: cells[j + 2], message: 'a sub-index is a percent such as "37,8%" or a fraction between 0 and 1' });
      return v === 'invalid' ? null : v;
    });
    const name = normaliseRegion(regionCell ?? '');
    if (!name) {
      warnings.push({ path: `line ${line}, column region`, value: regionCell, message: `"${regionCell ?? ''}" is not a subject of the Russian Federation: its rating is skipped` });
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) errors.push({ path: `line ${line}, column region`, value: regionCell, message: `${name} is rated twice (first on line ${first})` });
    seen.set(name, line);
    const [s1, s2, s3, s4, s5, total] = shares as [number | null, number | null, number | null, number | null, number | null, number | null];
    ratings.push({ name, rank, s1, s2, s3, s4, s5, total });
  });
  if (errors.length) throw new RatingInvalid(errors);
  return { ratings, warnings };
}

/** Removes every region's rating: a new table replaces the old one, it does not merge with it. */
export const clearRatings = `MATCH (g:${L.Region})
WHERE g.rank IS NOT NULL
SET g.rank = NULL, g.s1 = NULL, g.s2 = NULL, g.s3 = NULL, g.s4 = NULL, g.s5 = NULL, g.total = NULL`;

/** Reads the table and writes it onto Region nodes (created when missing) in one transaction. */
export async function loadRating(engine: Engine, file: string | URL = RATING_TSV): Promise<{ rated: number; warnings: Problem[] }> {
  const { ratings, warnings } = readRating(file);
  await engine.write(async (tx) => {
    await tx.run(clearRatings);
    await upsertNodes(tx, L.Region, ratings.map((r) => ({ id: r.name, ...r })));
  });
  return { rated: ratings.length, warnings };
}
