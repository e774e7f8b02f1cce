// GET /api/clusters/:id/history: levels, compliance and unmet need per reporting year, so a SOPK sees
// whether the chain is tightening. Each year is the dependency, compliance and gaps answers of that year.
import type { Run } from '../engine/index.js';
import { compliance } from '../compliance/compliance.js';
import { editions } from '../compliance/editions.js';
import { dependency } from '../dependency/dependency.js';
import { pp779Rules, type DependencyRules } from '../dependency/rules.js';
import type { DependencyAnswer } from '../dependency/schema.js';
import { unmetByProduct } from '../gaps/queries.js';
import * as q from './queries.js';
import { historyAnswer, type HistoryAnswer } from './schema.js';

export async function dataYears(run: Run, cluster: string): Promise<number[]> {
  const years = (await run(q.dataYears, { cluster })).map((r) => r.year).filter((y): y is number => typeof y === 'number');
  return [...new Set(years)].sort((a, b) => a - b);
}

export async function history(run: Run, cluster: string): Promise<HistoryAnswer> {
  const years = [];
  for (const year of await dataYears(run, cluster)) {
    // One dependency answer per distinct set of thresholds: editions that share them share it.
    const deps = new Map<string, DependencyAnswer>();
    const dep = async (rules: DependencyRules) => {
      const key = JSON.stringify(rules);
      if (!deps.has(key)) deps.set(key, await dependency(run, cluster, year, rules));
      return deps.get(key)!;
    };
    const d = await dep(pp779Rules);
    const comp = [];
    for (const edition of editions.values()) {
      const c = await compliance(run, cluster, year, edition.id, await dep(edition.rules));
      const { pass, fail, unknown } = c.summary;
      comp.push({ edition: edition.id, status: fail > 0 ? 'fail' : unknown > 0 ? 'unknown' : 'pass', summary: { pass, fail, unknown } });
    }
    // Only the unmet needs of the gaps answer are shown: its own query (one row per niche product, the
    // same rows gaps() answers with), not the whole answer with its critical-participant analysis.
    const niches = await run(unmetByProduct, { cluster, year });
    years.push({
      year,
      level: d.cluster.level, levelByOutput: d.cluster.levelByOutput, threshold: d.cluster.threshold, pass: d.cluster.pass,
      compliance: comp,
      unmet: niches.reduce((a, u) => a + (u.unmet as number), 0),
      niches: niches.length,
      participants: d.participants.map((p) => ({ id: p.id, name: p.name, level: p.level, pass: p.pass })),
    });
  }
  return historyAnswer.parse({ cluster, years });
}
