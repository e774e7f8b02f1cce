// Property: on random multi-cluster graphs (organizations in two clusters, two years, regions spelled
// differently, outsiders at home and abroad) the Cypher comparison equals the plain-TypeScript oracle
// (test/oracle/compare.ts), for each cluster's default year and for a year asked for, on every engine.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { compare } from '../api/compare/compare.js';
import { readerOf } from '../api/engine/index.js';
import { projectStatuses, type DatasetInput } from '../graph-schema/index.js';
import { oracleCompare } from './oracle/compare.js';
import { firstMismatch } from './oracle/dependency.js';
import { engineCases } from './support/engines.js';
import { isolatedGraph, multiClusterArb } from './support/multi-cluster.js';

// The generated graph, with what comparisons also look at: participant kinds, outputs across the SME
// size classes (micro to large, and missing), stages with and without participants, final producers,
// potential participants with and without agreements, joint projects of every status, needs with and
// without an import share, clusters from the registry or not.

const KINDS = ['enterprise', 'enterprise', 'enterprise', 'enterprise', 'education', 'research', 'sopk', 'infrastructure'] as const;
/** Outputs of up to 10 000 ₽ scaled into every size class (limits 120 M, 800 M, 2 bn ₽). */
const SCALES = [1, 2e4, 6e4, 1.5e5, 1e6] as const;

const richerMultiClusterArb: fc.Arbitrary<DatasetInput> = multiClusterArb.chain((doc) => {
  const orgs = doc.organizations ?? [];
  const clusters = doc.clusters ?? [];
  const memberships = doc.memberships ?? [];
  const needs = doc.needs ?? [];
  return fc.record({
    orgs: fc.tuple(...orgs.map(() => fc.record({ kind: fc.constantFrom(...KINDS), scale: fc.constantFrom(...SCALES) }))),
    clusters: fc.tuple(...clusters.map(() => fc.record({
      stages: fc.integer({ min: 0, max: 3 }),
      registryNo: fc.option(fc.integer({ min: 1, max: 104 })),
      specialization: fc.option(fc.constantFrom('Химия', 'Машиностроение')),
      projects: fc.array(fc.constantFrom(...projectStatuses), { maxLength: 3 }),
    }))),
    memberships: fc.tuple(...memberships.map(() => fc.record({ stage: fc.integer({ min: 0, max: 3 }), finalProducer: fc.boolean(), agreement: fc.boolean() }))),
    importShares: fc.tuple(...needs.map(() => fc.option(fc.integer({ min: 0, max: 100 }).map((x) => x / 100)))),
  }).map((x): DatasetInput => {
    const stagesOf = new Map(clusters.map((c, i) => [c.id, x.clusters[i]!.stages]));
    return {
      ...doc,
      clusters: clusters.map((c, i) => {
        const e = x.clusters[i]!;
        return {
          ...c,
          stages: [...Array(e.stages).keys()].map((j) => ({ id: `s${j}`, name: `Этап ${j}`, order: j + 1 })),
          ...(e.registryNo === null ? {} : { registryNo: e.registryNo }),
          ...(e.specialization === null ? {} : { specialization: e.specialization }),
        };
      }),
      organizations: orgs.map((o, i) => (o.id.startsWith('o')
        ? { ...o, kind: x.orgs[i]!.kind, financials: (o.financials ?? []).map((f) => ({ ...f, ...(f.output == null ? {} : { output: f.output * x.orgs[i]!.scale }) })) }
        : o)),
      memberships: memberships.map((m, i) => {
        const e = x.memberships[i]!;
        const stages = stagesOf.get(m.cluster) ?? 0;
        return { ...m, ...(e.stage < stages ? { stage: `s${e.stage}` } : {}), finalProducer: e.finalProducer, agreement: e.agreement };
      }),
      needs: needs.map((n, i) => (x.importShares[i] == null ? n : { ...n, importShare: x.importShares[i] })),
      projects: clusters.flatMap((c, i) => x.clusters[i]!.projects.map((status, j) => ({ id: `pr-${c.id}-${j}`, cluster: c.id, name: `Проект ${j}`, status }))),
    };
  });
});

describe.each(engineCases)('compare against the oracle on $name', ({ make }) => {
  const graph = isolatedGraph(make);

  it('every figure of the side-by-side answer matches, clusters in any order, default year or 2023', async () => {
    const arb = richerMultiClusterArb.chain((doc) => fc.record({
      doc: fc.constant(doc),
      order: fc.shuffledSubarray((doc.clusters ?? []).map((c) => c.id), { minLength: 2 }),
      year: fc.option(fc.constant(2023), { freq: 3 }),
    }));
    await fc.assert(fc.asyncProperty(arb, async ({ doc: raw, order, year }) => {
      const doc = await graph.load(raw);
      const actual = await compare(readerOf(graph.engine), order, year ?? undefined);
      const mismatch = firstMismatch(actual, oracleCompare(doc, order, year ?? undefined));
      if (mismatch) throw new Error(`compare ${order.join(',')} in ${year ?? 'default year'}: ${mismatch} (actual vs oracle)`);
    }), { numRuns: 100 });
  }, 180_000);
});
