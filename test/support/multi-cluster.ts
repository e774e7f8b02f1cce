// A random graph of several clusters, for the analytics that look across clusters (sourcing,
// intercluster, compare, regions): 2–4 clusters, organizations in none, one or two of them, domestic
// outsiders and foreign suppliers, products whose ids differ but whose OKPD2 codes nest, two reporting
// years, and one region written several ways ("Тульская обл.", "Кузбасс", "Татарстан Респ").
//
// Answers across clusters read the whole graph, so documents cannot share a database under id prefixes
// (generated.ts): `isolatedGraph` empties the database before each document instead.
import fc from 'fast-check';
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../api/engine/index.js';
import { datasetSchema, normaliseDatasetRegions, type Dataset, type DatasetInput } from '../../graph-schema/index.js';
import { importDataset } from '../../loaders/import.js';
import { moneyArb, YEARS } from './arbitraries.js';

type Org = NonNullable<DatasetInput['organizations']>[number];
type Membership = NonNullable<DatasetInput['memberships']>[number];
type Supply = NonNullable<DatasetInput['supplies']>[number];
type Need = NonNullable<DatasetInput['needs']>[number];

/** Spellings of the same subject (and of one place that is no subject at all), as data arrives. */
export const REGION_SPELLINGS: readonly (readonly string[])[] = [
  ['Тульская область', 'Тульская обл.', 'тульская область'],
  ['Кемеровская область', 'Кемеровская область — Кузбасс', 'Кузбасс'],
  ['Республика Татарстан', 'Татарстан Респ', 'Республика Татарстан (Татарстан)'],
  ['Москва', 'г. Москва'],
  ['Байконур'],
];

/**
 * OKPD2 codes that nest: 24.42 ⊃ 24.42.2 ⊃ 24.42.22, 24.42.1 beside them, 20.5 too short to match
 * anything by prefix, a code with a stray space; null for a product with no code.
 */
export const OKPD2_CODES: readonly (string | null)[] = ['24.42', '24.42.2', '24.42.22', '24.42.1', '24.42.22 ', '20.5', '20.59', '20.59.1', null];

const FOREIGN = ['CN', 'DE', 'TR'] as const;

interface Shape { clusters: number; orgs: number; outsiders: number; foreign: number; products: number }

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  clusters: fc.integer({ min: 2, max: 4 }),
  orgs: fc.integer({ min: 2, max: 12 }),
  outsiders: fc.integer({ min: 0, max: 4 }),
  foreign: fc.integer({ min: 0, max: 2 }),
  products: fc.integer({ min: 2, max: 6 }),
});

const spellingArb = fc.integer({ min: 0, max: REGION_SPELLINGS.length - 1 }).chain((r) => fc.constantFrom(...REGION_SPELLINGS[r]!));

/** Participants are `o…`, domestic outsiders `d…`, foreign suppliers `f…`. */
const orgIds = (s: Shape) => [
  ...[...Array(s.orgs).keys()].map((i) => `o${i}`),
  ...[...Array(s.outsiders).keys()].map((i) => `d${i}`),
  ...[...Array(s.foreign).keys()].map((i) => `f${i}`),
];

const financialsArb = fc.subarray([...YEARS], { minLength: 0 }).chain((years) =>
  fc.tuple(...years.map((year) => fc.record({ output: moneyArb(10_000), purchases: moneyArb(10_000) }).map((f) => ({ year, ...f })))));

const orgArb = (id: string): fc.Arbitrary<Org> => {
  if (id.startsWith('f')) return fc.constantFrom(...FOREIGN).map((country) => ({ id, name: `Foreign ${id}`, country }));
  return fc.record({ region: fc.option(spellingArb, { freq: 6 }), financials: financialsArb }).map(({ region, financials }) => ({
    id, name: `ООО «${id}»`, ...(region === null ? {} : { region }), financials,
  }));
};

