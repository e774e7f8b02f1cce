// Response schema of GET /api/clusters/:id/sourcing?year=
import { z } from 'zod';

const product = z.object({ id: z.string(), name: z.string(), okpd2: z.string().nullable() });

export const sourcingCandidate = z.object({
  org: z.object({ id: z.string(), name: z.string(), inn: z.string().nullable(), region: z.string().nullable() }),
  /** Every cluster the organization takes part in (never the one asked about), by id. */
  clusters: z.array(z.string()),
  /** Its region, normalised, is one of the cluster's regions, normalised. */
  sameRegion: z.boolean(),
  /** ₽ of the matching products it supplies to anyone in the year. */
  suppliedElsewhere: z.number(),
  /** "id" when it makes or ships the niche product itself, else "okpd2" (a nesting OKPD2 code). */
  matchedBy: z.enum(['id', 'okpd2']),
  /** The matching product shown for it: the niche product itself, else the first by id. */
  product,
  /** Every matching product it makes or ships: the id match first, then by id. */
  products: z.array(product.extend({ matchedBy: z.enum(['id', 'okpd2']) })),
});

export const sourcingItem = z.object({
  product,
  /** The gaps answer's unmet ₽ of this product, and its total need. */
  unmet: z.number(),
  need: z.number(),
  candidates: z.array(sourcingCandidate),
});

export const sourcingAnswer = z.object({
  cluster: z.string(),
  year: z.number().int().nullable(),
  /** The shortest OKPD2 code that matches by prefix (a group, "20.59"). */
  okpd2MinPrefix: z.number().int(),
  items: z.array(sourcingItem),
});

export type SourcingAnswer = z.infer<typeof sourcingAnswer>;
export type SourcingCandidate = z.infer<typeof sourcingCandidate>;
