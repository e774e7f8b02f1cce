// The one place that calls the server. Every answer is checked against the API's own zod schema,
// so a contract change shows up as a clear error here rather than as a blank panel.
import { z } from 'zod';
import { chainAnswer, type ChainAnswer } from '../api/chain/schema.js';
import { complianceAnswer, type ComplianceAnswer } from '../api/compliance/schema.js';
import { dependencyAnswer, type DependencyAnswer } from '../api/dependency/schema.js';
import { gapsAnswer, type GapsAnswer } from '../api/gaps/schema.js';
import { clusterList, clusterProfile } from '../api/registry/schema.js';
import { scenarioAnswer, type ScenarioRequest } from '../api/scenarios/schema.js';

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
