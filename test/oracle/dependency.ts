// Test oracle: the dependency figures of README "Methodology", recomputed in plain TypeScript from a
// parsed dataset document (datasetSchema output, defaults applied). It is written from the README
// alone, never from the Cypher, so the property tests compare two independent readings.
import type { Dataset } from '../../graph-schema/index.js';
import { pp779Rules, TOLERANCE, type DependencyRules } from '../../api/dependency/rules.js';
import type { DependencyAnswer, ParticipantDependency } from '../../api/dependency/schema.js';

type Org = Dataset['organizations'][number];
type Membership = Dataset['memberships'][number];
type Supply = Dataset['supplies'][number];

/** Plain code-unit order (ids are ASCII), the order ORDER BY gives strings in both engines. */
export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface Participant { org: Org; membership: Membership }

/** P(C): the members and potential members of the cluster, by id. */
export function participantsOf(doc: Dataset, cluster: string): Participant[] {
  const orgs = new Map(doc.organizations.map((o) => [o.id, o]));
  return doc.memberships
    .filter((m) => m.cluster === cluster)
    .map((m) => {
      const org = orgs.get(m.org);
      if (!org) throw new Error(`oracle: membership of unknown organization ${m.org}`);
      return { org, membership: m };
    })
    .sort((a, b) => byString(a.org.id, b.org.id));
}

export const supplyYear = (doc: Dataset, s: { year?: number | undefined }) => s.year ?? doc.year;

/** README: the year asked for, or the latest year in which any participant reports financials or takes part in a supply. */
export function oracleResolveYear(doc: Dataset, cluster: string, year?: number): number | null {
  if (year !== undefined) return year;
  const ids = new Set(participantsOf(doc, cluster).map((p) => p.org.id));
  const years: number[] = [];
  for (const o of doc.organizations) {
    if (!ids.has(o.id)) continue;
    for (const f of o.financials) { const y = f.year ?? doc.year; if (y !== undefined) years.push(y); }
  }
  for (const s of doc.supplies) {
    if (!ids.has(s.from) && !ids.has(s.to)) continue;
    const y = supplyYear(doc, s);
    if (y !== undefined) years.push(y);
  }
  return years.length ? Math.max(...years) : null;
}

export function financialsIn(doc: Dataset, org: Org, year: number | null): { output: number | null; purchases: number | null } {
  const f = year === null ? undefined : org.financials.find((x) => (x.year ?? doc.year) === year);
  return { output: f?.output ?? null, purchases: f?.purchases ?? null };
}

/** Supplies of year Y whose both ends are participants of the cluster. */
export function internalSupplies(doc: Dataset, ids: Set<string>, year: number | null): Supply[] {
  if (year === null) return [];
  return doc.supplies.filter((s) => supplyYear(doc, s) === year && ids.has(s.from) && ids.has(s.to) && s.from !== s.to);
}

const share = (num: number, den: number | null) => (den === null || den === 0 ? null : num / den);

export function oracleDependency(doc: Dataset, cluster: string, year: number | null, rules: DependencyRules = pp779Rules): DependencyAnswer {
  const parts = participantsOf(doc, cluster);
  const ids = new Set(parts.map((p) => p.org.id));
  const flows = internalSupplies(doc, ids, year);

  // At most maxAgreements potential participants with an agreement are exempt: "they are taken in order
  // of id". All of them are ranked, a non-industrial one too (it is exempt as non-industrial anyway,
  // and still takes a place); a fourth that is an enterprise is not exempt.
  const agreementRank = new Map<string, number>();
  parts
    .filter((p) => p.membership.status === 'potential' && p.membership.agreement)
    .forEach((p, i) => agreementRank.set(p.org.id, i));

  const participants: ParticipantDependency[] = parts.map(({ org, membership: m }) => {
    const { output, purchases } = financialsIn(doc, org, year);
    const inValue = flows.filter((s) => s.to === org.id).reduce((a, s) => a + s.value, 0);
    const outValue = flows.filter((s) => s.from === org.id).reduce((a, s) => a + s.value, 0);
    const inShare = share(inValue, purchases);
    const outShare = share(outValue, output);
    const known = [inShare, outShare].filter((x): x is number => x !== null);
    const level = known.length ? Math.max(...known) : null;
    const atLeast = level !== null && level >= rules.participantMin - TOLERANCE;
    const pass = atLeast ? true : level !== null && inShare !== null && outShare !== null ? false : null;
    const rank = agreementRank.get(org.id);
    const exemptReason = org.kind !== 'enterprise' ? 'non-industrial' as const
      : rank !== undefined && rank < rules.maxAgreements ? 'potential-with-agreement' as const
      : null;
    let fix: ParticipantDependency['fix'] = null;
    // "A participant below 5%": a known level under the minimum, also when pass is unknown because
    // one share is missing — then only the route whose base figure is known is offered.
    if (level !== null && !atLeast) {
      const viaPurchases = inShare !== null ? rules.participantMin * purchases! - inValue : null;
      const viaSales = outShare !== null ? rules.participantMin * output! - outValue : null;
      if (viaPurchases !== null && (viaSales === null || viaPurchases <= viaSales)) fix = { via: 'purchases', value: viaPurchases };
      else if (viaSales !== null) fix = { via: 'sales', value: viaSales };
    }
    const unknown = year === null || purchases === null || output === null || purchases === 0 || output === 0;
    return {
      id: org.id, name: org.name, kind: org.kind, status: m.status, stage: m.stage ?? null, priorityTerritory: org.priorityTerritory,
      output, purchases, in: inValue, out: outValue, inShare, outShare, level, pass,
      exempt: exemptReason !== null, exemptReason,
      notExemptReason: exemptReason === null && rank !== undefined ? 'over the agreement limit' : null,
      fix,
      reason: unknown ? 'unknown share' : null,
    };
  });

  const c = clusterFigures(doc, parts, flows, year, rules);
  return {
    cluster: {
      id: cluster, year, participants: parts.length, priorityParticipants: c.priorityParticipants, priorityShare: c.priorityShare,
      internalFlows: c.internalFlows, totalPurchases: c.totalPurchases, totalOutput: c.totalOutput,
      level: c.level, levelByOutput: c.levelByOutput, threshold: c.threshold, pass: c.pass,
      reason: year === null || parts.length === 0 || c.level === null ? 'unknown level' : null,
    },
    participants,
  };
}

