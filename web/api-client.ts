// The one place that calls the server. Every answer is checked against the API's own zod schema,
// so a contract change shows up as a clear error here rather than as a blank panel.
import { z } from 'zod';
import { chainAnswer, type ChainAnswer } from '../api/chain/schema.js';
import { complianceAnswer, type ComplianceAnswer } from '../api/compliance/schema.js';
import { dependencyAnswer, type DependencyAnswer } from '../api/dependency/schema.js';
import { gapsAnswer, type GapsAnswer } from '../api/gaps/schema.js';
import { clusterList, clusterProfile } from '../api/registry/schema.js';
import { scenarioAnswer, type ScenarioRequest } from '../api/scenarios/schema.js';
import { sourcingAnswer, type SourcingAnswer } from '../api/sourcing/schema.js';
import { compareAnswer, type CompareAnswer, type ClusterComparison } from '../api/compare/schema.js';
import { interclusterAnswer, type InterclusterAnswer } from '../api/intercluster/schema.js';
import { historyAnswer, type HistoryAnswer } from '../api/history/schema.js';
import { regionAnswer, regionsAnswer, type RegionAnswer, type RegionsAnswer } from '../api/regions/schema.js';
import { surveyAnswer, type SurveyAnswer, type WaveTwoEntry } from '../api/survey/schema.js';
import {
  cellErrorSchema, cellWarningSchema, questionnaireAnswerSchema, questionnaireErrorSchema, type QuestionnaireAnswer,
} from '../api/questionnaires/schema.js';

export type ClusterList = z.infer<typeof clusterList>;
export type ClusterListItem = ClusterList['items'][number];
export type ClusterProfile = z.infer<typeof clusterProfile>;
export type Participant = ClusterProfile['participants'][number];
export type { ChainAnswer, ComplianceAnswer, DependencyAnswer, GapsAnswer };

export const facetsAnswer = z.object({ regions: z.array(z.string()), specializations: z.array(z.string()) });
export type Facets = z.infer<typeof facetsAnswer>;

/** The scenario answer; `chain` is read when the server adds the chain under the change. */
const scenarioWithChain = scenarioAnswer.extend({ chain: chainAnswer.optional() });
export type ScenarioAnswer = z.infer<typeof scenarioWithChain>;

export type Edition = 'pp779-2015' | 'pp779-2025';
export const editions: Edition[] = ['pp779-2015', 'pp779-2025'];

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

async function request<T>(url: string, schema: z.ZodType<T>, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) }, ...init });
  } catch (e) {
    throw new ApiError(0, 'network', (e as Error).message);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = errorBody.safeParse(body);
    throw new ApiError(res.status, err.success ? err.data.error.code : 'http', err.success ? err.data.error.message : `${res.status} ${res.statusText} (${url})`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError(res.status, 'bad_response', `${url}: ${first?.path.join('.') ?? ''} ${first?.message ?? 'unexpected answer'}`);
  }
  return parsed.data;
}

const qs = (params: Record<string, string | number | undefined | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};
const cluster = (id: string) => `/api/clusters/${encodeURIComponent(id)}`;

export interface ListParams { q?: string; region?: string; specialization?: string; limit?: number; offset?: number }

export const api = {
  listClusters: (p: ListParams, signal?: AbortSignal) => request(`/api/clusters${qs({ ...p })}`, clusterList, { signal }),
  facets: () => request('/api/facets', facetsAnswer),
  profile: (id: string) => request(cluster(id), clusterProfile),
  chain: (id: string, year?: number | null) => request(`${cluster(id)}/chain${qs({ year })}`, chainAnswer),
  dependency: (id: string, year?: number | null) => request(`${cluster(id)}/dependency${qs({ year })}`, dependencyAnswer),
  compliance: (id: string, edition: Edition, year?: number | null) => request(`${cluster(id)}/compliance${qs({ edition, year })}`, complianceAnswer),
  gaps: (id: string, year?: number | null) => request(`${cluster(id)}/gaps${qs({ year })}`, gapsAnswer),
  scenario: (id: string, body: ScenarioRequest) =>
    request(`${cluster(id)}/scenarios`, scenarioWithChain, { method: 'POST', body: JSON.stringify(body) }),
  /** The cluster's dataset document, or null when the server has no export route. */
  async dataset(id: string): Promise<unknown | null> {
    try {
      return await request(`${cluster(id)}/dataset.json`, z.unknown());
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return null;
      throw e;
    }
  },
};

