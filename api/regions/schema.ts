// Response schemas of GET /api/regions and GET /api/regions/:name
import { z } from 'zod';

/** The 2025 atlas regional rating: rank and sub-indices S1–S5 and total as fractions (null: not given). */
export const rating = z.object({
  rank: z.number().int(),
  s1: z.number().nullable(), s2: z.number().nullable(), s3: z.number().nullable(), s4: z.number().nullable(), s5: z.number().nullable(),
  total: z.number().nullable(),
});

export const regionRow = z.object({
  name: z.string(),
  /** Clusters whose data names this region; of them from the registry, and with participants in the data. */
  clusters: z.number().int(),
  clustersInRegistry: z.number().int(),
  clustersWithData: z.number().int(),
  /** Organizations located in the region that take part in a cluster. */
  participants: z.number().int(),
  /** Supplies of the year between organizations sharing a cluster, at the supplier's region. */
  internalFlows: z.number(),
  /** Unmet need of the year of the participants located in the region. */
  unmet: z.number(),
  rating: rating.nullable(),
});

export const regionsAnswer = z.object({
  /** The year of flows and needs: the one asked for, or the latest in the graph (null: no data). */
  year: z.number().int().nullable(),
  items: z.array(regionRow),
});

const flowEnd = z.object({
  cluster: z.string(),
  name: z.string(),
  /** This region for the end inside it; for the other end the first of its cluster's regions (null: none). */
  region: z.string().nullable(),
  regions: z.array(z.string()),
});

export const regionAnswer = z.object({
  name: z.string(),
  year: z.number().int().nullable(),
  rating: rating.nullable(),
  /** Participants and level of each cluster of the region, in the cluster's own latest year (or the year asked). */
  clusters: z.array(z.object({ id: z.string(), name: z.string(), participants: z.number().int(), level: z.number().nullable() })),
  /** Inter-cluster flows with exactly one end's cluster in this region, largest first. */
  crossBorder: z.array(z.object({ from: flowEnd, to: flowEnd, value: z.number() })),
});

export type RegionsAnswer = z.infer<typeof regionsAnswer>;
export type RegionAnswer = z.infer<typeof regionAnswer>;
export type Rating = z.infer<typeof rating>;
