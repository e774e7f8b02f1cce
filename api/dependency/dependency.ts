// GET /api/clusters/:id/dependency: runs the dependency queries and shapes the answer.
import type { Run } from '../engine/index.js';
import * as q from './queries.js';
import { pp779Rules, TOLERANCE, type DependencyRules } from './rules.js';
import { dependencyAnswer, type DependencyAnswer } from './schema.js';

/** The year asked for, or the latest with data (null when the cluster has none). */
export async function resolveYear(run: Run, cluster: string, year?: number): Promise<number | null> {
  if (year !== undefined) return year;
  const [row] = await run(q.latestYear, { cluster });
  const years = [row?.financialsYear, row?.supplyYear].filter((y): y is number => typeof y === 'number');
  return years.length ? Math.max(...years) : null;
}

/** The cluster's participant ids, in id order: the anchor of the other queries. */
export async function participantIds(run: Run, cluster: string): Promise<string[]> {
  return (await run(q.participantIds, { cluster })).map((r) => r.id as string);
}

function levelParams(cluster: string, ids: string[], year: number | null, rules: DependencyRules) {
  // With no year there is no data: run for a year nothing has, so every figure comes out unknown.
  const y = year ?? 0;
  return { cluster, participants: ids, buyers: ids, sellers: ids, year: y, financialsSuffix: `/${y}`, ...rules, tolerance: TOLERANCE };
}

/** The cluster's own figures (participants, flows, level, threshold, pass) without the per-participant
 * levels; undefined for a cluster without participants. */
export async function clusterLevelRow(run: Run, cluster: string, year: number | null, rules: DependencyRules = pp779Rules, ids?: string[]): Promise<Record<string, unknown> | undefined> {
  const of = ids ?? (await participantIds(run, cluster));
  // No participants: Kùzu cannot bind the empty list, and the query would answer the empty cluster.
  return of.length ? (await run(q.clusterLevelOf, levelParams(cluster, of, year, rules)))[0] : undefined;
}

export async function dependency(run: Run, cluster: string, year: number | null, rules: DependencyRules = pp779Rules): Promise<DependencyAnswer> {
  const ids = await participantIds(run, cluster);
  const rows = ids.length ? await run(q.participantLevels, levelParams(cluster, ids, year, rules)) : [];
  const c = await clusterLevelRow(run, cluster, year, rules, ids);
  const participants = rows.map((r) => ({
    id: r.id, name: r.name, kind: r.kind, status: r.status, stage: r.stage ?? null, priorityTerritory: r.priorityTerritory ?? false,
    output: r.output ?? null, purchases: r.purchases ?? null, in: r.inValue, out: r.outValue,
    inShare: r.inShare ?? null, outShare: r.outShare ?? null, level: r.level ?? null, pass: r.pass ?? null,
    exempt: r.exemptReason != null, exemptReason: r.exemptReason ?? null,
    notExemptReason: r.overAgreementLimit
      ? `more than ${rules.maxAgreements} potential participants with an agreement: only the first ${rules.maxAgreements} by id are exempt`
      : null,
    fix: r.fixVia ? { via: r.fixVia, value: r.fixValue } : null,
    reason: shareReason(r, year),
  }));
  const missing = (col: 'purchases' | 'output') => participants.filter((p) => p[col] === null).map((p) => p.id);
  const reason = year === null ? 'no financials or supplies reported for this cluster'
    : !c || c.participants === 0 ? 'the cluster has no participants'
    : c.level == null ? (missing('purchases').length ? `no purchases reported for ${year} by: ${missing('purchases').join(', ')}` : `participants report zero purchases for ${year}`)
    : null;
  return dependencyAnswer.parse({
    cluster: {
      id: cluster, year, participants: c?.participants ?? 0, priorityParticipants: c?.priorityParticipants ?? 0,
      priorityShare: c?.priorityShare ?? null, internalFlows: c?.internalFlows ?? 0,
      totalPurchases: c && !c.withoutPurchases && c.participants ? c.totalPurchases : null,
      totalOutput: c && !c.withoutOutput && c.participants ? c.totalOutput : null,
      level: c?.level ?? null, levelByOutput: c?.levelByOutput ?? null, threshold: c?.threshold ?? rules.clusterMin,
      pass: c?.pass ?? null, reason,
    },
    participants,
  });
}

function shareReason(r: Record<string, unknown>, year: number | null): string | null {
  if (year === null) return 'no data for any year';
  const lacks = [r.purchases == null && 'purchases', r.output == null && 'output'].filter(Boolean);
  const zero = [r.purchases === 0 && 'purchases', r.output === 0 && 'output'].filter(Boolean);
  const parts = [lacks.length ? `no ${lacks.join(' or ')} reported for ${year}` : '', zero.length ? `${zero.join(' and ')} reported as zero` : ''].filter(Boolean);
  return parts.length ? parts.join('; ') : null;
}
