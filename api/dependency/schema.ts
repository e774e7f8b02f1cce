// Response schema of GET /api/clusters/:id/dependency (design.md, README "Methodology").
import { z } from 'zod';
import { membershipStatuses, orgKinds } from '../../graph-schema/index.js';

const share = z.number().nullable();
const money = z.number().nullable();

export const fix = z.object({
  /** purchases: buy this much more from other participants; sales: sell this much more to them. */
  via: z.enum(['purchases', 'sales']),
  value: z.number(),
});

export const participantDependency = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(orgKinds),
  status: z.enum(membershipStatuses),
  stage: z.string().nullable(),
  priorityTerritory: z.boolean(),
  output: money,
  purchases: money,
  /** Σ supplies from other participants / Σ supplies to other participants, in the year. */
  in: z.number(),
  out: z.number(),
  inShare: share,
  outShare: share,
  level: share,
  /** null: unknown (a share is missing and the known one is below 5%) */
  pass: z.boolean().nullable(),
  exempt: z.boolean(),
  exemptReason: z.enum(['non-industrial', 'potential-with-agreement']).nullable(),
  /** Why a potential participant with an agreement is not exempt (the 4th and later). */
  notExemptReason: z.string().nullable(),
  fix: fix.nullable(),
  /** Why a share or the level is null. */
  reason: z.string().nullable(),
});

export const clusterDependency = z.object({
  id: z.string(),
  year: z.number().int().nullable(),
  participants: z.number().int(),
  priorityParticipants: z.number().int(),
  priorityShare: share,
  internalFlows: z.number(),
  totalPurchases: money,
  totalOutput: money,
  level: share,
  levelByOutput: share,
  threshold: z.number(),
  pass: z.boolean().nullable(),
  reason: z.string().nullable(),
});

export const dependencyAnswer = z.object({
  cluster: clusterDependency,
  participants: z.array(participantDependency),
});

export type DependencyAnswer = z.infer<typeof dependencyAnswer>;
export type ParticipantDependency = z.infer<typeof participantDependency>;
