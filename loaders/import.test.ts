import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../api/engine/index.js';
import { aDataset, aSmallCluster, anInn } from '../test/support/builders.js';
import { engineCases } from '../test/support/engines.js';
import { snapshot } from '../test/support/snapshot.js';
import { DatasetInvalid, importDataset } from './import.js';

describe.each(engineCases)('import pipeline on $name', ({ make }) => {
  let engine: Engine;
  beforeEach(async () => { engine = await make(); });
  afterEach(async () => { await engine.close(); });

  it('writes every record and counts what it created', async () => {
    const res = await importDataset(engine, aSmallCluster().build());
    expect(res.created).toMatchObject({ clusters: 1, organizations: 3, memberships: 2, products: 1, supplies: 2, needs: 1, financials: 2 });
    const rows = await engine.read('MATCH (a:Org)-[s:SUPPLIES]->(b:Org) RETURN a.id AS src, b.id AS dst, s.value AS value, s.year AS year ORDER BY src');
    expect(rows).toEqual([{ src: 'a', dst: 'b', value: 100, year: 2024 }, { src: 'x', dst: 'b', value: 300, year: 2024 }]);
  });

  it('importing the same document twice leaves the graph identical', async () => {
    const doc = aSmallCluster().build();
    await importDataset(engine, doc);
    const before = await snapshot(engine);
    const again = await importDataset(engine, doc);
    expect(await snapshot(engine)).toEqual(before);
    expect(Object.values(again.created).every((n) => n === 0)).toBe(true);
    expect(again.updated).toMatchObject({ clusters: 1, organizations: 3, supplies: 2 });
  });

  it('a failure at the last record leaves nothing written', async () => {
    const doc = aSmallCluster().build();
    const failing: Engine = {
      ...engine, name: engine.name, ensureSchema: () => engine.ensureSchema(), read: (q, p) => engine.read(q, p), close: () => engine.close(), tryOut: (w) => engine.tryOut(w),
      // The last statement of the import (project products) throws after everything else was written.
      write: (work) => engine.write((tx) => work({ run: async (q, p) => { if (q.includes(':PROJECT_PRODUCT')) throw new Error('disk full'); return tx.run(q, p); } })),
    };
    doc.projects = [{ id: 'pr', cluster: 'c1', name: 'Проект', products: ['p'] }];
    await expect(importDataset(failing, doc)).rejects.toThrow('disk full');
    const counts = await engine.read('MATCH (n) RETURN count(n) AS n');
    expect(counts).toEqual([{ n: 0 }]);
  });

  it('an invalid document writes nothing and lists every error', async () => {
    const doc = aSmallCluster().withSupply('a', 'nobody', 5).withSupply('b', 'b', 5).build();
    const err = await importDataset(engine, doc).catch((e) => e);
    expect(err).toBeInstanceOf(DatasetInvalid);
    expect(err.errors.map((e: { path: string }) => e.path)).toEqual(['supplies[2].to', 'supplies[3].to']);
    expect(await engine.read('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('the same INN in two datasets is one organization', async () => {
    const inn = anInn();
    await importDataset(engine, aDataset().withCluster('c1').withOrg('arnest', { inn }).withMember('c1', 'arnest').build());
    const second = aDataset().withCluster('c2').withOrg('arnest-ao', { inn, name: 'АО «Арнест»' }).withOrg('y').withMember('c2', 'arnest-ao').withSupply('y', 'arnest-ao', 50).build();
    const res = await importDataset(engine, second);
    expect(res.warnings).toContainEqual(expect.objectContaining({ path: 'organizations[0].inn', message: expect.stringMatching(/already organization "arnest"/) }));
    const rows = await engine.read('MATCH (o:Org)-[:MEMBER_OF]->(c:Cluster) RETURN o.id AS org, o.name AS name, c.id AS cluster ORDER BY cluster');
    expect(rows).toEqual([{ org: 'arnest', name: 'АО «Арнест»', cluster: 'c1' }, { org: 'arnest', name: 'АО «Арнест»', cluster: 'c2' }]);
    expect(await engine.read("MATCH (:Org {id: 'y'})-[s:SUPPLIES]->(o:Org) RETURN o.id AS id")).toEqual([{ id: 'arnest' }]);
  });

  it('references may point to what an earlier dataset stored', async () => {
    await importDataset(engine, aSmallCluster().build());
    const res = await importDataset(engine, { format: 'cluster-dataset/1', year: 2025, supplies: [{ from: 'a', to: 'b', product: 'p', value: 7 }] });
    expect(res.created.supplies).toBe(1);
    const err = await importDataset(engine, { format: 'cluster-dataset/1', year: 2025, memberships: [{ cluster: 'c1', org: 'a', stage: 'finl' }] }).catch((e) => e);
    expect(err.errors[0]).toMatchObject({ path: 'memberships[0].stage', message: expect.stringMatching(/did you mean "final"/) });
  });

  it('keeps stored optional properties a later document leaves out, and returns warnings', async () => {
    await importDataset(engine, aDataset().withCluster('c1', { specialization: 'Химия', registryNo: 7 }).build());
    const res = await importDataset(engine, aDataset().withCluster('c1', { name: 'Кластер с ошибкoй' }).build());
    expect(res.warnings[0]).toMatchObject({ path: 'clusters[0].name', message: expect.stringMatching(/ошибкoй/) });
    expect(await engine.read("MATCH (c:Cluster {id: 'c1'}) RETURN c.specialization AS s, c.registryNo AS n")).toEqual([{ s: 'Химия', n: 7 }]);
  });
});
