// fast-check arbitraries for valid cluster-dataset/1 documents: small random clusters with cycles,
// missing and zero financials, potential participants with and without agreements, non-industrial
// participants, priority territories, organizations in two clusters, outside suppliers and customers
// (foreign and domestic), supplies with and without a product, two years of data, needs with and
// without cover, empty stages and final producers.
import fc from 'fast-check';
import { orgKinds, type DatasetInput } from '../../graph-schema/index.js';

type Cluster = NonNullable<DatasetInput['clusters']>[number];
type Org = NonNullable<DatasetInput['organizations']>[number];
type Financials = NonNullable<Org['financials']>[number];
type Membership = NonNullable<DatasetInput['memberships']>[number];
type Supply = NonNullable<DatasetInput['supplies']>[number];
type Need = NonNullable<DatasetInput['needs']>[number];
type Project = NonNullable<DatasetInput['projects']>[number];
type Survey = NonNullable<DatasetInput['surveys']>[number];

export const YEARS = [2023, 2024] as const;
const FOREIGN = ['CN', 'DE', 'IT', 'TR', 'KZ'] as const;

/** Roubles: whole numbers or with kopecks, so a batch mixes integers and fractions. */
export const moneyArb = (max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 1, max }), fc.integer({ min: 1, max: max * 100 }).map((k) => k / 100));


/** One year's financials: both figures, one of them, zeros, or an entry with neither. */
const financialsArb = (year: number, docYear: number | undefined, omitYear: boolean, complete = false): fc.Arbitrary<Financials> => {
  const y = docYear === year && omitYear ? {} : { year };
  const money = moneyArb(10_000);
  if (complete) return fc.record({ output: money, purchases: money }).map((f) => ({ ...y, ...f }));
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ output: money, purchases: money }).map((f) => ({ ...y, ...f })) },
    { weight: 1, arbitrary: money.map((output) => ({ ...y, output })) },
    { weight: 1, arbitrary: money.map((purchases) => ({ ...y, purchases, output: null })) },
    { weight: 1, arbitrary: fc.record({ output: fc.oneof(fc.constant(0), money), purchases: fc.oneof(fc.constant(0), money) }).map((f) => ({ ...y, ...f })) },
    { weight: 1, arbitrary: fc.constant({ ...y }) },
  );
};

interface Shape {
  clusters: number;
  orgs: number;
  outsiders: number;
  products: number;
  docYear: number | undefined;
  /** 0..10: how many tenths of organizations work in priority territories */
  priorityBias: number;
  /** how large supplies and needs run, against financials of up to 10 000 */
  flowMax: number;
  /** every organization reports both figures (else some miss one, report zeros or nothing) */
  complete: boolean;
  /** the latest year of supplies and needs: 2024, or 2023 only */
  lastYear: number;
  /** 0..10: how many tenths of participants are potential ones, and of those how many signed an agreement */
  potentialBias: number;
  agreementBias: number;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  clusters: fc.integer({ min: 1, max: 2 }),
  orgs: fc.integer({ min: 1, max: 16 }),
  outsiders: fc.integer({ min: 0, max: 3 }),
  products: fc.integer({ min: 1, max: 4 }),
  docYear: fc.constantFrom(2023, 2024, undefined),
  priorityBias: fc.integer({ min: 0, max: 10 }),
  flowMax: fc.constantFrom(300, 2000, 10000),
  complete: fc.boolean(),
  lastYear: fc.oneof({ weight: 5, arbitrary: fc.constant(2024) }, { weight: 1, arbitrary: fc.constant(2023) }),
  potentialBias: fc.constantFrom(1, 3, 6),
  agreementBias: fc.constantFrom(5, 9),
});

const pad = (i: number) => String(i).padStart(2, '0');
const orgId = (i: number, orgs: number) => (i < orgs ? `o${pad(i)}` : `x${i - orgs}`);

const clusterArb = (i: number): fc.Arbitrary<Cluster> =>
  fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 4 }).map((orders) => ({
    id: `c${i}`,
    name: `Кластер ${i}`,
    regions: ['Тульская область'],
    stages: orders.map((order, j) => ({ id: `s${j}`, name: `Этап ${j}`, order })),
  }));

const orgArb = (i: number, s: Shape): fc.Arbitrary<Org> =>
  fc.record({
    kind: fc.oneof({ weight: 12, arbitrary: fc.constant('enterprise' as const) }, { weight: 1, arbitrary: fc.constantFrom(...orgKinds) }),
    roll: fc.integer({ min: 0, max: 9 }),
    omitYear: fc.boolean(),
    f2023: s.complete ? fc.constant(2023) : fc.option(fc.constant(2023), { freq: 4 }),
    f2024: s.complete ? fc.constant(2024) : fc.option(fc.constant(2024), { freq: 8 }),
  }).chain(({ kind, roll, omitYear, f2023, f2024 }) =>
    fc.tuple(
      f2023 === null ? fc.constant(null) : financialsArb(2023, s.docYear, omitYear, s.complete),
      f2024 === null || s.lastYear < 2024 ? fc.constant(null) : financialsArb(2024, s.docYear, omitYear, s.complete),
    ).map(([a, b]) => ({
      id: orgId(i, s.orgs),
      name: `ООО «Участник ${i}»`,
      kind,
      priorityTerritory: roll < s.priorityBias,
      financials: [a, b].filter((f): f is Financials => f !== null),
    })));