/** A settled call: the answer, or the error to show in its panel. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export async function settle<T>(p: Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await p };
  } catch (e) {
    return { ok: false, error: e instanceof ApiError ? e : new ApiError(0, 'client', (e as Error).message) };
  }
}

// The SOPK survey workflow (issue 7): survey progress, questionnaire uploads and the spreadsheet links.
export type { SurveyAnswer, WaveTwoEntry };
export type QuestionnaireResult = QuestionnaireAnswer;
/** A problem at one cell (`Закупки!D12`); warnings carry no value. */
export type QuestionnaireProblem = z.infer<typeof cellErrorSchema> | (z.infer<typeof cellWarningSchema> & { value?: unknown });
/** The multipart field the questionnaires are sent in (the route takes files from any field). */
const QUESTIONNAIRE_FIELD = 'files';

/** A questionnaire upload the server refused: every problem with its file, sheet and cell. */
export class UploadRejected extends ApiError {
  constructor(status: number, code: string, message: string, readonly errors: QuestionnaireProblem[]) {
    super(status, code, message);
  }
}


export const surveyApi = {
  survey: (id: string) => request(`${cluster(id)}/survey`, surveyAnswer),
  /** Filled questionnaires (.xlsx/.csv); with dryRun the server only checks and says what would change. */
  async uploadQuestionnaires(id: string, files: readonly File[], dryRun: boolean): Promise<QuestionnaireResult> {
    const form = new FormData();
    for (const f of files) form.append(QUESTIONNAIRE_FIELD, f, f.name);
    const url = `${cluster(id)}/questionnaires${qs({ dryRun: dryRun ? 1 : undefined })}`;
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', body: form, headers: { accept: 'application/json' } });
    } catch (e) {
      throw new ApiError(0, 'network', (e as Error).message);
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const rejected = questionnaireErrorSchema.safeParse(body);
      if (rejected.success) throw new UploadRejected(res.status, rejected.data.error.code, rejected.data.error.message, rejected.data.errors);
      const err = errorBody.safeParse(body); // 401, 404, 413: a message without cells
      throw new ApiError(res.status, err.success ? err.data.error.code : 'http', err.success ? err.data.error.message : `${res.status} ${res.statusText} (${url})`);
    }
    const parsed = questionnaireAnswerSchema.safeParse(body);
    if (!parsed.success) throw new ApiError(res.status, 'bad_response', `${url}: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? 'unexpected answer'}`);
    return parsed.data;
  },
};

/** Spreadsheet downloads are plain links: the browser saves what the server names. */
export const surveyLinks = {
  questionnaire: (id: string, org?: string | null) => `${cluster(id)}/questionnaire.xlsx${qs({ org })}`,
  waveTwo: (id: string) => `${cluster(id)}/survey/wave2.xlsx`,
  datasetXlsx: (id: string) => `${cluster(id)}/dataset.xlsx`,
};

// For authorities and investors (issue 8): sourcing candidates, the years of a cluster, comparison,
// regions and the between-clusters graph.
export type { SourcingAnswer, CompareAnswer, ClusterComparison, InterclusterAnswer, HistoryAnswer, RegionsAnswer, RegionAnswer };
export type RegionRow = RegionsAnswer['items'][number];
export type SourcingItem = SourcingAnswer['items'][number];

export const insightApi = {
  sourcing: (id: string, year?: number | null) => request(`${cluster(id)}/sourcing${qs({ year })}`, sourcingAnswer),
  /** Every cluster of the registry (for names of cluster ids and the comparison picker). */
  allClusters: () => request('/api/clusters?limit=500', clusterList),
  compare: (ids: readonly string[], year?: number | null) => request(`/api/compare${qs({ clusters: ids.join(','), year })}`, compareAnswer),
  intercluster: (year?: number | null) => request(`/api/intercluster${qs({ year })}`, interclusterAnswer),
  history: (id: string) => request(`${cluster(id)}/history`, historyAnswer),
  regions: (year?: number | null) => request(`/api/regions${qs({ year })}`, regionsAnswer),
  region: (name: string, year?: number | null) => request(`/api/regions/${encodeURIComponent(name)}${qs({ year })}`, regionAnswer),
};
