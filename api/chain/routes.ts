import { Router } from 'express';
import type { Engine } from '../engine/index.js';
import { clusterYearRoute } from '../http/cluster-route.js';
import { chain } from './chain.js';

export function chainRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/chain', clusterYearRoute(engine, chain));
  return r;
}