const outsiderArb = (i: number, s: Shape): fc.Arbitrary<Org> =>
  fc.record({ country: fc.oneof(fc.constant('RU'), fc.constantFrom(...FOREIGN)), reports: fc.boolean() }).chain(({ country, reports }) =>
    (reports ? financialsArb(s.lastYear, s.docYear, false).map((f) => [f]) : fc.constant([] as Financials[])).map((financials) => ({
      id: orgId(s.orgs + i, s.orgs),
      name: country === 'RU' ? `ООО «Внешний ${i}»` : `Foreign supplier ${i}`,
      country,
      financials,
    })));

/**
 * Which clusters each organization takes part in, from a roll 0..19 per organization: one in ten in
 * none (a domestic organization outside the clusters), the rest in one cluster or, a fifth of them, both.
 * Each cluster gets 1–14 participants.
 */
const placementArb = (s: Shape): fc.Arbitrary<number[][]> =>
  fc.array(fc.integer({ min: 0, max: 19 }), { minLength: s.orgs, maxLength: s.orgs }).map((rolls) =>
    [...Array(s.clusters).keys()].map((ci) => {
      const inCluster = (r: number) => r >= 2 && (s.clusters === 1 || r >= 16 || (ci === 0 ? r < 9 : r >= 9));
      const members = rolls.flatMap((r, i) => (inCluster(r) ? [i] : [])).slice(0, 14);
      return members.length ? members : [0];
    }));

const membershipsArb = (c: Cluster, ci: number, members: number[], s: Shape): fc.Arbitrary<Membership[]> =>
  fc.tuple(...members.map((i) => fc.record({
    status: fc.integer({ min: 0, max: 9 }).map((r) => (r < s.potentialBias ? 'potential' as const : 'member' as const)),
    agreement: fc.integer({ min: 0, max: 9 }).map((r) => r < s.agreementBias),
    stage: c.stages?.length ? fc.option(fc.integer({ min: 0, max: c.stages.length - 1 }), { freq: 6 }) : fc.constant(null),
    finalProducer: fc.boolean(),
    sopkGovernance: fc.boolean(),
  }).map((m): Membership => ({
    cluster: `c${ci}`,
    org: orgId(i, s.orgs),
    status: m.status,
    agreement: m.agreement,
    stage: m.stage === null ? null : `s${m.stage}`,
    finalProducer: m.finalProducer,
    sopkGovernance: m.sopkGovernance,
  }))));

const supplyArb = (s: Shape, n: number): fc.Arbitrary<Supply & { year: number }> =>
  fc.record({
    from: fc.integer({ min: 0, max: n - 1 }),
    step: fc.integer({ min: 1, max: n - 1 }),
    product: fc.option(fc.integer({ min: 0, max: s.products - 1 }), { freq: 4 }),
    value: moneyArb(s.flowMax),
    volume: fc.option(fc.integer({ min: 1, max: 1000 })),
    year: fc.oneof({ weight: 3, arbitrary: fc.constant(s.lastYear) }, { weight: 1, arbitrary: fc.constant(2023) }),
  }).map((r) => ({
    from: orgId(r.from, s.orgs),
    to: orgId((r.from + r.step) % n, s.orgs),
    ...(r.product === null ? {} : { product: `p${r.product}` }),
    value: r.value,
    ...(r.volume === null ? {} : { volume: r.volume }),
    year: r.year,
  }));

const needArb = (s: Shape, n: number): fc.Arbitrary<Need & { year: number }> =>
  fc.record({
    org: fc.integer({ min: 0, max: n - 1 }),
    product: fc.integer({ min: 0, max: s.products - 1 }),
    value: moneyArb(s.flowMax * 2),
    year: fc.oneof({ weight: 3, arbitrary: fc.constant(s.lastYear) }, { weight: 1, arbitrary: fc.constant(2023) }),
    importShare: fc.option(fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 100 }).map((x) => x / 100))),
    importCountries: fc.subarray([...FOREIGN]),
  }).map((r) => ({
    org: orgId(r.org, s.orgs),
    product: `p${r.product}`,
    value: r.value,
    year: r.year,
    ...(r.importShare === null ? {} : { importShare: r.importShare }),
    importCountries: r.importCountries,
  }));

/** A day of 2024–2025 as YYYY-MM-DD. */
const dateArb = fc.integer({ min: 0, max: 729 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));

