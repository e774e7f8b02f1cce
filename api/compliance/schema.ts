// Response schema of GET /api/clusters/:id/compliance?edition=
import { z } from 'zod';

export const requirementStatus = z.enum(['pass', 'fail', 'unknown']);

export const requirementAnswer = z.object({
  id: z.string(),
  text: z.object({ ru: z.string(), en: z.string() }),
  status: requirementStatus,
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  /** How value and threshold compare (>= or <=), or a yes/no fact (flag: value 1 is yes, 0 is no). */
  op: z.enum(['>=', '<=', 'flag']),
  /** count: a number of participants or projects; share: a fraction 0..1; flag: yes/no */
  unit: z.enum(['count', 'share', 'flag']),
  detail: z.object({
    /** Participants that fail this requirement (by id), with what they lack. */
    failing: z.array(z.object({ id: z.string(), name: z.string(), level: z.number().nullable().optional(), note: z.string().optional() })).default([]),
    counts: z.record(z.string(), z.number()).default({}),
    note: z.string().nullable().default(null),
  }),
});

export const complianceAnswer = z.object({
  edition: z.string(),
  title: z.object({ ru: z.string(), en: z.string() }),
  year: z.number().int().nullable(),
  requirements: z.array(requirementAnswer),
  summary: z.object({ pass: z.number().int(), fail: z.number().int(), unknown: z.number().int() }),
});

export type ComplianceAnswer = z.infer<typeof complianceAnswer>;
