// Property: on random graphs of several clusters (organizations in two clusters, products that match
// only by OKPD2, two years, regions spelled differently) the sourcing answer and each cluster's history
// equal the plain-TypeScript oracles (test/oracle/sourcing.ts), on every engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readerOf } from '../api/engine/index.js';
import { history } from '../api/history/history.js';
import { sourcing } from '../api/sourcing/sourcing.js';
import { firstMismatch } from './oracle/dependency.js';
import { oracleHistory, oracleSourcing } from './oracle/sourcing.js';
import { engineCases } from './support/engines.js';
import { isolatedGraph, multiClusterArb } from './support/multi-cluster.js';

describe.each(engineCases)('sourcing against the oracle on $name', ({ make }) => {
  const graph = isolatedGraph(make);

  it('niches, candidates, how they matched, same region and ₽ supplied elsewhere match, both years', async () => {
    let candidates = 0;
    let byOkpd2 = 0;
    let sameRegion = 0;
    await fc.assert(fc.asyncProperty(multiClusterArb, async (raw) => {
      const doc = await graph.load(raw);
      const run = readerOf(graph.engine);
      for (const { id } of doc.clusters) {
        for (const year of [2023, 2024]) {
          const actual = await sourcing(run, id, year);
          const mismatch = firstMismatch(actual, oracleSourcing(doc, id, year));
          if (mismatch) throw new Error(`sourcing of ${id} in ${year}: ${mismatch} (actual vs oracle)`);
          const all = actual.items.flatMap((i) => i.candidates);
          candidates += all.length;
          byOkpd2 += all.filter((c) => c.matchedBy === 'okpd2').length;
          sameRegion += all.filter((c) => c.sameRegion).length;
        }
      }
    }), { numRuns: 120 });
    // The generator must reach the interesting cases, or the property proves little.
    expect(candidates).toBeGreaterThan(100);
    expect(byOkpd2).toBeGreaterThan(20);
    expect(sameRegion).toBeGreaterThan(20);
  }, 180_000);

  it('history: every year with data, its levels, compliance verdicts and unmet need match', async () => {
    await fc.assert(fc.asyncProperty(multiClusterArb, async (raw) => {
      const doc = await graph.load(raw);
      const run = readerOf(graph.engine);
      for (const { id } of doc.clusters) {
        const mismatch = firstMismatch(await history(run, id), oracleHistory(doc, id));
        if (mismatch) throw new Error(`history of ${id}: ${mismatch} (actual vs oracle)`);
      }
    }), { numRuns: 40 });
  }, 180_000);
});
