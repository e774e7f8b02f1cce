// Response schemas of the registry routes.
import { z } from 'zod';
import { membershipStatuses, orgKinds } from '../../graph-schema/index.js';

export const clusterListItem = z.object({
  id: z.string(),
  name: z.string(),
  regions: z.array(z.string()),
  specialization: z.string().nullable(),
  registryNo: z.number().int().nullable(),
  declaredParticipants: z.number().int().nullable(),
  participants: z.number().int(),
});

export const clusterList = z.object({
  items: z.array(clusterListItem),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const participant = z.object({
  id: z.string(),
  name: z.string(),
  inn: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string(),
  kind: z.enum(orgKinds),
  priorityTerritory: z.boolean(),
  status: z.enum(membershipStatuses),
  stage: z.string().nullable(),
  finalProducer: z.boolean(),
  sopkGovernance: z.boolean(),
  agreement: z.boolean(),
});

export const clusterProfile = z.object({
  id: z.string(),
  name: z.string(),
  regions: z.array(z.string()),
  specialization: z.string().nullable(),
  registryNo: z.number().int().nullable(),
  declaredParticipants: z.number().int().nullable(),
  developmentProgramme: z.boolean().nullable(),
  scientificInfrastructure: z.boolean().nullable(),
  source: z.string().nullable(),
  stages: z.array(z.object({ id: z.string(), name: z.string(), order: z.number().int() })),
  participants: z.array(participant),
  counts: z.object({
    participants: z.number().int(),
    members: z.number().int(),
    potential: z.number().int(),
    enterprises: z.number().int(),
    finalProducers: z.number().int(),
    internalSupplies: z.number().int(),
    incomingSupplies: z.number().int(),
    needs: z.number().int(),
    projects: z.number().int(),
  }),
});

export const listQuery = z.object({
  q: z.string().default(''),
  region: z.string().default(''),
  specialization: z.string().default(''),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
