import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../api/engine/index.js';
import { validateDataset } from '../graph-schema/index.js';
import { engineCases } from '../test/support/engines.js';
import { demoFiles, isEmpty, loadDemo } from './demo.js';
import { readRegistry } from './registry-tsv.js';

describe('the atlas registry table', () => {
  const { dataset, warnings } = readRegistry();
  it('reads 104 clusters with regions split on ";" and the declared participant count kept', () => {
    expect(dataset.clusters).toHaveLength(104);
    const c2 = dataset.clusters!.find((c) => c.id === 'reg-2')!;
    expect(c2.regions).toHaveLength(10);
    expect(c2.regions![0]).toBe('Белгородская область');
    expect(c2.declaredParticipants).toBe(21);
  });
  it('repairs OCR damage with one warning per repair', () => {
    const spec = dataset.clusters!.find((c) => c.id === 'reg-4')!.specialization!;
    expect(spec).toContain('гидропневматического');
    const damaged = fs.readFileSync(new URL('./data/atlas-2025-registry.tsv', import.meta.url), 'utf8').match(/гидropневматического/g)!.length;
    expect(warnings.filter((w) => w.value === 'гидropневматического')).toHaveLength(damaged);
    expect(warnings[0]!.message).toBe('repaired OCR damage "гидropневматического" → "гидропневматического"');
    expect(validateDataset(dataset).warnings).toEqual([]);
  });
});

describe('demo datasets', () => {
  it.each(demoFiles().map((f) => [f.pathname.split('/').pop()!, f]))('%s is a valid cluster-dataset/1 saying its volumes are illustrative', (_name, file) => {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const v = validateDataset(doc);
    expect(v.ok ? [] : v.errors).toEqual([]);
    expect(doc.description).toMatch(/illustrative volumes/);
  });
});

describe.each(engineCases)('loading the demo on $name', ({ make }) => {
  let engine: Engine;
  beforeAll(async () => { engine = await make(); });
  afterAll(async () => { await engine.close(); });
  it('fills an empty graph with the registry and four detailed chains', async () => {
    expect(await isEmpty(engine)).toBe(true);
    const loaded = await loadDemo(engine);
    expect(loaded.map((l) => l.file)).toEqual(['atlas-2025-registry.tsv', 'aerosol.json', 'ingushetia-aluminium.json', 'kemz.json', 'kolomna.json']);
    const [{ n }] = (await engine.read('MATCH (c:Cluster) RETURN count(c) AS n')) as [{ n: number }];
    expect(n).toBe(105); // 104 registry clusters + the aerosol cluster (not in the 2025 registry)
    const chains = await engine.read('MATCH (c:Cluster) WHERE EXISTS { MATCH (:Org)-[:MEMBER_OF]->(c) } RETURN c.id AS id ORDER BY id');
    expect(chains.map((r) => r.id)).toEqual(['aerosol', 'reg-17', 'reg-31', 'reg-6']);
    expect(await isEmpty(engine)).toBe(false);
  });
});
