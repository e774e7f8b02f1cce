// POST /api/datasets: the HTTP face of the import pipeline (loaders/import.ts), for a JSON document
// or a dataset workbook (.xlsx, loaders/spreadsheet/dataset-workbook.ts).
import express, { Router, type RequestHandler } from 'express';
import type { Engine } from '../engine/index.js';
import { HttpError, route } from '../http/errors.js';
import { importDataset } from '../../loaders/import.js';
import { XLSX_TYPE } from '../../loaders/spreadsheet/dataset-workbook.js';
import { importDatasetWorkbook, WorkbookInvalid } from '../../loaders/spreadsheet/dataset-workbook-import.js';
import { SpreadsheetRefused } from '../../loaders/spreadsheet/workbook.js';

/** When API_TOKEN is set, writes need `Authorization: Bearer <token>`. */
export function requireToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) return next();
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    next(given === token ? undefined : new HttpError(401, 'unauthorized', 'this write needs the header "Authorization: Bearer <API_TOKEN>"'));
  };
}

export function datasetRoutes(engine: Engine, token: string | undefined, bodyLimit = '20mb'): Router {
  const r = Router();
  // The workbook body is read as raw bytes, after the token check, with the same size limit as JSON.
  r.post('/datasets', requireToken(token), express.raw({ type: XLSX_TYPE, limit: bodyLimit }), route(async (req, res) => {
    if (req.is(XLSX_TYPE)) {
      res.status(201).json(await importWorkbook(engine, req.body));
      return;
    }
    if (!req.is('application/json')) throw new HttpError(415, 'unsupported_media_type', `send the dataset as JSON ("Content-Type: application/json") or as a workbook ("Content-Type: ${XLSX_TYPE}")`);
    res.status(201).json(await importDataset(engine, req.body));
  }));
  return r;
}

async function importWorkbook(engine: Engine, body: unknown) {
  if (!Buffer.isBuffer(body) || body.length === 0) throw new HttpError(400, 'invalid_workbook', 'the request body is empty: send the .xlsx file itself as the body');
  try {
    return await importDatasetWorkbook(engine, body, 'dataset.xlsx');
  } catch (e) {
    if (e instanceof WorkbookInvalid) {
      throw new HttpError(400, 'invalid_workbook', e.message, e.errors.map(({ path, sheet, cell, value, message }) => ({ path: path ?? '', sheet, cell, value, message })));
    }
    if (e instanceof SpreadsheetRefused) throw new HttpError(e.status, e.status === 413 ? 'too_large' : 'invalid_workbook', e.message);
    throw e;
  }
}
