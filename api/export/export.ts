// GET /api/clusters/:id/dataset.json: the cluster's data as a cluster-dataset/1 document.
// Importing it into an empty graph and exporting again gives the same document.
import { FORMAT, type DatasetInput } from '../../graph-schema/index.js';
import type { Run } from '../engine/index.js';
import { clusterProfile, clusterStages } from '../registry/queries.js';
import * as q from './queries.js';

export async function exportCluster(run: Run, cluster: string): Promise<DatasetInput | null> {
  const [c] = await run(clusterProfile, { cluster });
  if (!c) return null;
  const stages = await run(clusterStages, { cluster });
  const orgRows = await run(q.exportOrgs, { cluster });
  const supplies = await run(q.exportSupplies, { cluster });
  const needs = await run(q.exportNeeds, { cluster });
  const produces = await run(q.exportProduces, { cluster });
  const projects = await run(q.exportProjects, { cluster });
  const productIds = [...new Set([...supplies.map((s) => s.product), ...needs.map((n) => n.product), ...produces.map((p) => p.product), ...projects.flatMap((p) => (p.products as string[] | null) ?? [])].filter((x): x is string => typeof x === 'string'))].sort();
  const products = productIds.length ? await run(q.exportProducts, { ids: productIds }) : [];
  const organizations = new Map<string, NonNullable<DatasetInput['organizations']>[number]>();
  for (const r of orgRows) {
    const id = r.id as string;
    if (!organizations.has(id)) {
      organizations.set(id, compact({ id, name: r.name as string, inn: r.inn, region: r.region, country: r.country ?? 'RU', kind: r.kind ?? 'enterprise', priorityTerritory: r.priorityTerritory ?? false, financials: [] }) as never);
    }
    if (r.year != null) organizations.get(id)!.financials!.push(compact({ year: r.year, output: r.output, purchases: r.purchases }) as never);
  }
  return {
    format: FORMAT,
    description: (c.source as string | null) ?? undefined,
    clusters: [compact({
      id: cluster, name: c.name, regions: ((c.regions as string[]) ?? []).slice().sort(), specialization: c.specialization, registryNo: c.registryNo,
      declaredParticipants: c.declaredParticipants, developmentProgramme: c.developmentProgramme, scientificInfrastructure: c.scientificInfrastructure,
      stages: stages.map((s) => ({ id: s.id as string, name: s.name as string, order: s.position as number })),
    }) as never],
    organizations: [...organizations.values()],
    memberships: (await run(q.exportMemberships, { cluster })).map((m) => compact({ cluster, ...m }) as never),
    products: products.map((p) => compact(p) as never),
    produces: produces as never,
    supplies: supplies.map(({ key: _, source, target, ...s }) => compact({ from: source, to: target, ...s }) as never),
    needs: needs.map(({ key: _, ...n }) => compact(n) as never),
    projects: projects.map((p) => compact({ ...p, cluster, participants: ((p.participants as string[] | null) ?? []).slice().sort(), products: ((p.products as string[] | null) ?? []).slice().sort() }) as never),
    surveys: (await run(q.exportSurveys, { cluster })).map((v) => compact({ org: v.org, cluster, wave: v.wave, sent: v.sent, received: v.received }) as never),
  };
}

/** Leaves out absent (null) properties, as the format does. */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}
