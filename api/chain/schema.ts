// Response schema of GET /api/clusters/:id/chain: Cytoscape elements of the cooperation chain.
import { z } from 'zod';

export const chainNode = z.object({
  data: z.object({
    id: z.string(),
    label: z.string(),
    /** participant: a member or potential member; outside: the cluster's outside suppliers of one country, grouped */
    type: z.enum(['participant', 'outside']),
    stage: z.string().nullable(),
    stageOrder: z.number().int().nullable(),
    kind: z.string().nullable(),
    status: z.string().nullable(),
    finalProducer: z.boolean(),
    country: z.string().nullable(),
    region: z.string().nullable(),
    inn: z.string().nullable(),
    /** outside groups: how many organizations the node stands for */
    members: z.number().int(),
  }),
});

export const chainEdge = z.object({
  data: z.object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    /** supply: between participants; inflow: from an outside group to a participant */
    type: z.enum(['supply', 'inflow']),
    product: z.string().nullable(),
    productName: z.string().nullable(),
    value: z.number(),
  }),
});

export const chainAnswer = z.object({
  year: z.number().int().nullable(),
  stages: z.array(z.object({ id: z.string(), name: z.string(), order: z.number().int() })),
  nodes: z.array(chainNode),
  edges: z.array(chainEdge),
});

export type ChainAnswer = z.infer<typeof chainAnswer>;
