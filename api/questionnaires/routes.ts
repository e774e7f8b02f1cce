// The SOPK questionnaire: the form to download (empty or prefilled for one organization) and the
// upload of filled forms (.xlsx / .csv), written in one transaction or, with ?dryRun=1, not at all.
import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { readerOf, type Engine } from '../engine/index.js';
import { requireToken } from '../datasets/routes.js';
import { resolveYear } from '../dependency/dependency.js';
import { requireCluster } from '../http/cluster-route.js';
import { HttpError, notFound, route } from '../http/errors.js';
import { questionnaireBuffer } from '../../loaders/spreadsheet/questionnaire-template.js';
import { importQuestionnaires, QuestionnaireInvalid } from '../../loaders/spreadsheet/questionnaire-import.js';
import { defaultLimits, SpreadsheetRefused, type WorkbookLimits } from '../../loaders/spreadsheet/workbook.js';
import { prefill } from './prefill.js';
import { clusterName } from './queries.js';
import { questionnaireAnswerSchema } from './schema.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function attachment(name: string): string {
  return `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const multerMessages: Record<string, (l: WorkbookLimits) => [number, string]> = {
  LIMIT_FILE_SIZE: (l) => [413, `a file is larger than the limit of ${l.maxBytes} bytes`],
  LIMIT_FILE_COUNT: (l) => [413, `too many files: at most ${l.maxFiles} per upload`],
  LIMIT_PART_COUNT: (l) => [413, `too many parts: at most ${l.maxFiles} files and a few fields per upload`],
};

export function questionnaireRoutes(engine: Engine, token: string | undefined, limitOverrides: Partial<WorkbookLimits> = {}): Router {
  const limits = { ...defaultLimits, ...limitOverrides };
  const r = Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: limits.maxBytes, files: limits.maxFiles, fields: 10, parts: limits.maxFiles + 10 },
    defParamCharset: 'utf8',
  } as multer.Options).any();

  r.get('/clusters/:id/questionnaire.xlsx', route(async (req, res) => {
    const id = String(req.params.id);
    await requireCluster(engine, id);
    const run = readerOf(engine);
    const [c] = await run(clusterName, { cluster: id });
    const year = (await resolveYear(run, id)) ?? new Date().getFullYear() - 1;
    const orgId = typeof req.query.org === 'string' && req.query.org ? req.query.org : undefined;
    const filled = orgId ? await prefill(run, orgId) : undefined;
    if (orgId && !filled) throw notFound(`organization "${orgId}"`);
    const buf = await questionnaireBuffer({ cluster: { id, name: String(c?.name ?? id) }, year, ...(filled ?? {}) });
    res.set('content-type', XLSX_TYPE);
    res.set('content-disposition', attachment(`анкета-${id}${orgId ? `-${orgId}` : ''}.xlsx`));
    res.send(buf);
  }));

  r.post('/clusters/:id/questionnaires', requireToken(token), (req: Request, res: Response, next: NextFunction) => {
    if (!req.is('multipart/form-data')) return next(new HttpError(400, 'invalid_request', 'send the questionnaires as multipart/form-data, one or more .xlsx or .csv files'));
    // refuse an oversized body before reading it: the sum of the per-file limits would be too much to hold
    const length = Number(req.get('content-length') ?? 0);
    if (length > limits.maxBytes * 2) return next(new HttpError(413, 'too_large', `the upload is ${length} bytes, larger than the limit of ${limits.maxBytes * 2} bytes`));
    upload(req, res, (err: unknown) => {
      if (err instanceof multer.MulterError) {
        const [status, message] = multerMessages[err.code]?.(limits) ?? [400, `the upload could not be read: ${err.message}`];
        return next(new HttpError(status, status === 413 ? 'too_large' : 'invalid_request', message));
      }
      next(err);
    });
  }, route(async (req, res) => {
    const id = String(req.params.id);
    await requireCluster(engine, id);
    const dryRun = ['1', 'true', 'yes'].includes(String(req.query.dryRun ?? ''));
    const files = ((req.files ?? []) as Express.Multer.File[]).map((f) => ({ name: f.originalname, data: f.buffer }));
    try {
      const answer = questionnaireAnswerSchema.parse(await importQuestionnaires(engine, id, files, { dryRun, limits }));
      res.status(dryRun ? 200 : 201).json(answer);
    } catch (e) {
      if (e instanceof QuestionnaireInvalid) {
        res.status(400).json({ error: { code: 'invalid_questionnaire', message: e.message }, errors: e.errors, warnings: e.warnings });
      } else if (e instanceof SpreadsheetRefused) {
        res.status(e.status).json({ error: { code: e.status === 413 ? 'too_large' : 'invalid_file', message: e.message } });
      } else throw e;
    }
  }));
  return r;
}