/** SOPK survey records: organizations (participants or not) in wave 1 or 2, most with an answer received. */
const surveysArb = (s: Shape, n: number): fc.Arbitrary<Survey[]> =>
  fc.uniqueArray(fc.record({
    cluster: fc.integer({ min: 0, max: s.clusters - 1 }),
    org: fc.integer({ min: 0, max: n - 1 }),
    wave: fc.constantFrom(1 as const, 2 as const),
    sent: fc.option(dateArb, { freq: 3 }),
    received: fc.option(dateArb, { freq: 3 }),
  }), { maxLength: n, selector: (x) => `${x.cluster}|${x.org}` }).map((rows) => rows.map((r): Survey => ({
    org: orgId(r.org, s.orgs),
    cluster: `c${r.cluster}`,
    wave: r.wave,
    ...(r.sent === null ? {} : { sent: r.sent }),
    ...(r.received === null ? {} : { received: r.received }),
  })));

/** Drops a supply's or need's `year` now and then when it is the document's default year anyway. */
const defaultYears = <T extends { year: number }>(rows: readonly T[], docYear: number | undefined, omit: boolean[]): (Omit<T, 'year'> & { year?: number })[] =>
  rows.map((r, i) => {
    if (r.year !== docYear || !omit[i]) return r;
    const { year: _, ...rest } = r;
    return rest;
  });

/** A valid cluster-dataset/1 document: 1–2 clusters of 1–14 participants each, outsiders, two years. */
export const datasetArb: fc.Arbitrary<DatasetInput> = shapeArb.chain((s) => {
  const n = s.orgs + s.outsiders;
  const clusters = fc.tuple(...[...Array(s.clusters).keys()].map(clusterArb));
  return fc.tuple(clusters, placementArb(s)).chain(([cs, placement]) => fc.record({
    orgs: fc.tuple(...[...Array(s.orgs).keys()].map((i) => orgArb(i, s))),
    outsiders: s.outsiders ? fc.tuple(...[...Array(s.outsiders).keys()].map((i) => outsiderArb(i, s))) : fc.constant([] as Org[]),
    memberships: fc.tuple(...cs.map((c, ci) => membershipsArb(c, ci, placement[ci] ?? [0], s))),
    supplies: n < 2 ? fc.constant([] as (Supply & { year: number })[]) : fc.uniqueArray(supplyArb(s, n), {
      maxLength: 3 * n, size: 'max', selector: (x) => `${x.from}|${x.to}|${x.product ?? ''}|${x.year}`,
    }),
    needs: fc.uniqueArray(needArb(s, n), { maxLength: 8, selector: (x) => `${x.org}|${x.product}|${x.year}` }),
    omit: fc.array(fc.boolean(), { minLength: 3 * n + 8, maxLength: 3 * n + 8 }),
    project: fc.option(fc.record({ products: fc.subarray([...Array(s.products).keys()]), participants: fc.subarray([...Array(s.orgs).keys()]) })),
    surveys: surveysArb(s, n),
  }).map(({ orgs, outsiders, memberships, supplies, needs, omit, project, surveys }): DatasetInput => ({
    format: 'cluster-dataset/1',
    ...(s.docYear === undefined ? {} : { year: s.docYear }),
    description: 'generated by test/support/arbitraries.ts',
    clusters: cs,
    organizations: [...orgs, ...outsiders],
    memberships: memberships.flat(),
    products: [...Array(s.products).keys()].map((i) => ({ id: `p${i}`, name: `Продукт ${i}`, unit: 't' })),
    produces: [],
    supplies: defaultYears(supplies, s.docYear, omit),
    needs: defaultYears(needs, s.docYear, omit.slice(3 * n)),
    projects: project === null ? [] : [{
      id: 'pr0', cluster: 'c0', name: 'Проект 0',
      products: project.products.map((i) => `p${i}`), participants: project.participants.map((i) => orgId(i, s.orgs)),
    } satisfies Project],
    surveys,
  })));
});

/**
 * The same document with every id (clusters, organizations, products, projects) prefixed, so many
 * generated documents can share one database. Stage ids are per cluster and stay as they are.
 */
export function withPrefix(doc: DatasetInput, prefix: string): DatasetInput {
  const p = (id: string) => `${prefix}${id}`;
  const pn = <T extends string | null | undefined>(id: T): T => (id == null ? id : (p(id) as T));
  return {
    ...doc,
    clusters: doc.clusters?.map((c) => ({ ...c, id: p(c.id) })),
    organizations: doc.organizations?.map((o) => ({ ...o, id: p(o.id) })),
    memberships: doc.memberships?.map((m) => ({ ...m, cluster: p(m.cluster), org: p(m.org) })),
    products: doc.products?.map((x) => ({ ...x, id: p(x.id) })),
    produces: doc.produces?.map((x) => ({ ...x, org: p(x.org), product: p(x.product) })),
    supplies: doc.supplies?.map((x) => ({ ...x, from: p(x.from), to: p(x.to), product: pn(x.product) })),
    needs: doc.needs?.map((x) => ({ ...x, org: p(x.org), product: p(x.product) })),
    projects: doc.projects?.map((x) => ({
      ...x, id: p(x.id), cluster: p(x.cluster), products: x.products?.map(p), participants: x.participants?.map(p),
    })),
    surveys: doc.surveys?.map((x) => ({ ...x, org: p(x.org), cluster: p(x.cluster) })),
  };
}
