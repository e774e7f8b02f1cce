import { Router } from 'express';
import type { Engine } from '../engine/index.js';
import { clusterYearRoute } from '../http/cluster-route.js';
import { gaps } from './gaps.js';

export function gapsRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/gaps', clusterYearRoute(engine, (run, id, year) => gaps(run, id, year)));
  return r;
}
