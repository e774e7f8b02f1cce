// GET /api/compare?clusters=a,b,…&year=: 2 to 10 clusters side by side.
import { Router } from 'express';
import { z } from 'zod';
import { readerOf, type Engine } from '../engine/index.js';
import { yearQuery } from '../http/cluster-route.js';
import { HttpError, route } from '../http/errors.js';
import { compare, MAX_CLUSTERS, MIN_CLUSTERS } from './compare.js';

const compareQuery = yearQuery.extend({
  // ?clusters=a,b or ?clusters=a&clusters=b
  clusters: z.union([z.string(), z.array(z.string())], { message: `clusters is required: give ${MIN_CLUSTERS} to ${MAX_CLUSTERS} cluster ids, e.g. ?clusters=a,b` })
    .transform((v) => (Array.isArray(v) ? v.join(',') : v).split(',').map((id) => id.trim())),
});

export function compareRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/compare', route(async (req, res) => {
    if (req.query.clusters === undefined) throw new HttpError(400, 'invalid_request', `clusters is required: give ${MIN_CLUSTERS} to ${MAX_CLUSTERS} cluster ids, e.g. ?clusters=a,b`);
    const { clusters, year } = compareQuery.parse(req.query);
    res.json(await compare(readerOf(engine), clusters, year));
  }));
  return r;
}
