// The Express app: every API route under /api, the built web app at /, errors in one place.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Engine } from './engine/index.js';
import { datasetRoutes } from './datasets/routes.js';
import { errorHandler, HttpError, requestLog } from './http/errors.js';
import { registryRoutes } from './registry/routes.js';
import { dependencyRoutes } from './dependency/routes.js';
import { chainRoutes } from './chain/routes.js';
import { gapsRoutes } from './gaps/routes.js';
import { complianceRoutes } from './compliance/routes.js';
import { scenarioRoutes } from './scenarios/routes.js';
import { exportRoutes } from './export/routes.js';
import { sourcingRoutes } from './sourcing/routes.js';
import { interclusterRoutes } from './intercluster/routes.js';
import { historyRoutes } from './history/routes.js';
import { compareRoutes } from './compare/routes.js';
import { regionRoutes } from './regions/routes.js';
import { surveyRoutes } from './survey/routes.js';
import { questionnaireRoutes } from './questionnaires/routes.js';

export interface AppOptions {
  apiToken?: string;
  bodyLimit?: string;
  /** Folder of the built web app (vite build); served with an SPA fallback when it exists. */
  webDir?: string;
}

export function createApp(engine: Engine, opts: AppOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog);
  app.use('/api', express.json({ limit: opts.bodyLimit ?? '20mb' }));
  app.get('/api/health', (_req, res) => { res.json({ status: 'ok', engine: engine.name }); });
  app.use('/api', registryRoutes(engine));
  app.use('/api', datasetRoutes(engine, opts.apiToken, opts.bodyLimit));
  app.use('/api', dependencyRoutes(engine));
  app.use('/api', chainRoutes(engine));
  app.use('/api', gapsRoutes(engine));
  app.use('/api', complianceRoutes(engine));
  app.use('/api', scenarioRoutes(engine));
  app.use('/api', exportRoutes(engine));
  app.use('/api', sourcingRoutes(engine));
  app.use('/api', interclusterRoutes(engine));
  app.use('/api', historyRoutes(engine));
  app.use('/api', compareRoutes(engine));
  app.use('/api', regionRoutes(engine));
  app.use('/api', surveyRoutes(engine));
  app.use('/api', questionnaireRoutes(engine, opts.apiToken));
  app.use('/api', (req, _res, next) => next(new HttpError(404, 'not_found', `no API route ${req.method} ${req.path}`)));
  if (opts.webDir && fs.existsSync(path.join(opts.webDir, 'index.html'))) {
    app.use(express.static(opts.webDir, { index: false }));
    app.get(/.*/, (_req, res) => { res.sendFile(path.resolve(opts.webDir!, 'index.html')); });
  }
  app.use(errorHandler);
  return app;
}
