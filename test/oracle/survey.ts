// Test oracle: the survey answer of GET /api/clusters/:id/survey (README "Survey"), recomputed in plain
// TypeScript from a parsed dataset document: respondents, pending organizations and the wave II list.
import type { Dataset } from '../../graph-schema/index.js';
import type { SurveyAnswer, WaveTwoEntry } from '../../api/survey/schema.js';
import { byString } from './dependency.js';

export function oracleSurvey(doc: Dataset, cluster: string): SurveyAnswer {
  const c = doc.clusters.find((x) => x.id === cluster);
  if (!c) throw new Error(`oracle: no cluster ${cluster}`);
  const orgs = new Map(doc.organizations.map((o) => [o.id, o]));
  const org = (id: string) => {
    const o = orgs.get(id);
    if (!o) throw new Error(`oracle: unknown organization ${id}`);
    return o;
  };
  const records = doc.surveys.filter((v) => v.cluster === cluster)
    .map((v) => ({ org: { id: v.org, name: org(v.org).name, inn: org(v.org).inn ?? null }, wave: v.wave, sent: v.sent ?? null, received: v.received ?? null }))
    .sort((a, b) => a.wave - b.wave || byString(a.org.id, b.org.id));
  const wave = (w: 1 | 2) => ({ total: records.filter((r) => r.wave === w).length, received: records.filter((r) => r.wave === w && r.received !== null).length });

  // Named in received answers: the other end of any supply (any year) of a respondent, unless it answered too.
  const answered = new Set(records.filter((r) => r.received !== null).map((r) => r.org.id));
  const named = new Map<string, Map<string, number>>(); // named → `${respondent}|${as}` → ₽
  const name = (x: string, respondent: string, as: 'supplier' | 'customer', value: number) => {
    if (answered.has(x)) return;
    const m = named.get(x) ?? new Map<string, number>();
    const key = `${respondent}|${as}`;
    m.set(key, (m.get(key) ?? 0) + value);
    named.set(x, m);
  };
  for (const s of doc.supplies) {
    if (answered.has(s.to)) name(s.from, s.to, 'supplier', s.value);
    if (answered.has(s.from)) name(s.to, s.from, 'customer', s.value);
  }
  const wave2 = new Set(records.filter((r) => r.wave === 2).map((r) => r.org.id));
  const waveTwo: WaveTwoEntry[] = [...named].map(([id, m]) => {
    const o = org(id);
    const namedBy = [...m].map(([key, value]) => {
      const [respondent, as] = key.split('|') as [string, 'supplier' | 'customer'];
      return { org: { id: respondent, name: org(respondent).name }, as, value };
    }).sort((a, b) => b.value - a.value || byString(a.org.id, b.org.id) || byString(a.as, b.as));
    return {
      org: { id, name: o.name, inn: o.inn ?? null, region: o.region ?? null, country: o.country },
      namedBy,
      value: namedBy.reduce((sum, n) => sum + n.value, 0),
      surveyed: wave2.has(id),
    };
  }).sort((a, b) => b.value - a.value || byString(a.org.id, b.org.id));

  return {
    cluster: { id: c.id, name: c.name },
    waves: { '1': wave(1), '2': wave(2) },
    respondents: records.filter((r) => r.received !== null),
    pending: records.filter((r) => r.received === null),
    waveTwo,
  };
}
