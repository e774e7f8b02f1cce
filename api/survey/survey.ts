// GET /api/clusters/:id/survey: respondents, pending organizations and the wave II list, from Cypher.
import type { Run } from '../engine/index.js';
import * as q from './queries.js';
import { surveyAnswer, type SurveyAnswer } from './schema.js';

/** The survey state of the cluster, or null when there is no such cluster. */
export async function survey(run: Run, id: string): Promise<SurveyAnswer | null> {
  const params = { cluster: id };
  const [cluster] = await run(q.surveyCluster, params);
  if (!cluster) return null;
  const records = (await run(q.surveyRecords, params)).map((r) => ({
    org: { id: r.id, name: r.name, inn: r.inn ?? null }, wave: r.wave, sent: r.sent ?? null, received: r.received ?? null,
  }));
  const waves = { '1': { total: 0, received: 0 }, '2': { total: 0, received: 0 } };
  for (const w of await run(q.waveCounts, params)) {
    waves[String(w.wave) as '1' | '2'] = { total: Number(w.total), received: Number(w.answered) };
  }
  const namings = new Map<string, { org: { id: string; name: string }; as: 'supplier' | 'customer'; value: number }[]>();
  const add = (as: 'supplier' | 'customer') => (r: Record<string, unknown>) => {
    const list = namings.get(r.named as string) ?? [];
    list.push({ org: { id: r.respondent as string, name: r.respondentName as string }, as, value: r.value as number });
    namings.set(r.named as string, list);
  };
  (await run(q.namedAsSupplier, params)).forEach(add('supplier'));
  (await run(q.namedAsCustomer, params)).forEach(add('customer'));
  const waveTwo = (await run(q.waveTwoRanking, params)).map((x) => ({
    org: { id: x.id, name: x.name, inn: x.inn ?? null, region: x.region ?? null, country: x.country ?? 'RU' },
    // Largest naming first: the respondent who knows the organization best leads the covering letter.
    namedBy: (namings.get(x.id as string) ?? []).sort((a, b) => b.value - a.value || cmp(a.org.id, b.org.id) || cmp(a.as, b.as)),
    value: x.total,
    surveyed: x.surveyed === true,
  }));
  return surveyAnswer.parse({
    cluster,
    waves,
    respondents: records.filter((r) => r.received !== null),
    pending: records.filter((r) => r.received === null),
    waveTwo,
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
