// Test oracle: the cluster comparison recomputed in plain TypeScript from a parsed dataset document.
// Levels, compliance, unmet need and empty stages come from the dependency, compliance and gaps
// oracles; composition, size classes, projects and partners are counted here from the document.
import { normaliseRegion, orgKinds, projectStatuses, type Dataset } from '../../graph-schema/index.js';
import { sizeClasses, sizeLimits, type ClusterComparison, type CompareAnswer } from '../../api/compare/schema.js';
import { oracleCompliance } from './compliance.js';
import { byString, financialsIn, oracleDependency, oracleResolveYear, participantsOf, supplyYear } from './dependency.js';
import { editions } from '../../api/compliance/editions.js';
import { oracleGaps } from './gaps.js';

/** Decree No. 265 SME limits on revenue (the year's output); unknown without output. */
function sizeOf(output: number | null): (typeof sizeClasses)[number] {
  if (output === null) return 'unknown';
  if (output <= sizeLimits.microMax) return 'micro';
  if (output <= sizeLimits.smallMax) return 'small';
  if (output <= sizeLimits.mediumMax) return 'medium';
  return 'large';
}

export function oracleCompare(doc: Dataset, clusterIds: string[], year?: number): CompareAnswer {
  return { clusters: clusterIds.map((id) => oracleClusterComparison(doc, id, year)) };
}

function oracleClusterComparison(doc: Dataset, id: string, asked?: number): ClusterComparison {
  const cluster = doc.clusters.find((c) => c.id === id)!;
  const year = oracleResolveYear(doc, id, asked);
  const parts = participantsOf(doc, id);
  const ids = new Set(parts.map((p) => p.org.id));

  const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const byKind = zero(orgKinds);
  const bySize = zero(sizeClasses);
  for (const p of parts) {
    byKind[p.org.kind] += 1;
    bySize[sizeOf(financialsIn(doc, p.org, year).output)] += 1;
  }
  const potential = parts.filter((p) => p.membership.status === 'potential').length;

  const dep = oracleDependency(doc, id, year);
  const compliance = [...editions.keys()].map((edition) => {
    const reqs = oracleCompliance(doc, id, year, edition);
    const failing = reqs.filter((r) => r.status === 'fail').length;
    const unknown = reqs.filter((r) => r.status === 'unknown').length;
    return { edition, status: failing ? 'fail' as const : unknown ? 'unknown' as const : 'pass' as const, failing, unknown };
  });

  const gaps = oracleGaps(doc, id, year);
  const unmet = gaps.unmetNeeds.reduce((a, u) => a + u.unmet, 0);
  const shared = gaps.unmetNeeds.filter((u) => u.importShare !== null);
  const sharedUnmet = shared.reduce((a, u) => a + u.unmet, 0);

  const byStatus: Record<string, number> = zero(projectStatuses);
  const projects = doc.projects.filter((p) => p.cluster === id);
  for (const p of projects) byStatus[p.status] = (byStatus[p.status] ?? 0) + 1;

  // Partners: outside organizations trading with a participant in the year, either way.
  const country = new Map(doc.organizations.map((o) => [o.id, o.country]));
  const traded = new Map<string, number>();
  for (const s of doc.supplies) {
    if (year === null || supplyYear(doc, s) !== year || ids.has(s.from) === ids.has(s.to)) continue;
    const partner = ids.has(s.from) ? s.to : s.from;
    traded.set(partner, (traded.get(partner) ?? 0) + s.value);
  }
  const countries = new Map<string, { country: string; orgs: number; value: number }>();
  for (const [partner, value] of traded) {
    const c = country.get(partner)!;
    const entry = countries.get(c) ?? { country: c, orgs: 0, value: 0 };
    entry.orgs += 1;
    entry.value += value;
    countries.set(c, entry);
  }
  const byCountry = [...countries.values()].sort((a, b) => b.value - a.value || byString(a.country, b.country));

  return {
    id, name: cluster.name, specialization: cluster.specialization ?? null, year,
    regions: [...new Set(cluster.regions.map((r) => normaliseRegion(r) ?? r.trim()))].sort(byString),
    participants: { total: parts.length, members: parts.length - potential, potential, byKind, bySize },
    level: dep.cluster.level, levelByOutput: dep.cluster.levelByOutput, threshold: dep.cluster.threshold, pass: dep.cluster.pass,
    compliance,
    failingParticipants: dep.participants.filter((p) => !p.exempt && p.pass === false).map((p) => ({ id: p.id, name: p.name, level: p.level })),
    internalFlows: dep.cluster.internalFlows,
    unmet,
    unmetImportShare: sharedUnmet > 0 ? shared.reduce((a, u) => a + u.importShare! * u.unmet, 0) / sharedUnmet : null,
    emptyStages: gaps.emptyStages.length,
    projects: { total: projects.length, byStatus },
    partners: { orgs: byCountry.reduce((a, c) => a + c.orgs, 0), value: byCountry.reduce((a, c) => a + c.value, 0), byCountry },
  };
}
