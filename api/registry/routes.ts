import { Router } from 'express';
import type { Engine } from '../engine/index.js';
import { notFound, route } from '../http/errors.js';
import { clusterProfile, facets, listClusters } from './registry.js';

export function registryRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters', route(async (req, res) => { res.json(await listClusters(engine, req.query as Record<string, string>)); }));
  r.get('/facets', route(async (_req, res) => { res.json(await facets(engine)); }));
  r.get('/clusters/:id', route(async (req, res) => {
    const profile = await clusterProfile(engine, String(req.params.id));
    if (!profile) throw notFound(`cluster "${req.params.id}"`);
    res.json(profile);
  }));
  return r;
}
