import { Router } from 'express';
import { z } from 'zod';
import { readerOf, type Engine } from '../engine/index.js';
import { route } from '../http/errors.js';
import { resolveYear } from '../dependency/dependency.js';
import { requireCluster, yearQuery } from '../http/cluster-route.js';
import { compliance } from './compliance.js';
import { DEFAULT_EDITION, editions } from './editions.js';

export const complianceQuery = yearQuery.extend({
  edition: z.string().default(DEFAULT_EDITION).superRefine((e, ctx) => {
    if (!editions.has(e)) ctx.addIssue({ code: 'custom', message: `unknown edition "${e}"; known: ${[...editions.keys()].join(', ')}` });
  }),
});

export function complianceRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/editions', (_req, res) => { res.json([...editions.values()].map(({ id, title, requirements }) => ({ id, title, requirements: requirements.map(({ id: rid, text }) => ({ id: rid, text })) }))); });
  r.get('/clusters/:id/compliance', route(async (req, res) => {
    const id = String(req.params.id);
    const { edition, year } = complianceQuery.parse(req.query);
    await requireCluster(engine, id);
    const run = readerOf(engine);
    res.json(await compliance(run, id, await resolveYear(run, id, year), edition));
  }));
  return r;
}
