// A synthetic cluster dataset of a given size, for benchmarks (deterministic: same size, same data).
import { withCheckDigits, type DatasetInput } from '../../graph-schema/index.js';

export function syntheticDataset(opts: { participants: number; supplies: number; outsiders?: number; prefix?: string; year?: number }): DatasetInput {
  const { participants, supplies, outsiders = Math.ceil(participants / 10), prefix = 'syn', year = 2024 } = opts;
  // mulberry32: a small deterministic generator (the same size gives the same data)
  let seed = 42;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const stages = [1, 2, 3, 4, 5].map((n) => ({ id: `s${n}`, name: `Этап ${n}`, order: n }));
  const org = (i: number) => `${prefix}-o${i}`;
  const out = (i: number) => `${prefix}-x${i}`;
  const products = Array.from({ length: 50 }, (_, i) => ({ id: `${prefix}-p${i}`, name: `Продукт ${i}` }));
  const seen = new Set<string>();
  const flows: NonNullable<DatasetInput['supplies']> = [];
  while (flows.length < supplies) {
    const fromOutside = rnd() < 0.2;
    const a = Math.floor(rnd() * participants);
    const b = Math.floor(rnd() * participants);
    const from = fromOutside ? out(Math.floor(rnd() * outsiders)) : org(a);
    const to = org(b);
    const product = products[Math.floor(rnd() * products.length)]!.id;
    const key = `${from}|${to}|${product}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    flows.push({ from, to, product, value: Math.round(rnd() * 1e8) + 1000 + (rnd() < 0.5 ? 0.5 : 0), year });
  }
  return {
    format: 'cluster-dataset/1',
    year,
    description: 'Synthetic benchmark dataset (illustrative volumes)',
    clusters: [{ id: `${prefix}-cluster`, name: `Синтетический кластер ${prefix}`, regions: ['Тульская область'], stages }],
    organizations: [
      ...Array.from({ length: participants }, (_, i) => ({
        id: org(i), name: `ООО «Участник ${i}»`, inn: withCheckDigits(String(500000000 + i)),
        priorityTerritory: i % 4 === 0, financials: [{ output: 1e9 + i * 1e6, purchases: 5e8 + i * 1e5 }],
      })),
      ...Array.from({ length: outsiders }, (_, i) => ({ id: out(i), name: `Внешний поставщик ${i}`, country: i % 3 === 0 ? 'CN' : 'RU' })),
    ],
    memberships: Array.from({ length: participants }, (_, i) => ({
      cluster: `${prefix}-cluster`, org: org(i), stage: stages[i % 5]!.id, finalProducer: i % 5 === 4,
    })),
    products,
    supplies: flows,
    needs: Array.from({ length: participants }, (_, i) => ({
      org: org(i), product: products[i % products.length]!.id, value: 2e8, importShare: 0.5, importCountries: ['CN'],
    })),
  };
}
