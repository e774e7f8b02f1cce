// Property: on random datasets with random survey records, the Cypher survey answer (respondents,
// pending organizations, the wave II list ranked by ₽) equals the plain-TypeScript oracle
// (test/oracle/survey.ts), on every engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readerOf } from '../api/engine/index.js';
import { survey } from '../api/survey/survey.js';
import { firstMismatch } from './oracle/dependency.js';
import { oracleSurvey } from './oracle/survey.js';
import { datasetArb } from './support/arbitraries.js';
import { generatedGraph } from './support/generated.js';
import { engineCases } from './support/engines.js';

describe.each(engineCases)('survey against the oracle on $name', ({ make }) => {
  const graph = generatedGraph(make, 's');

  it('waves, respondents, pending and the wave II list match', async () => {
    let named = 0;
    await fc.assert(fc.asyncProperty(datasetArb, async (raw) => {
      const doc = await graph.load(raw);
      for (const { id } of doc.clusters) {
        const actual = await survey(readerOf(graph.engine), id);
        const expected = oracleSurvey(doc, id);
        named += expected.waveTwo.length;
        const mismatch = firstMismatch(actual, expected);
        if (mismatch) throw new Error(`survey of ${id}: ${mismatch} (actual vs oracle)`);
      }
    }), { numRuns: 120 });
    // The property is only worth something if the generated surveys do name organizations.
    expect(named).toBeGreaterThan(50);
  }, 180_000);
});
