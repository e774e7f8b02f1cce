// A seeded, deterministic `cluster-dataset/1` generator at three scales (issue 5): the same scale and
// seed always give the same document. The shape imitates a national firm-to-firm network: heavy-tailed
// degrees (a few hubs supply and buy a lot), organizations in several clusters, outside and foreign
// suppliers, needs with import shares, and financials that are sometimes missing.
import { withCheckDigits, type DatasetInput } from '../../graph-schema/index.js';

export type Scale = 'demo' | 'region' | 'national';
export interface ScaleSpec { organizations: number; supplies: number; clusters: number; products: number }

export const scales: Record<Scale, ScaleSpec> = {
  demo: { organizations: 1_000, supplies: 5_000, clusters: 10, products: 100 },
  region: { organizations: 10_000, supplies: 100_000, clusters: 100, products: 500 },
  national: { organizations: 100_000, supplies: 1_000_000, clusters: 1_000, products: 2_000 },
};

export const isScale = (s: string): s is Scale => s in scales;

type Org = NonNullable<DatasetInput['organizations']>[number];
type Membership = NonNullable<DatasetInput['memberships']>[number];
type Supply = NonNullable<DatasetInput['supplies']>[number];
type Need = NonNullable<DatasetInput['needs']>[number];

/** mulberry32: small, fast and deterministic. */
export function mulberry32(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['Тульская область', 'Московская область', 'Республика Татарстан', 'Свердловская область', 'Самарская область',
  'Новосибирская область', 'Пермский край', 'Республика Башкортостан', 'Ленинградская область', 'Нижегородская область'];
const FOREIGN = ['CN', 'DE', 'IT', 'TR', 'BY', 'KZ', 'IN', 'JP'];
const STAGES = ['Сырьё и материалы', 'Полуфабрикаты', 'Комплектующие', 'Сборка', 'Конечная продукция'];
const KINDS = ['education', 'research', 'infrastructure', 'sopk', 'other'] as const;

export function generateDataset(scale: Scale | ScaleSpec, opts: { seed?: number; prefix?: string; year?: number } = {}): DatasetInput {
  const spec = typeof scale === 'string' ? scales[scale] : scale;
  const { seed = 779, prefix = 'g', year = 2024 } = opts;
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  // Index n·u^k: for k > 1 small indexes come up far more often, a power-law-like degree tail.
  const heavy = (n: number, k = 2.5) => Math.floor(n * rnd() ** k);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

  const orgId = (i: number) => `${prefix}-o${i}`;
  const productId = (i: number) => `${prefix}-p${i}`;
  const clusterId = (i: number) => `${prefix}-c${i}`;
  const nOrg = spec.organizations;
  // The last 5% of organizations are foreign (imports); about 40% belong to no cluster (outside suppliers).
  const firstForeign = Math.floor(nOrg * 0.95);

  const products = Array.from({ length: spec.products }, (_, i) => ({
    id: productId(i), name: `Продукция ${i}`, okpd2: `${10 + (i % 23)}.${i % 10}${(i >> 3) % 10}`, unit: pick(['t', 'pcs', 'm2', 'm3'] as const),
  }));
  // Each organization makes one or two products; supplies ship what the supplier makes.
  const madeBy = Array.from({ length: nOrg }, () => heavy(spec.products, 1.5));
  const produces = madeBy.flatMap((p, i) => {
    const second = heavy(spec.products, 1.5);
    return second === p ? [{ org: orgId(i), product: productId(p) }] : [{ org: orgId(i), product: productId(p) }, { org: orgId(i), product: productId(second) }];
  });

  const organizations: Org[] = Array.from({ length: nOrg }, (_, i) => {
    const foreign = i >= firstForeign;
    const o: Org = { id: orgId(i), name: foreign ? `Foreign supplier ${i}` : `ООО «Предприятие ${i}»`, country: foreign ? FOREIGN[i % FOREIGN.length]! : 'RU' };
    if (foreign) return o;
    o.inn = withCheckDigits(String(100_000_000 + seed * 1000 + i).slice(-9));
    o.region = REGIONS[i % REGIONS.length]!;
    if (rnd() < 0.08) o.kind = pick(KINDS);
    if (rnd() < 0.2) o.priorityTerritory = true;
    // Missing financials: none at all for 8%, one figure missing for another 7%.
    const r = rnd();
    if (r >= 0.08) {
      const size = 1e7 * (1 + 200 * rnd() ** 3) * (i < nOrg / 100 ? 20 : 1);
      const output = Math.round(size), purchases = Math.round(size * (0.3 + 0.4 * rnd()));
      o.financials = [r < 0.11 ? { year, output } : r < 0.15 ? { year, purchases } : { year, output, purchases }];
      if (rnd() < 0.3) o.financials.push({ year: year - 1, output: Math.round(output * 0.9), purchases: Math.round(purchases * 0.9) });
    }
    return o;
  });

  // Clusters: heavy-tailed sizes around ~ (60% of domestic organizations) / clusters; hubs join several.
  const domestic = firstForeign;
  const members: number[][] = Array.from({ length: spec.clusters }, () => []);
  const memberships: Membership[] = [];
  const clusterOf = new Map<number, number[]>();
  const clustered = Math.floor(domestic * 0.6);
  for (let i = 0; i < clustered; i++) {
    const home = (i * 7919) % spec.clusters;
    const homes = [home];
    // Organizations in several clusters: 10% join a second, 2% a third.
    if (rnd() < 0.1) homes.push(int(spec.clusters));
    if (rnd() < 0.02) homes.push(int(spec.clusters));
    for (const c of new Set(homes)) {
      members[c]!.push(i);
      clusterOf.set(i, [...(clusterOf.get(i) ?? []), c]);
    }
  }
  members.forEach((list, c) => {
    list.forEach((org, j) => {
      const potential = rnd() < 0.05;
      memberships.push({
        cluster: clusterId(c), org: orgId(org), status: potential ? 'potential' : 'member', stage: `s${1 + (j % STAGES.length)}`,
        finalProducer: j % STAGES.length === STAGES.length - 1 && rnd() < 0.5, sopkGovernance: rnd() < 0.4, agreement: potential && rnd() < 0.6,
      });
    });
  });
  const clusters = members.map((_, c) => ({
    id: clusterId(c), name: `Промышленный кластер ${c}`, regions: [REGIONS[c % REGIONS.length]!], specialization: pick(['Машиностроение', 'Химическое производство', 'Металлургия', 'Лёгкая промышленность']),
    stages: STAGES.map((name, k) => ({ id: `s${k + 1}`, name, order: k + 1 })),
  }));

  // Supplies: half between participants of one cluster (cooperation), the rest across the whole
  // network with heavy-tailed ends; 10% of them in the previous year.
  const supplies: Supply[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (supplies.length < spec.supplies && attempts++ < spec.supplies * 20) {
    let from: number, to: number;
    if (rnd() < 0.5) {
      const list = members[heavy(spec.clusters, 1.3)]!;
      if (list.length < 2) continue;
      from = list[heavy(list.length, 1.8)]!;
      to = list[int(list.length)]!;
    } else {
      from = rnd() < 0.1 ? firstForeign + int(nOrg - firstForeign) : heavy(firstForeign);
      to = heavy(domestic, 1.8);
    }
    if (from === to) continue;
    const product = rnd() < 0.9 ? madeBy[from]! : int(spec.products);
    const y = rnd() < 0.1 ? year - 1 : year;
    const key = `${from}|${to}|${product}|${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s: Supply = { from: orgId(from), to: orgId(to), product: productId(product), value: Math.round(1e5 + 5e7 * rnd() ** 2) + (rnd() < 0.3 ? 0.25 : 0) };
    if (y !== year) s.year = y;
    if (rnd() < 0.5) s.volume = 1 + int(10_000);
    supplies.push(s);
  }

  // Needs: one to three inputs per participant, with import shares and countries where known.
  const needs: Need[] = [];
  for (const [org] of clusterOf) {
    const wanted = new Set<number>();
    for (let k = 1 + int(3); k > 0; k--) wanted.add(heavy(spec.products, 1.5));
    for (const p of wanted) {
      const n: Need = { org: orgId(org), product: productId(p), value: Math.round(1e6 + 1e8 * rnd() ** 2) };
      if (rnd() < 0.7) {
        n.importShare = Math.round(rnd() * 100) / 100;
        if (n.importShare > 0) n.importCountries = [...new Set([pick(FOREIGN), pick(FOREIGN)])];
      }
      needs.push(n);
    }
  }

  return {
    format: 'cluster-dataset/1', year, description: `Generated benchmark dataset (${typeof scale === 'string' ? scale : 'custom'} scale, seed ${seed}; illustrative volumes)`,
    clusters, organizations, memberships, products, produces, supplies, needs,
  };
}
