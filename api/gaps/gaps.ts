// GET /api/clusters/:id/gaps: unmet needs, empty stages, single-source inputs and critical participants.
import type { Run } from '../engine/index.js';
import { dependency } from '../dependency/dependency.js';
import { pp779Rules, type DependencyRules } from '../dependency/rules.js';
import type { DependencyAnswer } from '../dependency/schema.js';
import { criticalByStage, criticalByThreshold } from './critical.js';
import * as q from './queries.js';
import { gapsAnswer, type GapsAnswer } from './schema.js';

export async function gaps(run: Run, cluster: string, year: number | null, rules: DependencyRules = pp779Rules, dep?: DependencyAnswer): Promise<GapsAnswer> {
  const params = { cluster, year: year ?? 0 };
  const products = await run(q.unmetByProduct, params);
  const customers = await run(q.needsByCustomer, params);
  const countries = new Map((await run(q.importCountries, params)).map((r) => [r.product as string, (r.countries as string[]).slice().sort()]));
  const unmetNeeds = products.map((p) => ({
    ...p,
    importShare: p.importShare ?? null,
    countries: countries.get(p.product as string) ?? [],
    customers: customers.filter((c) => c.product === p.product).map(({ product: _, ...c }) => ({ ...c, importShare: c.importShare ?? null })),
  }));
  const emptyStages = (await run(q.emptyStages, params)).map(({ position, ...s }) => ({ ...s, order: position }));
  const singleSource = await run(q.singleSource, params);
  const levels = dep ?? (await dependency(run, cluster, year, rules));
  const critical = [...(await criticalByThreshold(run, levels, rules)), ...(await criticalByStage(run, cluster, year))];
  return gapsAnswer.parse({ year, unmetNeeds, emptyStages, singleSource, critical });
}
