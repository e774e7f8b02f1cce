// The National Aerosol Cluster of the demo data (loaders/demo/aerosol.json), its dependency figures
// and gaps worked out by hand from the file: every number below is arithmetic on values in that file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KuzuEngine, readerOf, type Engine, type Run } from '../api/engine/index.js';
import { dependency, resolveYear } from '../api/dependency/dependency.js';
import type { DependencyAnswer, ParticipantDependency } from '../api/dependency/schema.js';
import { gaps } from '../api/gaps/gaps.js';
import { loadDemo } from '../loaders/demo.js';

const M = 1_000_000;

describe('the aerosol cluster, by hand', () => {
  let engine: Engine;
  let run: Run;
  let dep: DependencyAnswer;
  const p = (id: string): ParticipantDependency => {
    const found = dep.participants.find((x) => x.id === id);
    if (!found) throw new Error(`no participant ${id}`);
    return found;
  };

  beforeAll(async () => {
    engine = new KuzuEngine(':memory:');
    await engine.ensureSchema();
    await loadDemo(engine);
    run = readerOf(engine);
    dep = await dependency(run, 'aerosol', await resolveYear(run, 'aerosol'));
  });
  afterAll(async () => { await engine?.close(); });

  it('reports 2024, the only year of the file', async () => {
    expect(await resolveYear(run, 'aerosol')).toBe(2024);
    expect(dep.cluster.year).toBe(2024);
  });

  it('has 15 participants, 3 of them in priority territories: threshold 20%', () => {
    // aerozol-novomoskovsk, aer-propellant and aer-college work in priority territories: 3 / 15 = 20% < 30%
    expect(dep.cluster.participants).toBe(15);
    expect(dep.cluster.priorityParticipants).toBe(3);
    expect(dep.cluster.priorityShare).toBeCloseTo(3 / 15, 12);
    expect(dep.cluster.threshold).toBe(0.2);
  });

  it('cluster level = Σ the 26 supplies between participants / Σ purchases of the 15 participants', () => {
    const internalFlows =
      105 * M // alumar → aeroball, al-slug
      + 1900 * M + 450 * M // aeroball → arnest, → aerozol-novomoskovsk (al-aerosol-can)
      + 720 * M + 200 * M + 120 * M // arnest-metallpak → arnest, → aerozol-novomoskovsk, → novye-tekhnologii (tin-aerosol-can)
      + 150 * M + 80 * M + 50 * M + 30 * M // linar → arnest (plastic-components, polymer-bottle), → aerozol-novomoskovsk, → novye-tekhnologii
      + 140 * M + 80 * M + 60 * M + 30 * M // orbita → arnest (valve-body, valve-parts), → aerozol-novomoskovsk, → novye-tekhnologii
      + 30 * M + 5 * M + 12 * M // remuniversal → arnest, → aeroball, → arnest-metallpak
      + 120 * M + 40 * M // terminal → arnest, → aerozol-novomoskovsk
      + 50 * M + 30 * M // merkuriy → arnest, → aerozol-novomoskovsk
      + 72 * M // polimertorg → arnest
      + 60 * M + 100 * M + 40 * M // arnest → aerozol-novomoskovsk (gas-mix, chem-mix), → novye-tekhnologii
      + 12 * M; // aer-propellant → novye-tekhnologii
    expect(internalFlows).toBe(4686 * M);
    const totalPurchases = 6600 * M + 2400 * M + 800 * M + 420 * M + 300 * M + 80 * M + 2000 * M + 1300 * M
      + 450 * M + 600 * M + 270 * M + 1500 * M + 400 * M + 70 * M + 12 * M;
    expect(totalPurchases).toBe(17202 * M);
    const totalOutput = 13000 * M + 3600 * M + 1200 * M + 600 * M + 550 * M + 160 * M + 3400 * M + 1900 * M
      + 750 * M + 900 * M + 420 * M + 2400 * M + 650 * M + 380 * M + 45 * M;
    expect(totalOutput).toBe(29955 * M);

    expect(dep.cluster.internalFlows).toBeCloseTo(internalFlows, 0);
    expect(dep.cluster.totalPurchases).toBeCloseTo(totalPurchases, 0);
    expect(dep.cluster.totalOutput).toBeCloseTo(totalOutput, 0);
    expect(dep.cluster.level).toBeCloseTo(4686 / 17202, 12); // 27.2%
    expect(dep.cluster.levelByOutput).toBeCloseTo(4686 / 29955, 12); // 15.6%
    expect(dep.cluster.pass).toBe(true); // 27.2% ≥ 20%
    expect(dep.cluster.reason).toBeNull();
  });

  it('polimertorg: 3.0% by sales, fixed by 48 000 000 more sales', () => {
    const x = p('polimertorg');
    expect(x.in).toBe(0);
    expect(x.out).toBeCloseTo(72 * M, 0); // shrink-film to arnest
    expect(x.inShare).toBe(0); // 0 / 1 500 000 000
    expect(x.outShare).toBeCloseTo(72 / 2400, 12); // 72 000 000 / 2 400 000 000 = 3.0%
    expect(x.level).toBeCloseTo(0.03, 12);
    expect(x.pass).toBe(false);
    expect(x.exempt).toBe(false);
    // purchases route: 0.05 · 1 500 000 000 − 0 = 75 000 000; sales route: 0.05 · 2 400 000 000 − 72 000 000 = 48 000 000
    expect(x.fix?.via).toBe('sales');
    expect(x.fix?.value).toBeCloseTo(0.05 * 2400 * M - 72 * M, 3);
  });

  it('arnest: 50.6% by purchases from twelve supplies of eight participants', () => {
    const x = p('arnest');
    const inValue = 1900 * M + 720 * M + 150 * M + 80 * M + 140 * M + 80 * M + 30 * M + 120 * M + 50 * M + 72 * M;
    expect(x.in).toBeCloseTo(inValue, 0); // 3 342 000 000
    expect(x.out).toBeCloseTo(60 * M + 100 * M + 40 * M, 0); // gas-mix and chem-mix: 200 000 000
    expect(x.inShare).toBeCloseTo(3342 / 6600, 12); // 50.6%
    expect(x.outShare).toBeCloseTo(200 / 13000, 12); // 1.5%
    expect(x.level).toBeCloseTo(3342 / 6600, 12);
    expect(x.pass).toBe(true);
    expect(x.fix).toBeNull();
  });

  it('linar and orbita count both their supplies to arnest (two products, one pair of organizations)', () => {
    expect(p('linar').out).toBeCloseTo(150 * M + 80 * M + 50 * M + 30 * M, 0); // 310 000 000
    expect(p('linar').outShare).toBeCloseTo(310 / 750, 12); // 41.3%
    expect(p('orbita').out).toBeCloseTo(140 * M + 80 * M + 60 * M + 30 * M, 0); // 310 000 000
    expect(p('orbita').outShare).toBeCloseTo(310 / 550, 12); // 56.4%
    expect(p('aerozol-novomoskovsk').in).toBeCloseTo(450 * M + 200 * M + 50 * M + 60 * M + 40 * M + 30 * M + 60 * M + 100 * M, 0); // 990 000 000
  });

  it('aeroball passes on sales, aerozol-novomoskovsk and novye-tekhnologii on purchases', () => {
    expect(p('aeroball').in).toBeCloseTo(105 * M + 5 * M, 0);
    expect(p('aeroball').level).toBeCloseTo((1900 + 450) / 3400, 12); // 69.1%
    expect(p('aerozol-novomoskovsk').level).toBeCloseTo(990 / 2400, 12); // 41.25%
    expect(p('novye-tekhnologii').in).toBeCloseTo(120 * M + 30 * M + 30 * M + 40 * M + 12 * M, 0); // 232 000 000
    expect(p('novye-tekhnologii').level).toBeCloseTo(232 / 800, 12); // 29%
  });

  it('exempts the college and the SOPK as non-industrial and the propellant producer by its agreement', () => {
    expect(p('aer-college')).toMatchObject({ kind: 'education', level: 0, pass: false, exempt: true, exemptReason: 'non-industrial', notExemptReason: null });
    expect(p('aer-sopk')).toMatchObject({ kind: 'sopk', exempt: true, exemptReason: 'non-industrial' });
    const prop = p('aer-propellant');
    expect(prop).toMatchObject({ status: 'potential', exempt: true, exemptReason: 'potential-with-agreement', notExemptReason: null });
    expect(prop.outShare).toBeCloseTo(12 / 650, 12); // 1.8%
    expect(dep.participants.filter((x) => !x.exempt && x.pass !== true).map((x) => x.id)).toEqual(['polimertorg']);
  });

  it('lists the unmet needs largest first: al-slug, tin cans, plastic components, equipment parts, al-ingot', async () => {
    const g = await gaps(run, 'aerosol', 2024);
    expect(g.unmetNeeds.map((u) => [u.product, u.need, u.covered, u.unmet])).toEqual([
      // aeroball needs 1 050 000 000, alumar covers 105 000 000 (the CN and DE slugs come from outside)
      ['al-slug', 1050 * M, 105 * M, 945 * M],
      // arnest 1 200 − 720, aerozol-novomoskovsk 450 − 200, novye-tekhnologii 270 − 120 (arnest-metallpak)
      ['tin-aerosol-can', (1200 + 450 + 270) * M, (720 + 200 + 120) * M, (480 + 250 + 150) * M],
      // arnest 540 − 150, aerozol-novomoskovsk 240 − 50, novye-tekhnologii 120 − 30 (linar)
      ['plastic-components', (540 + 240 + 120) * M, (150 + 50 + 30) * M, (390 + 190 + 90) * M],
      // arnest 375 − 30, aeroball 120 − 5, arnest-metallpak 105 − 12 (remuniversal)
      ['equipment-parts', (375 + 120 + 105) * M, (30 + 5 + 12) * M, (345 + 115 + 93) * M],
      // alumar needs 300 000 000 of ingots, all from outside the cluster
      ['al-ingot', 300 * M, 0, 300 * M],
    ]);
    const tin = g.unmetNeeds[1]!;
    // Σ importShare·need / Σ need = (0.25·1 200 + 0.3·450 + 0.3·270) / 1 920
    expect(tin.importShare).toBeCloseTo((0.25 * 1200 + 0.3 * 450 + 0.3 * 270) / 1920, 12);
    expect(tin.countries).toEqual(['DE', 'TR']);
    expect(tin.customers.map((c) => [c.id, c.unmet])).toEqual([['arnest', 480 * M], ['aerozol-novomoskovsk', 250 * M], ['novye-tekhnologii', 150 * M]]);
    expect(g.unmetNeeds[4]!.importShare).toBe(0);
  });
});
