// Response schema of GET /api/clusters/:id/history: the cluster's figures in every year with data.
import { z } from 'zod';
import { requirementStatus } from '../compliance/schema.js';

export const historyYear = z.object({
  year: z.number().int(),
  /** The dependency answer's cluster figures for the year (pp779-2015 thresholds). */
  level: z.number().nullable(),
  levelByOutput: z.number().nullable(),
  threshold: z.number(),
  pass: z.boolean().nullable(),
  /** Per edition: fail if any requirement fails, else unknown if any is unknown, else pass. */
  compliance: z.array(z.object({
    edition: z.string(), status: requirementStatus,
    summary: z.object({ pass: z.number().int(), fail: z.number().int(), unknown: z.number().int() }),
  })),
  /** Σ unmet ₽ over the gaps answer's unmet needs, and how many products have unmet need. */
  unmet: z.number(),
  niches: z.number().int(),
  participants: z.array(z.object({ id: z.string(), name: z.string(), level: z.number().nullable(), pass: z.boolean().nullable() })),
});

export const historyAnswer = z.object({
  cluster: z.string(),
  /** Ascending: earliest year first. */
  years: z.array(historyYear),
});

export type HistoryAnswer = z.infer<typeof historyAnswer>;
