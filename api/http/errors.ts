// Errors as values at the HTTP edge: one place maps them to status codes and JSON bodies.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { formatPath, type Problem } from '../../graph-schema/index.js';
import { DatasetInvalid } from '../../loaders/import.js';

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly errors?: Problem[]) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  if (err instanceof DatasetInvalid) {
    res.status(400).json({ error: { code: 'invalid_dataset', message: err.message }, errors: err.errors, warnings: err.warnings });
    return;
  }
  if (err instanceof ZodError) {
    const errors = err.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
    res.status(400).json({ error: { code: 'invalid_request', message: errors.map((e) => `${e.path}: ${e.message}`).join('; ') }, errors });
    return;
  }
  if (err instanceof HttpError) {
    res.status(err.status).json({ error: { code: err.code, message: err.message }, ...(err.errors ? { errors: err.errors } : {}) });
    return;
  }
  // body-parser's errors carry a status and a type
  if (err && typeof err === 'object' && 'type' in err && 'status' in err) {
    const status = Number(err.status);
    if (err.type === 'entity.too.large') {
      res.status(413).json({ error: { code: 'too_large', message: `the request body is larger than the limit of ${(err as { limit?: number }).limit ?? '?'} bytes` } });
      return;
    }
    if (err.type === 'entity.parse.failed') {
      res.status(400).json({ error: { code: 'invalid_json', message: `the body is not valid JSON: ${(err as Error).message}` } });
      return;
    }
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: { code: String(err.type), message: (err as Error).message } });
      return;
    }
  }
  console.error(err);
  res.status(500).json({ error: { code: 'internal', message: 'internal error; the server log has the details' } });
};

/** Wraps an async route so its rejections reach the error handler. */
export const route = (fn: (...a: Parameters<RequestHandler>) => Promise<unknown>): RequestHandler =>
  (req, res, next) => { fn(req, res, next).catch(next); };

export const requestLog: RequestHandler = (req, res, next) => {
  const t0 = process.hrtime.bigint();
  res.on('finish', () => {
    if (process.env.LOG_REQUESTS === '0') return;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`${new Date().toISOString()} ${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
  });
  next();
};
