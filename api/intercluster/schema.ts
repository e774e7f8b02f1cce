// Response schema of GET /api/intercluster?year=: Cytoscape elements of the cluster-to-cluster graph.
import { z } from 'zod';

export const interclusterAnswer = z.object({
  /** The year asked for, or the latest with a cross-cluster supply; null when there is none. */
  year: z.number().int().nullable(),
  /** Clusters with at least one cross-cluster supply in the year. */
  nodes: z.array(z.object({ data: z.object({ id: z.string(), name: z.string(), participants: z.number().int() }) })),
  /** One edge per ordered pair of clusters: supplier's cluster → customer's cluster. */
  edges: z.array(z.object({
    data: z.object({
      id: z.string(), source: z.string(), target: z.string(),
      /** Σ ₽ of the cross-cluster supplies and how many there are. */
      value: z.number(), flows: z.number().int(),
    }),
  })),
});

export type InterclusterAnswer = z.infer<typeof interclusterAnswer>;
