import { Router } from 'express';
import { readerOf, type Engine } from '../engine/index.js';
import { notFound, route } from '../http/errors.js';
import { exportCluster } from './export.js';
import { datasetSchema } from '../../graph-schema/index.js';
import { datasetWorkbook, XLSX_TYPE } from '../../loaders/spreadsheet/dataset-workbook.js';

export function exportRoutes(engine: Engine): Router {
  const r = Router();
  r.get('/clusters/:id/dataset.json', route(async (req, res) => {
    const id = String(req.params.id);
    const doc = await exportCluster(readerOf(engine), id);
    if (!doc) throw notFound(`cluster "${id}"`);
    res.attachment(`${id}-dataset.json`).json(doc);
  }));
  // The same document as a workbook, one sheet per table; POST /api/datasets takes it back.
  r.get('/clusters/:id/dataset.xlsx', route(async (req, res) => {
    const id = String(req.params.id);
    const doc = await exportCluster(readerOf(engine), id);
    if (!doc) throw notFound(`cluster "${id}"`);
    res.type(XLSX_TYPE).attachment(`${id}-dataset.xlsx`).send(await datasetWorkbook(datasetSchema.parse(doc)));
  }));
  return r;
}
