import { Router } from 'express';
import type { Engine } from '../engine/index.js';
import { clusterYearRoute } from '../http/cluster-route.js';
import { sourcing } from './sourcing.js';

export function sourcingRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/sourcing', clusterYearRoute(engine, (run, id, year) => sourcing(run, id, year)));
  return r;
}
