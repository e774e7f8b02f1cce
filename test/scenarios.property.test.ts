// Property: a scenario answers what the analytics would answer on the graph with the changes made
// (the oracle applied to the changed document), and afterwards the graph holds exactly what it held.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readerOf } from '../api/engine/index.js';
import { resolveYear } from '../api/dependency/dependency.js';
import type { Change } from '../api/scenarios/schema.js';
import { runScenario } from '../api/scenarios/scenarios.js';
import type { Dataset } from '../graph-schema/index.js';
import { dependencyPresenceOnly, firstMismatch, oracleDependency } from './oracle/dependency.js';
import { oracleGaps } from './oracle/gaps.js';
import { datasetArb } from './support/arbitraries.js';
import { generatedGraph } from './support/generated.js';
import { engineCases } from './support/engines.js';
import { snapshot } from './support/snapshot.js';

/** The changes applied to the document itself, as the oracle's input. */
function applyToDoc(doc: Dataset, cluster: string, year: number, changes: Change[]): Dataset {
  const d = structuredClone(doc);
  for (const c of changes) {
    if (c.op === 'setSupply') {
      const s = d.supplies.find((x) => x.from === c.from && x.to === c.to && (x.product ?? null) === (c.product ?? null) && (x.year ?? d.year) === year);
      if (s) s.value = c.value;
      else d.supplies.push({ from: c.from, to: c.to, product: c.product, value: c.value, year, importCountries: undefined } as never);
    } else if (c.op === 'removeMembership') {
      d.memberships = d.memberships.filter((m) => !(m.cluster === cluster && m.org === c.org));
    } else if (c.op === 'setFinancials') {
      const org = d.organizations.find((o) => o.id === c.org)!;
      const f = org.financials.find((x) => (x.year ?? d.year) === year);
      if (f) { if (c.output !== undefined) f.output = c.output; if (c.purchases !== undefined) f.purchases = c.purchases; }
      else org.financials.push({ year, output: c.output, purchases: c.purchases });
    }
  }
  return d;
}

describe.each(engineCases)('scenarios against the oracle on $name', ({ make }) => {
  const graph = generatedGraph(make, 's');

  it('answers as if the changes were made, and changes nothing', async () => {
    const pick = fc.record({ a: fc.nat(), b: fc.nat(), value: fc.integer({ min: 1, max: 5e8 }), kind: fc.constantFrom('flow', 'flow', 'leave', 'financials') });
    await fc.assert(fc.asyncProperty(datasetArb, fc.array(pick, { minLength: 1, maxLength: 3 }), async (raw, picks) => {
      const doc = await graph.load(raw);
      const cluster = doc.clusters[0]!.id;
      const members = doc.memberships.filter((m) => m.cluster === cluster).map((m) => m.org);
      if (members.length < 2) return;
      const run = readerOf(graph.engine);
      const year = (await resolveYear(run, cluster)) ?? new Date().getFullYear();
      const left = new Set<string>();
      const changes: Change[] = [];
      for (const p of picks) {
        const a = members[p.a % members.length]!;
        const b = members[p.b % members.length]!;
        if (p.kind === 'flow' && a !== b) changes.push({ op: 'setSupply', from: a, to: b, value: p.value });
        if (p.kind === 'leave' && !left.has(a)) { left.add(a); changes.push({ op: 'removeMembership', org: a }); }
        if (p.kind === 'financials') changes.push({ op: 'setFinancials', org: a, output: p.value * 3, purchases: p.value });
      }
      if (!changes.length) return;
      const before = await snapshot(graph.engine);
      const answer = await runScenario(graph.engine, cluster, { changes });
      expect(await snapshot(graph.engine)).toEqual(before);
      const changed = applyToDoc(doc, cluster, year, changes);
      const dep = firstMismatch(answer.dependency, oracleDependency(changed, cluster, year), dependencyPresenceOnly);
      if (dep) throw new Error(`scenario dependency of ${cluster}: ${dep} (actual vs oracle) for ${JSON.stringify(changes)}`);
      const gaps = firstMismatch(answer.gaps, oracleGaps(changed, cluster, year));
      if (gaps) throw new Error(`scenario gaps of ${cluster}: ${gaps} (actual vs oracle) for ${JSON.stringify(changes)}`);
    }), { numRuns: 200 });
  }, 240_000);
});
