// Property: on random cluster datasets the Cypher gaps (unmet needs, empty stages, single-source
// inputs, critical participants) equal the plain-TypeScript oracle of README "Methodology"
// (test/oracle/gaps.ts), on every engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readerOf } from '../api/engine/index.js';
import { resolveYear } from '../api/dependency/dependency.js';
import { gaps } from '../api/gaps/gaps.js';
import { firstMismatch, oracleResolveYear } from './oracle/dependency.js';
import { oracleGaps } from './oracle/gaps.js';
import { datasetArb } from './support/arbitraries.js';
import { generatedGraph } from './support/generated.js';
import { engineCases } from './support/engines.js';

describe.each(engineCases)('gaps against the oracle on $name', ({ make }) => {
  const graph = generatedGraph(make, 'g');

  it('unmet needs, empty stages, single-source inputs and critical participants match, for the default year or another', async () => {
    // One year per run (the default, or one that is not it) keeps the property near a minute on Kùzu.
    await fc.assert(fc.asyncProperty(datasetArb, fc.boolean(), async (raw, otherYear) => {
      const doc = await graph.load(raw);
      const run = readerOf(graph.engine);
      for (const { id } of doc.clusters) {
        const year = await resolveYear(run, id);
        expect(year, `resolveYear of ${id}`).toBe(oracleResolveYear(doc, id));
        const y = otherYear ? (year === 2023 ? 2024 : 2023) : year;
        const mismatch = firstMismatch(await gaps(run, id, y), oracleGaps(doc, id, y));
        if (mismatch) throw new Error(`gaps of ${id} in ${y}: ${mismatch} (actual vs oracle)`);
      }
    }), { numRuns: 200 });
  }, 180_000);
});
