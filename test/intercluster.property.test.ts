// Property: on random graphs of several clusters the cluster-to-cluster graph (GET /api/intercluster)
// equals the plain-TypeScript oracle (test/oracle/sourcing.ts), for the default year and each year.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readerOf } from '../api/engine/index.js';
import { intercluster } from '../api/intercluster/intercluster.js';
import { firstMismatch } from './oracle/dependency.js';
import { oracleIntercluster } from './oracle/sourcing.js';
import { engineCases } from './support/engines.js';
import { isolatedGraph, multiClusterArb } from './support/multi-cluster.js';

describe.each(engineCases)('intercluster against the oracle on $name', ({ make }) => {
  const graph = isolatedGraph(make);

  it('nodes, edges, ₽ and flow counts match, for the default year, 2023 and 2024', async () => {
    let edges = 0;
    await fc.assert(fc.asyncProperty(multiClusterArb, async (raw) => {
      const doc = await graph.load(raw);
      const run = readerOf(graph.engine);
      for (const year of [undefined, 2023, 2024]) {
        const actual = await intercluster(run, year);
        const mismatch = firstMismatch(actual, oracleIntercluster(doc, year));
        if (mismatch) throw new Error(`intercluster in ${year ?? 'the default year'}: ${mismatch} (actual vs oracle)`);
        edges += actual.edges.length;
      }
    }), { numRuns: 150 });
    expect(edges).toBeGreaterThan(100);
  }, 180_000);
});