/** Each participant `o<i>` is in one or two clusters; every cluster gets at least one participant. */
const membershipsArb = (s: Shape): fc.Arbitrary<Membership[]> =>
  fc.tuple(...[...Array(s.orgs).keys()].map(() => fc.tuple(fc.integer({ min: 0, max: s.clusters - 1 }), fc.option(fc.integer({ min: 0, max: s.clusters - 1 }), { freq: 3 }), fc.boolean())))
    .map((rows) => {
      const out: Membership[] = [];
      rows.forEach(([a, b, potential], i) => {
        for (const c of new Set([a, ...(b === null ? [] : [b])])) out.push({ cluster: `c${c}`, org: `o${i}`, ...(potential ? { status: 'potential' as const } : {}) });
      });
      for (let c = 0; c < s.clusters; c++) {
        if (!out.some((m) => m.cluster === `c${c}`)) out.push({ cluster: `c${c}`, org: `o${c % s.orgs}` });
      }
      return out;
    });

/** A valid cluster-dataset/1 document of several clusters (see the file comment). */
export const multiClusterArb: fc.Arbitrary<DatasetInput> = shapeArb.chain((s) => {
  const ids = orgIds(s);
  const domestic = ids.filter((id) => !id.startsWith('f'));
  const participants = ids.filter((id) => id.startsWith('o'));
  const product = fc.integer({ min: 0, max: s.products - 1 }).map((i) => `p${i}`);
  const year = fc.constantFrom(...YEARS);
  return fc.record({
    regions: fc.tuple(...[...Array(s.clusters).keys()].map(() => fc.uniqueArray(spellingArb, { minLength: 0, maxLength: 2 }))),
    orgs: fc.tuple(...ids.map(orgArb)),
    memberships: membershipsArb(s),
    codes: fc.tuple(...[...Array(s.products).keys()].map(() => fc.constantFrom(...OKPD2_CODES))),
    produces: fc.uniqueArray(fc.record({ org: fc.constantFrom(...ids), product }), { maxLength: 2 * ids.length, selector: (x) => `${x.org}|${x.product}` }),
    supplies: fc.uniqueArray(
      fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...domestic), product: fc.option(product, { freq: 6 }), value: moneyArb(3000), year })
        .filter((x) => x.from !== x.to)
        .map(({ product: p, ...x }): Supply & { year: number } => ({ ...x, ...(p === null ? {} : { product: p }) })),
      { maxLength: 4 * ids.length, selector: (x) => `${x.from}|${x.to}|${x.product ?? ''}|${x.year}` },
    ),
    needs: fc.uniqueArray(
      fc.record({ org: fc.constantFrom(...participants), product, value: moneyArb(6000), year }).map((n): Need => n),
      { maxLength: 10, selector: (x) => `${x.org}|${x.product}|${x.year}` },
    ),
  }).map(({ regions, orgs, memberships, codes, produces, supplies, needs }): DatasetInput => ({
    format: 'cluster-dataset/1',
    year: 2024,
    description: 'generated by test/support/multi-cluster.ts',
    clusters: regions.map((r, i) => ({ id: `c${i}`, name: `Кластер ${i}`, regions: r })),
    organizations: orgs,
    memberships,
    products: codes.map((okpd2, i) => ({ id: `p${i}`, name: `Продукт ${i}`, ...(okpd2 === null ? {} : { okpd2 }) })),
    produces,
    supplies,
    needs,
  }));
});

export interface IsolatedGraph {
  readonly engine: Engine;
  /** Empties the database, imports the document and returns it as stored: parsed, defaults applied, regions canonical. */
  load(raw: DatasetInput): Promise<Dataset>;
}

/** Call inside a describe: one engine for the suite, emptied before every document. */
export function isolatedGraph(make: () => Promise<Engine>): IsolatedGraph {
  let engine: Engine | undefined;
  beforeAll(async () => { engine = await make(); });
  afterAll(async () => { await engine?.close(); });
  return {
    get engine() { return engine!; },
    async load(raw) {
      await engine!.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
      await importDataset(engine!, raw);
      const doc = datasetSchema.parse(raw);
      normaliseDatasetRegions(doc);
      return doc;
    },
  };
}
