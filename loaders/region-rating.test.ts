import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../api/engine/index.js';
import { engineCases } from '../test/support/engines.js';
import { isRatingTable, loadRating, RatingInvalid, RATING_TSV, readRating } from './region-rating.js';
import { REGISTRY_TSV } from './registry-tsv.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rating-'));
const table = (name: string, lines: string[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, ['rank\tregion\tS1\tS2\tS3\tS4\tS5\ttotal', ...lines].join('\n'));
  return file;
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the atlas regional rating table', () => {
  it('reads the 20 rated regions with sub-indices as fractions', () => {
    const { ratings, warnings } = readRating();
    expect(warnings).toEqual([]);
    expect(ratings).toHaveLength(20);
    expect(ratings[0]).toEqual({ name: 'Республика Башкортостан', rank: 1, s1: 0.378, s2: 0.237, s3: 0.028, s4: 0.05, s5: 0.04, total: 0.733 });
    expect(ratings.find((r) => r.rank === 7)!.name).toBe('Москва');
    expect(ratings.find((r) => r.rank === 19)!).toMatchObject({ name: 'Кемеровская область', s3: 0, total: 0.16 });
  });

  it('is told apart from the registry table by its header', () => {
    expect(isRatingTable(RATING_TSV)).toBe(true);
    expect(isRatingTable(REGISTRY_TSV)).toBe(false);
  });

  it('normalises region spellings and warns about a name that is no subject', () => {
    const { ratings, warnings } = readRating(table('spellings.tsv', ['1\tг. Москва\t1,0%\t2%\t0.03\t\t0\t6%', '2\tАтлантида\t1%\t1%\t1%\t1%\t1%\t5%']));
    expect(ratings).toEqual([{ name: 'Москва', rank: 1, s1: 0.01, s2: 0.02, s3: 0.03, s4: null, s5: 0, total: 0.06 }]);
    expect(warnings).toEqual([expect.objectContaining({ path: 'line 3, column region', message: expect.stringMatching(/"Атлантида" is not a subject/) })]);
  });

  it('rejects a bad header, a bad rank, a percent without its sign and a region rated twice, naming line and column', () => {
    const bad = path.join(dir, 'header.tsv');
    fs.writeFileSync(bad, 'no\tname\n1\tМосква\n');
    expect(() => readRating(bad)).toThrow(RatingInvalid);
    try {
      readRating(table('bad.tsv', ['x\tМосква\t1%\t1%\t1%\t1%\t1%\t5%', '2\tОмская область\t37,8\t1%\t1%\t1%\t1%\t5%', '3\tМосква г.\t1%\t1%\t1%\t1%\t1%\t5%']));
      expect.unreachable();
    } catch (e) {
      expect((e as RatingInvalid).errors.map((p) => [p.path, p.message])).toEqual([
        ['line 2, column rank', 'the rank must be a positive whole number'],
        ['line 3, column S1', 'a sub-index is a percent such as "37,8%" or a fraction between 0 and 1'],
        ['line 4, column region', 'Москва is rated twice (first on line 2)'],
      ]);
    }
  });
});

describe.each(engineCases)('loading the rating on $name', ({ make }) => {
  let engine: Engine;
  beforeAll(async () => { engine = await make(); });
  afterAll(async () => { await engine.close(); });
  const rated = () => engine.read('MATCH (g:Region) WHERE g.rank IS NOT NULL RETURN g.id AS id, g.rank AS rank, g.s1 AS s1, g.s4 AS s4 ORDER BY rank');

  it('stores rank and sub-indices on Region nodes, idempotently', async () => {
    expect((await loadRating(engine)).rated).toBe(20);
    await loadRating(engine);
    const rows = await rated();
    expect(rows).toHaveLength(20);
    expect(rows[0]).toEqual({ id: 'Республика Башкортостан', rank: 1, s1: 0.378, s4: 0.05 });
  });

  it('a new table replaces the previous rating whole', async () => {
    await loadRating(engine, table('new.tsv', ['1\tОмская область\t1%\t2%\t3%\t\t5%\t15%']));
    expect(await rated()).toEqual([{ id: 'Омская область', rank: 1, s1: 0.01, s4: null }]);
  });

  it('writes nothing from a table with an error', async () => {
    await expect(loadRating(engine, table('broken.tsv', ['1\tМосква\t1%\t1%\t1%\t1%\t1%\t5%', '0\tОмская область\t1%\t1%\t1%\t1%\t1%\t5%']))).rejects.toThrow(RatingInvalid);
    expect((await rated()).map((r) => r.id)).toEqual(['Омская область']);
  });
});
