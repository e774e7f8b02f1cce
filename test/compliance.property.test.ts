// Property: on random cluster datasets every requirement of both editions, as the API answers it,
// equals the plain-TypeScript oracle (test/oracle/compliance.ts), on every engine.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readerOf } from '../api/engine/index.js';
import { compliance } from '../api/compliance/compliance.js';
import { resolveYear } from '../api/dependency/dependency.js';
import { oracleCompliance } from './oracle/compliance.js';
import { firstMismatch } from './oracle/dependency.js';
import { datasetArb } from './support/arbitraries.js';
import { generatedGraph } from './support/generated.js';
import { engineCases } from './support/engines.js';

describe.each(engineCases)('compliance against the oracle on $name', ({ make }) => {
  const graph = generatedGraph(make, 'k');

  it('status, value, threshold and failing participants of every requirement match, both editions', async () => {
    await fc.assert(fc.asyncProperty(datasetArb, async (raw) => {
      const doc = await graph.load(raw);
      const run = readerOf(graph.engine);
      for (const { id } of doc.clusters) {
        const year = await resolveYear(run, id);
        for (const edition of ['pp779-2015', 'pp779-2025']) {
          const actual = (await compliance(run, id, year, edition)).requirements.map((r) => ({
            id: r.id, status: r.status, value: r.value, threshold: r.threshold, failing: r.detail.failing.map((f) => f.id),
          }));
          const mismatch = firstMismatch(actual, oracleCompliance(doc, id, year, edition));
          if (mismatch) throw new Error(`compliance ${edition} of ${id} in ${year}: ${mismatch} (actual vs oracle)`);
        }
      }
    }), { numRuns: 200 });
  }, 180_000);
});
