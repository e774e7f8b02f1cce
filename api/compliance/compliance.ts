// GET /api/clusters/:id/compliance: each requirement of an edition → pass | fail | unknown.
import type { Run } from '../engine/index.js';
import { dependency } from '../dependency/dependency.js';
import type { DependencyAnswer } from '../dependency/schema.js';
import { editions, measureUnits, type Edition } from './editions.js';
import * as q from './queries.js';
import { complianceAnswer, type ComplianceAnswer } from './schema.js';

type Status = 'pass' | 'fail' | 'unknown';
interface Measured { value: number | boolean | null; threshold?: number | null; detail?: Detail }
interface Detail { failing?: { id: string; name: string; level?: number | null; note?: string }[]; counts?: Record<string, number>; note?: string | null }

export async function compliance(run: Run, cluster: string, year: number | null, editionId: string, dep?: DependencyAnswer): Promise<ComplianceAnswer> {
  const edition = editions.get(editionId);
  if (!edition) throw new Error(`unknown edition "${editionId}"`);
  const levels = dep ?? (await dependency(run, cluster, year, edition.rules));
  const m = await measure(run, cluster, year, edition, levels);
  const requirements = edition.requirements.map((r) => {
    const got = m[r.measure];
    const threshold = got.threshold !== undefined ? got.threshold : r.threshold;
    return {
      id: r.id, text: r.text, status: judge(r.op, got.value, threshold), value: typeof got.value === 'boolean' ? Number(got.value) : got.value,
      threshold, op: r.op, unit: measureUnits[r.measure], detail: { failing: [], counts: {}, note: null, ...got.detail },
    };
  });
  const count = (s: Status) => requirements.filter((r) => r.status === s).length;
  return complianceAnswer.parse({ edition: edition.id, title: edition.title, year, requirements, summary: { pass: count('pass'), fail: count('fail'), unknown: count('unknown') } });
}

function judge(op: '>=' | '<=' | 'flag', value: number | boolean | null, threshold: number | null): Status {
  if (value === null) return 'unknown';
  if (op === 'flag') return value ? 'pass' : 'fail';
  if (threshold === null) return 'unknown';
  const v = Number(value);
  // The same rounding allowance as the dependency queries (dependency/rules.ts).
  return (op === '>=' ? v >= threshold - 1e-9 : v <= threshold + 1e-9) ? 'pass' : 'fail';
}

async function measure(run: Run, cluster: string, year: number | null, edition: Edition, dep: DependencyAnswer): Promise<Record<Edition['requirements'][number]['measure'], Measured>> {
  const [c = {}] = await run(q.composition, { cluster });
  const potential = await run(q.potentialParticipants, { cluster });
  // Kùzu cannot bind an empty list: without participants nobody is isolated.
  const participants = dep.participants.map((p) => p.id);
  const isolated = year === null ? null : participants.length ? await run(q.withoutCooperation, { cluster, year, participants }) : [];
  const n = (k: string) => Number(c[k] ?? 0);
  const tested = dep.participants.filter((p) => !p.exempt);
  const below = tested.filter((p) => p.pass === false);
  const unknownLevel = tested.filter((p) => p.pass === null);
  const overLimit = dep.participants.filter((p) => p.notExemptReason);
  const noAgreement = potential.filter((p) => p.agreement !== true);
  const problems = potential.filter((p, i) => p.agreement !== true || i >= edition.rules.maxAgreements);
  const counts = { participants: n('participants') };
  return {
    industrialEnterprises: { value: n('industrialEnterprises'), detail: { counts } },
    finalProducers: { value: n('finalProducers'), detail: { counts } },
    clusterLevel: {
      value: dep.cluster.level, threshold: dep.cluster.threshold,
      detail: { counts: { participants: dep.cluster.participants, priorityParticipants: dep.cluster.priorityParticipants }, note: dep.cluster.reason },
    },
    participantsBelowMin: {
      // Unknown when nobody fails but someone's level cannot be computed, or nobody is listed.
      value: dep.participants.length === 0 || (below.length === 0 && unknownLevel.length > 0) ? null : below.length,
      detail: {
        failing: [
          ...below.map((p) => ({ id: p.id, name: p.name, level: p.level, note: p.notExemptReason ?? undefined })),
          ...unknownLevel.map((p) => ({ id: p.id, name: p.name, level: p.level, note: p.reason ?? 'level unknown' })),
        ],
        counts: { tested: tested.length, exempt: dep.participants.length - tested.length, below: below.length, unknown: unknownLevel.length, overAgreementLimit: overLimit.length },
        note: dep.participants.length === 0 ? 'the data lists no participants' : null,
      },
    },
    // Each potential participant without an agreement, or beyond the allowed number, is one problem.
    potentialParticipantsProblems: {
      value: problems.length,
      detail: {
        failing: problems.map((p) => ({
          id: String(p.id), name: String(p.name),
          note: p.agreement !== true ? 'no signed agreement to reach 5%' : `more than ${edition.rules.maxAgreements} potential participants`,
        })),
        counts: { potential: potential.length, withAgreement: potential.length - noAgreement.length, allowed: edition.rules.maxAgreements },
      },
    },
    governanceShare: { value: (c.governanceShare as number | null) ?? null, detail: { counts: { participants: n('participants'), inGovernance: n('inGovernance') } } },
    educationInstitutions: { value: n('educationInstitutions') },
    infrastructureObjects: { value: n('infrastructureObjects') },
    projects: { value: n('projects') },
    participantsWithoutCooperation: {
      value: isolated === null || n('participants') === 0 ? null : isolated.length,
      detail: { failing: (isolated ?? []).map((p) => ({ id: String(p.id), name: String(p.name), note: `no supply to or from another participant in ${year}` })), counts },
    },
    developmentProgramme: { value: (c.developmentProgramme as boolean | null) ?? null, detail: { note: c.developmentProgramme == null ? 'not stated in the data' : null } },
    // Research organizations among the participants are scientific infrastructure the data shows.
    scientificInfrastructure: {
      value: c.scientificInfrastructure === false ? false : c.scientificInfrastructure === true || n('researchOrganizations') > 0 ? true : null,
      detail: { counts: { researchOrganizations: n('researchOrganizations') }, note: c.scientificInfrastructure == null && n('researchOrganizations') === 0 ? 'not stated in the data' : null },
    },
  };
}
