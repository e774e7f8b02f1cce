// Registry reads: the cluster list and a cluster's profile, validated against their response schemas.
import type { z } from 'zod';
import type { Engine } from '../engine/index.js';
import * as q from './queries.js';
import * as schema from './schema.js';

export type ClusterList = z.infer<typeof schema.clusterList>;
export type ClusterProfile = z.infer<typeof schema.clusterProfile>;

export async function listClusters(engine: Engine, query: z.input<typeof schema.listQuery>): Promise<ClusterList> {
  const f = schema.listQuery.parse(query);
  const params = { q: f.q.trim().toLowerCase(), region: f.region, specialization: f.specialization };
  const [{ total }] = (await engine.read(q.countClusters, params)) as [{ total: number }];
  const rows = await engine.read(q.listClusters, { ...params, limit: f.limit, offset: f.offset });
  const items = rows.map((r) => ({ ...r, regions: sorted(r.regions) }));
  return schema.clusterList.parse({ items, total, limit: f.limit, offset: f.offset });
}

export async function facets(engine: Engine): Promise<{ regions: string[]; specializations: string[] }> {
  const [row] = await engine.read(q.facets);
  return { regions: sorted(row?.regions), specializations: sorted(row?.specializations) };
}

/** The profile, or null when there is no such cluster. */
export async function clusterProfile(engine: Engine, cluster: string): Promise<ClusterProfile | null> {
  const [profile] = await engine.read(q.clusterProfile, { cluster });
  if (!profile) return null;
  const stages = await engine.read(q.clusterStages, { cluster });
  const participants = await engine.read(q.clusterParticipants, { cluster });
  const [counts] = await engine.read(q.clusterCounts, { cluster });
  const count = (pred: (p: Record<string, unknown>) => boolean) => participants.filter(pred).length;
  return schema.clusterProfile.parse({
    ...profile,
    regions: sorted(profile.regions),
    stages: stages.map(({ position, ...s }) => ({ ...s, order: position })),
    participants,
    counts: {
      participants: participants.length,
      members: count((p) => p.status === 'member'),
      potential: count((p) => p.status === 'potential'),
      enterprises: count((p) => p.kind === 'enterprise'),
      finalProducers: count((p) => p.finalProducer === true),
      ...counts,
    },
  });
}

function sorted(list: unknown): string[] {
  return ((list as (string | null)[] | null) ?? []).filter((x): x is string => x != null).sort((a, b) => a.localeCompare(b, 'ru'));
}
