// Property: on random multi-cluster graphs whose regions are spelled several ways (and one place that is
// no subject), with the atlas rating loaded, the Cypher regions answers equal the plain-TypeScript
// oracle (test/oracle/regions.ts): the list of all subjects and each region by any of its spellings,
// for the default year and for 2023, on every engine.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { readerOf } from '../api/engine/index.js';
import { region, regions } from '../api/regions/regions.js';
import type { RegionAnswer } from '../api/regions/schema.js';
import type { DatasetInput } from '../graph-schema/index.js';
import { loadRating, readRating } from '../loaders/region-rating.js';
import { firstMismatch } from './oracle/dependency.js';
import { oracleRegion, oracleRegions } from './oracle/regions.js';
import { engineCases } from './support/engines.js';
import { isolatedGraph, multiClusterArb, REGION_SPELLINGS } from './support/multi-cluster.js';

/** Some clusters come from the registry (a registry number), some from imported data only. */
const docArb: fc.Arbitrary<DatasetInput> = multiClusterArb.chain((doc) =>
  fc.tuple(...(doc.clusters ?? []).map(() => fc.option(fc.integer({ min: 1, max: 104 })))).map((nos) => ({
    ...doc,
    clusters: (doc.clusters ?? []).map((c, i) => (nos[i] == null ? c : { ...c, registryNo: nos[i] })),
  })));

/** Cross-border flows in a fixed order: the answer's order (by value) is checked by the hand-written test. */
const byPair = (a: RegionAnswer | undefined) => a && {
  ...a,
  crossBorder: [...a.crossBorder].sort((x, y) => `${x.from.cluster}|${x.to.cluster}`.localeCompare(`${y.from.cluster}|${y.to.cluster}`)),
};

describe.each(engineCases)('regions against the oracle on $name', ({ make }) => {
  const graph = isolatedGraph(make);
  const { ratings } = readRating();

  it('the subjects list and every region by each of its spellings match, default year or 2023', async () => {
    const arb = fc.record({ doc: docArb, year: fc.option(fc.constant(2023), { freq: 3 }) });
    await fc.assert(fc.asyncProperty(arb, async ({ doc: raw, year }) => {
      const doc = await graph.load(raw);
      await loadRating(graph.engine);
      const run = readerOf(graph.engine);
      const y = year ?? undefined;
      const list = firstMismatch(await regions(run, y), oracleRegions(doc, ratings, y));
      if (list) throw new Error(`regions in ${year ?? 'default year'}: ${list} (actual vs oracle)`);
      for (const spelling of REGION_SPELLINGS.flat()) {
        const one = firstMismatch(byPair(await region(run, spelling, y)), byPair(oracleRegion(doc, ratings, spelling, y)));
        if (one) throw new Error(`region "${spelling}" in ${year ?? 'default year'}: ${one} (actual vs oracle)`);
      }
    }), { numRuns: 60 });
  }, 180_000);
});