export interface ClusterFigures {
  priorityParticipants: number;
  priorityShare: number | null;
  internalFlows: number;
  totalPurchases: number | null;
  totalOutput: number | null;
  level: number | null;
  levelByOutput: number | null;
  threshold: number;
  pass: boolean | null;
}

/** The cluster level of a set of participants (also used for "exit" recomputations in gaps). */
export function clusterFigures(doc: Dataset, parts: Participant[], flows: Supply[], year: number | null, rules: DependencyRules): ClusterFigures {
  const n = parts.length;
  const priorityParticipants = parts.filter((p) => p.org.priorityTerritory).length;
  const priorityShare = n ? priorityParticipants / n : null;
  const internalFlows = flows.reduce((a, s) => a + s.value, 0);
  const fins = parts.map((p) => financialsIn(doc, p.org, year));
  const total = (k: 'output' | 'purchases') =>
    n === 0 || fins.some((f) => f[k] === null) ? null : fins.reduce((a, f) => a + f[k]!, 0);
  const totalPurchases = total('purchases');
  const totalOutput = total('output');
  const level = totalPurchases ? internalFlows / totalPurchases : null;
  const levelByOutput = totalOutput ? internalFlows / totalOutput : null;
  const threshold = priorityShare !== null && priorityShare >= rules.priorityShareMin - TOLERANCE ? rules.clusterMinPriority : rules.clusterMin;
  const pass = level === null ? null : level >= threshold - TOLERANCE;
  return { priorityParticipants, priorityShare, internalFlows, totalPurchases, totalOutput, level, levelByOutput, threshold, pass };
}

// ——— comparison ———

/**
 * The first difference between an actual and an expected answer, as "path: actual vs expected", or null.
 * Numbers are equal within 1e-9 relative. Properties named in `presenceOnly` (the explanation strings,
 * `reason` and `notExemptReason` of the dependency answer) compare only as null vs non-null.
 */
export function firstMismatch(actual: unknown, expected: unknown, presenceOnly: readonly string[] = [], path = '$'): string | null {
  const show = (x: unknown) => (x === undefined ? 'undefined' : JSON.stringify(x));
  if (presenceOnly.includes(path.slice(path.lastIndexOf('.') + 1))) {
    return (actual === null) === (expected === null) ? null : `${path}: ${show(actual)} vs ${show(expected)}`;
  }
  if (typeof actual === 'number' && typeof expected === 'number') {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(actual), Math.abs(expected)) ? null : `${path}: ${actual} vs ${expected}`;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
      if (i >= actual.length) return `${path}[${i}]: missing vs ${show(expected[i])}`;
      if (i >= expected.length) return `${path}[${i}]: ${show(actual[i])} vs missing`;
      const m = firstMismatch(actual[i], expected[i], presenceOnly, `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (isRecord(actual) && isRecord(expected)) {
    for (const k of [...new Set([...Object.keys(expected), ...Object.keys(actual)])]) {
      if (!(k in actual)) return `${path}.${k}: missing vs ${show(expected[k])}`;
      if (!(k in expected)) return `${path}.${k}: ${show(actual[k])} vs missing`;
      const m = firstMismatch(actual[k], expected[k], presenceOnly, `${path}.${k}`);
      if (m) return m;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: ${show(actual)} vs ${show(expected)}`;
}

/** The explanation strings of the dependency answer: compared only as null vs non-null. */
export const dependencyPresenceOnly = ['reason', 'notExemptReason'] as const;
