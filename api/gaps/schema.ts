// Response schema of GET /api/clusters/:id/gaps?year=
import { z } from 'zod';

export const unmetNeed = z.object({
  product: z.string(),
  productName: z.string(),
  need: z.number(),
  covered: z.number(),
  unmet: z.number(),
  /** Σ importShare·need / Σ need over the customers that report an import share; null if none does. */
  importShare: z.number().nullable(),
  countries: z.array(z.string()),
  customers: z.array(z.object({
    id: z.string(), name: z.string(), need: z.number(), covered: z.number(), unmet: z.number(), importShare: z.number().nullable(),
  })),
});

export const gapsAnswer = z.object({
  year: z.number().int().nullable(),
  unmetNeeds: z.array(unmetNeed),
  emptyStages: z.array(z.object({ id: z.string(), name: z.string(), order: z.number().int() })),
  singleSource: z.array(z.object({
    customer: z.string(), customerName: z.string(), product: z.string(), productName: z.string(),
    supplier: z.string(), supplierName: z.string(), value: z.number(),
  })),
  critical: z.array(z.discriminatedUnion('reason', [
    z.object({ reason: z.literal('threshold'), id: z.string(), name: z.string(), levelAfter: z.number(), thresholdAfter: z.number() }),
    z.object({ reason: z.literal('stage'), id: z.string(), name: z.string(), finalProducer: z.string(), finalProducerName: z.string(), stage: z.string(), stageName: z.string() }),
  ])),
});

export type GapsAnswer = z.infer<typeof gapsAnswer>;
