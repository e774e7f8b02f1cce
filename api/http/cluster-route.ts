// What every per-cluster analytic route shares: the year parameter, the 404, the default year.
import type { RequestHandler } from 'express';
import { z } from 'zod';
import { readerOf, type Engine, type Run } from '../engine/index.js';
import { resolveYear } from '../dependency/dependency.js';
import { clusterExists } from '../registry/queries.js';
import { notFound, route } from './errors.js';

export const yearQuery = z.object({
  year: z.coerce.number({ message: 'year must be a number such as 2024' }).int('year must be a whole number').min(1990, 'year must be 1990 or later').max(2100, 'year must be 2100 or earlier').optional(),
});

/** 404 unless the cluster exists. */
export async function requireCluster(engine: Engine, id: string): Promise<void> {
  const rows = await engine.read(clusterExists, { cluster: id });
  if (!rows.length) throw notFound(`cluster "${id}"`);
}

/** GET /clusters/:id/…?year=: answers for the year asked, or the latest with data. */
export function clusterYearRoute(engine: Engine, answer: (run: Run, cluster: string, year: number | null) => Promise<unknown>): RequestHandler {
  return route(async (req, res) => {
    const id = String(req.params.id);
    const { year } = yearQuery.parse(req.query);
    await requireCluster(engine, id);
    const run = readerOf(engine);
    res.json(await answer(run, id, await resolveYear(run, id, year)));
  });
}
