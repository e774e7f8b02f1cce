import { Router } from 'express';
import { readerOf, type Engine } from '../engine/index.js';
import { requireCluster } from '../http/cluster-route.js';
import { route } from '../http/errors.js';
import { history } from './history.js';

export function historyRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/history', route(async (req, res) => {
    const id = String(req.params.id);
    await requireCluster(engine, id);
    res.json(await history(readerOf(engine), id));
  }));
  return r;
}
