// GET /api/regions?year= and GET /api/regions/:name?year= (any spelling of the subject's name).
import { Router } from 'express';
import { readerOf, type Engine } from '../engine/index.js';
import { yearQuery } from '../http/cluster-route.js';
import { route } from '../http/errors.js';
import { regions, requireRegion } from './regions.js';

export function regionRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/regions', route(async (req, res) => {
    const { year } = yearQuery.parse(req.query);
    res.json(await regions(readerOf(engine), year));
  }));
  r.get('/regions/:name', route(async (req, res) => {
    const { year } = yearQuery.parse(req.query);
    res.json(await requireRegion(readerOf(engine), String(req.params.name), year));
  }));
  return r;
}
