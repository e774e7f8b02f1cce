// Response schema of GET /api/compare?clusters=a,b,…&year=
import { z } from 'zod';
import { orgKinds } from '../../graph-schema/index.js';
import { requirementStatus } from '../compliance/schema.js';

export const sizeClasses = ['micro', 'small', 'medium', 'large', 'unknown'] as const;

/**
 * Size class by the year's output (revenue), the SME limits of Government Decree No. 265 (2016):
 * micro ≤ 120 M₽, small ≤ 800 M₽, medium ≤ 2 bn₽, large above; unknown when output is not reported.
 */
export const sizeLimits = { microMax: 120e6, smallMax: 800e6, mediumMax: 2e9 } as const;

const counts = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);

export const clusterComparison = z.object({
  id: z.string(),
  name: z.string(),
  regions: z.array(z.string()),
  specialization: z.string().nullable(),
  /** The year compared: the one asked for, or this cluster's latest with data (null: none). */
  year: z.number().int().nullable(),
  participants: z.object({
    total: z.number().int(),
    members: z.number().int(),
    potential: z.number().int(),
    byKind: counts(orgKinds),
    bySize: counts(sizeClasses),
  }),
  level: z.number().nullable(),
  levelByOutput: z.number().nullable(),
  threshold: z.number(),
  pass: z.boolean().nullable(),
  /** Per requirement edition: fail if any requirement fails, else unknown if any is unknown, else pass. */
  compliance: z.array(z.object({ edition: z.string(), status: requirementStatus, failing: z.number().int(), unknown: z.number().int() })),
  /** Participants tested against 5% (not exempt) whose level is known to fall below it. */
  failingParticipants: z.array(z.object({ id: z.string(), name: z.string(), level: z.number().nullable() })),
  internalFlows: z.number(),
  unmet: z.number(),
  /** Σ importShare·unmet / Σ unmet over the products with unmet need that report an import share. */
  unmetImportShare: z.number().nullable(),
  emptyStages: z.number().int(),
  projects: z.object({ total: z.number().int(), byStatus: z.record(z.string(), z.number().int()) }),
  partners: z.object({
    orgs: z.number().int(),
    value: z.number(),
    byCountry: z.array(z.object({ country: z.string(), orgs: z.number().int(), value: z.number() })),
  }),
});

export const compareAnswer = z.object({ clusters: z.array(clusterComparison) });

export type CompareAnswer = z.infer<typeof compareAnswer>;
export type ClusterComparison = z.infer<typeof clusterComparison>;
