// Full validation of a dataset document: shape (zod) first, then the cross-record rules.
import { datasetSchema, type Dataset } from './dataset.js';
import { formatPath, type Problem } from './problems.js';
import { checkRules, noKnownIds, type KnownIds } from './rules.js';

export type Validation =
  | { ok: true; dataset: Dataset; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

export function validateDataset(input: unknown, known: KnownIds = noKnownIds()): Validation {
  const shape = parseShape(input);
  if (!shape.ok) return shape;
  const { errors, warnings } = checkRules(shape.dataset, known);
  return errors.length ? { ok: false, errors, warnings } : { ok: true, dataset: shape.dataset, warnings };
}

/** The field-by-field part alone (no cross-record rules): every shape problem with its path. */
export function parseShape(input: unknown): Validation {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const path = formatPath(issue.path);
      const value = valueAt(input, issue.path);
      const message = issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : value === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message;
      return { path, value, message };
    });
    return { ok: false, errors, warnings: [] };
  }
  return { ok: true, dataset: parsed.data, warnings: [] };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

export function describeProblem(p: Problem): string {
  const v = p.value === undefined ? '' : ` (value: ${JSON.stringify(p.value)})`;
  return `${p.path}: ${p.message}${v}`;
}
