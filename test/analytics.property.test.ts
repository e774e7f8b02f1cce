// Property: on random cluster datasets the Cypher dependency figures equal the plain-TypeScript
// oracle of README "Methodology" (test/oracle/dependency.ts), on every engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readerOf } from '../api/engine/index.js';
import { dependency, resolveYear } from '../api/dependency/dependency.js';
import { dependencyPresenceOnly, firstMismatch, oracleDependency, oracleResolveYear } from './oracle/dependency.js';
import { datasetArb } from './support/arbitraries.js';
import { generatedGraph } from './support/generated.js';
import { engineCases } from './support/engines.js';

describe.each(engineCases)('dependency against the oracle on $name', ({ make }) => {
  const graph = generatedGraph(make, 'r');

  it('resolveYear and every figure of the dependency answer match, for the default year and another', async () => {
    await fc.assert(fc.asyncProperty(datasetArb, async (raw) => {
      const doc = await graph.load(raw);
      const run = readerOf(graph.engine);
      for (const { id } of doc.clusters) {
        const year = await resolveYear(run, id);
        expect(year, `resolveYear of ${id}`).toBe(oracleResolveYear(doc, id));
        // the default year, and an explicit year that is not it (2023 data or none at all)
        for (const y of [year, year === 2023 ? 2024 : 2023]) {
          const mismatch = firstMismatch(await dependency(run, id, y), oracleDependency(doc, id, y), dependencyPresenceOnly);
          if (mismatch) throw new Error(`dependency of ${id} in ${y}: ${mismatch} (actual vs oracle)`);
        }
      }
    }), { numRuns: 200 });
  }, 180_000);
});
