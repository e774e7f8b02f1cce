// Test oracle: each requirement of an edition measured in plain TypeScript from the document,
// per README "Methodology" and "Decisions". Editions are data (api/compliance/editions/*.json).
import type { Dataset } from '../../graph-schema/index.js';
import { editions } from '../../api/compliance/editions.js';
import { TOLERANCE } from '../../api/dependency/rules.js';
import { byString, internalSupplies, oracleDependency, participantsOf } from './dependency.js';

export interface OracleRequirement { id: string; status: 'pass' | 'fail' | 'unknown'; value: number | null; threshold: number | null; failing: string[] }

export function oracleCompliance(doc: Dataset, cluster: string, year: number | null, editionId: string): OracleRequirement[] {
  const edition = editions.get(editionId)!;
  const dep = oracleDependency(doc, cluster, year, edition.rules);
  const parts = participantsOf(doc, cluster);
  const c = doc.clusters.find((x) => x.id === cluster)!;
  const count = (pred: (p: (typeof parts)[number]) => boolean) => parts.filter(pred).length;
  const tested = dep.participants.filter((p) => !p.exempt);
  const below = tested.filter((p) => p.pass === false);
  const unknown = tested.filter((p) => p.pass === null);
  const potential = parts.filter((p) => p.membership.status === 'potential');
  const potentialProblems = potential.filter((p, i) => !p.membership.agreement || i >= edition.rules.maxAgreements);
  const ids = new Set(parts.map((p) => p.org.id));
  const flows = internalSupplies(doc, ids, year);
  const isolated = parts.filter((p) => !flows.some((s) => s.from === p.org.id || s.to === p.org.id));
  const research = count((p) => p.org.kind === 'research');
  const measured: Record<string, { value: number | boolean | null; threshold?: number | null; failing?: string[] }> = {
    industrialEnterprises: { value: count((p) => p.org.kind === 'enterprise') },
    finalProducers: { value: count((p) => p.membership.finalProducer) },
    clusterLevel: { value: dep.cluster.level, threshold: dep.cluster.threshold },
    participantsBelowMin: {
      value: parts.length === 0 || (below.length === 0 && unknown.length > 0) ? null : below.length,
      failing: [...below, ...unknown].map((p) => p.id),
    },
    potentialParticipantsProblems: { value: potentialProblems.length, failing: potentialProblems.map((p) => p.org.id) },
    governanceShare: { value: parts.length ? count((p) => p.membership.sopkGovernance) / parts.length : null },
    educationInstitutions: { value: count((p) => p.org.kind === 'education') },
    infrastructureObjects: { value: count((p) => p.org.kind === 'infrastructure') },
    projects: { value: doc.projects.filter((p) => p.cluster === cluster).length },
    participantsWithoutCooperation: {
      value: year === null || parts.length === 0 ? null : isolated.length,
      failing: year === null ? [] : isolated.map((p) => p.org.id).sort(byString),
    },
    developmentProgramme: { value: c.developmentProgramme ?? null },
    scientificInfrastructure: { value: c.scientificInfrastructure === false ? false : c.scientificInfrastructure === true || research > 0 ? true : null },
  };
  return edition.requirements.map((r) => {
    const m = measured[r.measure]!;
    const threshold = m.threshold !== undefined ? m.threshold : r.threshold;
    const value = typeof m.value === 'boolean' ? Number(m.value) : m.value;
    let status: OracleRequirement['status'];
    if (m.value === null) status = 'unknown';
    else if (r.op === 'flag') status = m.value ? 'pass' : 'fail';
    else if (threshold === null) status = 'unknown';
    else status = (r.op === '>=' ? Number(value) >= threshold - TOLERANCE : Number(value) <= threshold + TOLERANCE) ? 'pass' : 'fail';
    return { id: r.id, status, value, threshold, failing: m.failing ?? [] };
  });
}
