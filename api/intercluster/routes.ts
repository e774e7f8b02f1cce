import { Router } from 'express';
import type { Engine } from '../engine/index.js';
import { readerOf } from '../engine/index.js';
import { route } from '../http/errors.js';
import { yearQuery } from '../http/cluster-route.js';
import { intercluster } from './intercluster.js';

export function interclusterRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/intercluster', route(async (req, res) => {
    const { year } = yearQuery.parse(req.query);
    res.json(await intercluster(readerOf(engine), year));
  }));
  return r;
}
