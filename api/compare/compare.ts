// GET /api/compare: clusters side by side. Levels and compliance come from dependency() and
// compliance(), unmet need and empty stages from the gaps queries (one definition of each figure);
// composition, projects and partners from api/compare/queries.ts, one query for all clusters.
import { orgKinds, projectStatuses } from '../../graph-schema/index.js';
import type { Run } from '../engine/index.js';
import { compliance } from '../compliance/compliance.js';
import { editions } from '../compliance/editions.js';
import { dependency, resolveYear } from '../dependency/dependency.js';
import type { DependencyRules } from '../dependency/rules.js';
import type { DependencyAnswer } from '../dependency/schema.js';
import * as gapsQ from '../gaps/queries.js';
import { HttpError, notFound } from '../http/errors.js';
import * as q from './queries.js';
import { compareAnswer, sizeClasses, sizeLimits, type ClusterComparison, type CompareAnswer } from './schema.js';

export const MIN_CLUSTERS = 2;
export const MAX_CLUSTERS = 10;

/** Checks the ids asked for: 2–10 distinct ids (400), every one a known cluster (404 naming it). */
export async function checkClusterIds(run: Run, ids: string[]): Promise<Map<string, Record<string, unknown>>> {
  const blank = ids.findIndex((id) => !id);
  if (blank >= 0) throw new HttpError(400, 'invalid_request', `clusters: id number ${blank + 1} is empty (give ids separated by commas, e.g. clusters=a,b)`);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new HttpError(400, 'invalid_request', `clusters: "${twice}" is listed twice`);
  if (ids.length < MIN_CLUSTERS || ids.length > MAX_CLUSTERS) {
    throw new HttpError(400, 'invalid_request', `clusters: compare ${MIN_CLUSTERS} to ${MAX_CLUSTERS} clusters, not ${ids.length}`);
  }
  const heads = new Map((await run(q.clusterHeads, { clusters: ids })).map((r) => [r.id as string, r]));
  const unknown = ids.find((id) => !heads.has(id));
  if (unknown) throw notFound(`cluster "${unknown}"`);
  return heads;
}

/** The clusters side by side, for `year` or each cluster's latest year with data. */
export async function compare(read: Run, clusterIds: string[], year?: number): Promise<CompareAnswer> {
  const run = memo(read);
  const heads = await checkClusterIds(run, clusterIds);
  const years = new Map<string, number | null>();
  for (const id of clusterIds) years.set(id, await resolveYear(run, id, year));
  // A cluster without data is asked for a year nothing has: its figures come out empty or unknown.
  const targets = clusterIds.map((cluster) => ({ cluster, year: years.get(cluster) ?? 0 }));
  const [regionRows, compositionRows, projectRows] = [
    await run(q.clusterRegions, { clusters: clusterIds }),
    await run(q.composition, { targets, ...sizeLimits }),
    await run(q.projectsByStatus, { clusters: clusterIds }),
  ];
  const clusters: ClusterComparison[] = [];
  for (const id of clusterIds) {
    const of = (rows: Record<string, unknown>[]) => rows.filter((r) => r.cluster === id);
    const head = heads.get(id)!;
    clusters.push({
      id, name: head.name as string, specialization: (head.specialization as string | null) ?? null, year: years.get(id) ?? null,
      regions: of(regionRows).map((r) => r.region as string),
      participants: participants(of(compositionRows)),
      ...(await analytics(run, id, years.get(id) ?? null)),
      projects: projects(of(projectRows)),
      partners: partners(await run(q.partnersByCountry, { cluster: id, year: years.get(id) ?? 0 })),
    });
  }
  return compareAnswer.parse({ clusters });
}

/**
 * Within one comparison the same query with the same parameters runs once: compliance() of each
 * edition asks what the other already asked (composition, potential participants, cooperation).
 */
function memo(run: Run): Run {
  const seen = new Map<string, ReturnType<Run>>();
  return (query, params) => {
    const key = `${query}\n${JSON.stringify(params ?? {})}`;
    if (!seen.has(key)) seen.set(key, run(query, params));
    return seen.get(key)!;
  };
}

/** The figures other query families define: levels, compliance per edition, unmet need, empty stages. */
async function analytics(run: Run, cluster: string, year: number | null) {
  const deps = new Map<string, DependencyAnswer>();
  const depFor = async (rules: DependencyRules) => {
    const key = JSON.stringify(rules);
    if (!deps.has(key)) deps.set(key, await dependency(run, cluster, year, rules));
    return deps.get(key)!;
  };
  const complianceRows = [];
  for (const edition of editions.values()) {
    const answer = await compliance(run, cluster, year, edition.id, await depFor(edition.rules));
    const { fail, unknown } = answer.summary;
    complianceRows.push({ edition: edition.id, status: fail ? 'fail' as const : unknown ? 'unknown' as const : 'pass' as const, failing: fail, unknown });
  }
  const dep = await depFor([...editions.values()][0]!.rules);
  const params = { cluster, year: year ?? 0 };
  const unmetRows = await run(gapsQ.unmetByProduct, params);
  const unmet = unmetRows.reduce((a, r) => a + (r.unmet as number), 0);
  const withShare = unmetRows.filter((r) => r.importShare != null);
  const unmetWithShare = withShare.reduce((a, r) => a + (r.unmet as number), 0);
  return {
    level: dep.cluster.level, levelByOutput: dep.cluster.levelByOutput, threshold: dep.cluster.threshold, pass: dep.cluster.pass,
    compliance: complianceRows,
    failingParticipants: dep.participants.filter((p) => !p.exempt && p.pass === false).map((p) => ({ id: p.id, name: p.name, level: p.level })),
    internalFlows: dep.cluster.internalFlows,
    unmet,
    unmetImportShare: unmetWithShare > 0 ? withShare.reduce((a, r) => a + (r.importShare as number) * (r.unmet as number), 0) / unmetWithShare : null,
    emptyStages: (await run(gapsQ.emptyStages, params)).length,
  };
}

function participants(rows: Record<string, unknown>[]): ClusterComparison['participants'] {
  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const out = { total: 0, members: 0, potential: 0, byKind: zero(orgKinds), bySize: zero(sizeClasses) };
  for (const r of rows) {
    const n = r.n as number;
    out.total += n;
    if (r.status === 'potential') out.potential += n; else out.members += n;
    out.byKind[r.kind as (typeof orgKinds)[number]] += n;
    out.bySize[r.size as (typeof sizeClasses)[number]] += n;
  }
  return out;
}

function projects(rows: Record<string, unknown>[]): ClusterComparison['projects'] {
  const byStatus: Record<string, number> = Object.fromEntries(projectStatuses.map((s) => [s, 0]));
  for (const r of rows) byStatus[String(r.status)] = (byStatus[String(r.status)] ?? 0) + (r.n as number);
  return { total: rows.reduce((a, r) => a + (r.n as number), 0), byStatus };
}

function partners(rows: Record<string, unknown>[]): ClusterComparison['partners'] {
  const byCountry = rows.map((r) => ({ country: r.country as string, orgs: r.orgs as number, value: r.value as number }));
  return { orgs: byCountry.reduce((a, r) => a + r.orgs, 0), value: byCountry.reduce((a, r) => a + r.value, 0), byCountry };
}
