import { Router } from 'express';
import { z } from 'zod';
import { readerOf, type Engine } from '../engine/index.js';
import { notFound, route } from '../http/errors.js';
import { dependency, resolveYear } from './dependency.js';
import { clusterExists } from '../registry/queries.js';

export const yearQuery = z.object({
  year: z.coerce.number({ message: 'year must be a number such as 2024' }).int('year must be a whole number').min(1990, 'year must be 1990 or later').max(2100, 'year must be 2100 or earlier').optional(),
});

/** 404 unless the cluster exists; shared by every per-cluster analytic route. */
export async function requireCluster(engine: Engine, id: string): Promise<void> {
  const rows = await engine.read(clusterExists, { cluster: id });
  if (!rows.length) throw notFound(`cluster "${id}"`);
}

export function dependencyRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/dependency', route(async (req, res) => {
    const id = String(req.params.id);
    const { year } = yearQuery.parse(req.query);
    await requireCluster(engine, id);
    const run = readerOf(engine);
    res.json(await dependency(run, id, await resolveYear(run, id, year)));
  }));
  return r;
}
