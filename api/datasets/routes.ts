// POST /api/datasets: the HTTP face of the import pipeline (loaders/import.ts).
import { Router, type RequestHandler } from 'express';
import type { Engine } from '../engine/index.js';
import { HttpError, route } from '../http/errors.js';
import { importDataset } from '../../loaders/import.js';

/** When API_TOKEN is set, writes need `Authorization: Bearer <token>`. */
export function requireToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) return next();
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    next(given === token ? undefined : new HttpError(401, 'unauthorized', 'this write needs the header "Authorization: Bearer <API_TOKEN>"'));
  };
}

export function datasetRoutes(engine: Engine, token: string | undefined): Router {
  const r = Router();
  r.post('/datasets', requireToken(token), route(async (req, res) => {
    if (!req.is('application/json')) throw new HttpError(415, 'unsupported_media_type', 'send the dataset as JSON with "Content-Type: application/json"');
    res.status(201).json(await importDataset(engine, req.body));
  }));
  return r;
}
