import { Router } from 'express';
import type { Engine } from '../engine/index.js';
import { route } from '../http/errors.js';
import { requireCluster } from '../http/cluster-route.js';
import { runScenario } from './scenarios.js';
import { scenarioRequest } from './schema.js';

export function scenarioRoutes(engine: Engine): Router {
  const r = Router();
  // Read-only in effect (always rolled back), so it needs no token.
  r.post('/clusters/:id/scenarios', route(async (req, res) => {
    const id = String(req.params.id);
    await requireCluster(engine, id);
    const body = scenarioRequest.parse(req.body ?? {});
    res.json(await runScenario(engine, id, body));
  }));
  return r;
}
