import { Router } from 'express';
import { readerOf, type Engine } from '../engine/index.js';
import { route } from '../http/errors.js';
import { resolveYear } from '../dependency/dependency.js';
import { requireCluster, yearQuery } from '../dependency/routes.js';
import { gaps } from './gaps.js';

export function gapsRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/gaps', route(async (req, res) => {
    const id = String(req.params.id);
    const { year } = yearQuery.parse(req.query);
    await requireCluster(engine, id);
    const run = readerOf(engine);
    res.json(await gaps(run, id, await resolveYear(run, id, year)));
  }));
  return r;
}
