import { Router } from 'express';
import type { Engine } from '../engine/index.js';
import { clusterYearRoute } from '../http/cluster-route.js';
import { dependency } from './dependency.js';

export function dependencyRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/dependency', clusterYearRoute(engine, (run, id, year) => dependency(run, id, year)));
  return r;
}
