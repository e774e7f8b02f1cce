import { Router } from 'express';
import { readerOf, type Engine } from '../engine/index.js';
import { notFound, route } from '../http/errors.js';
import { exportCluster } from './export.js';

export function exportRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/dataset.json', route(async (req, res) => {
    const id = String(req.params.id);
    const doc = await exportCluster(readerOf(engine), id);
    if (!doc) throw notFound(`cluster "${id}"`);
    res.attachment(`${id}-dataset.json`).json(doc);
  }));
  return r;
}
