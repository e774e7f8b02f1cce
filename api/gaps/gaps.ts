// GET /api/clusters/:id/gaps: unmet needs, empty stages, single-source inputs and critical participants.
import type { Run } from '../engine/index.js';
import { dependency } from '../dependency/dependency.js';
import { pp779Rules, type DependencyRules } from '../dependency/rules.js';
import type { DependencyAnswer } from '../dependency/schema.js';
import { criticalByStage, criticalByThreshold } from './critical.js';
import * as q from './queries.js';
import { gapsAnswer, type GapsAnswer } from './schema.js';

export async function gaps(run: Run, cluster: string, year: number | null, rules: DependencyRules = pp779Rules, dep?: DependencyAnswer): Promise<GapsAnswer> {
  const levels = dep ?? (await dependency(run, cluster, year, rules));
  // The participants' ids anchor the membership tests (queries.ts); Kùzu cannot bind an empty list,
  // and a cluster without participants has no needs, supplies or stage cuts to report.
  const participants = levels.participants.map((p) => p.id);
  const params = { cluster, year: year ?? 0, participants };
  const products = participants.length ? await run(q.unmetNeeds, params) : [];
  const countries = new Map((await run(q.importCountries, params)).map((r) => [r.product as string, (r.countries as string[]).slice().sort()]));
  const unmetNeeds = products.map(({ customers, ...p }) => ({
    ...p,
    importShare: p.importShare ?? null,
    countries: countries.get(p.product as string) ?? [],
    customers: (customers as Customer[])
      .map((c) => ({ ...c, importShare: c.importShare ?? null }))
      // The order the per-customer query had: largest unmet first, then by id.
      .sort((a, b) => b.unmet - a.unmet || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  }));
  const emptyStages = (await run(q.emptyStages, params)).map(({ position, ...s }) => ({ ...s, order: position }));
  const singleSource = participants.length ? await run(q.singleSource, params) : [];
  const critical = [...(await criticalByThreshold(run, levels, rules)), ...(await criticalByStage(run, cluster, year))];
  return gapsAnswer.parse({ year, unmetNeeds, emptyStages, singleSource, critical });
}

interface Customer { id: string; name: string; need: number; covered: number; unmet: number; importShare?: number | null }
