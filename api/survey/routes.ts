import { Router } from 'express';
import { readerOf, type Engine } from '../engine/index.js';
import { notFound, route } from '../http/errors.js';
import { survey } from './survey.js';
import { waveTwoWorkbook } from './wave2-workbook.js';
import { XLSX_TYPE } from '../../loaders/spreadsheet/dataset-workbook.js';

export function surveyRoutes(engine: Engine): Router {
  const r = Router();
  const answer = async (id: string) => {
    const a = await survey(readerOf(engine), id);
    if (!a) throw notFound(`cluster "${id}"`);
    return a;
  };
  r.get('/clusters/:id/survey', route(async (req, res) => { res.json(await answer(String(req.params.id))); }));
  r.get('/clusters/:id/survey/wave2.xlsx', route(async (req, res) => {
    const id = String(req.params.id);
    const body = await waveTwoWorkbook(await answer(id));
    res.type(XLSX_TYPE).attachment(`${id}-wave2.xlsx`).send(body);
  }));
  return r;
}
