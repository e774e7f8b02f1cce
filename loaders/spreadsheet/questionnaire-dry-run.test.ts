// Dry runs check through reads only (checkDataset), never through a rolled-back import: kuzu 0.11.3
// fails or crashes on later writes to rows a rolled-back transaction updated (engine-notes.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../api/engine/index.js';
import type { DatasetInput } from '../../graph-schema/index.js';
import { aDataset, aSmallCluster, anInn } from '../../test/support/builders.js';
import { engineCases } from '../../test/support/engines.js';
import { snapshot } from '../../test/support/snapshot.js';
import { loadDemo } from '../demo.js';
import { checkDataset, DatasetInvalid, importDataset } from '../import.js';
import { importQuestionnaires } from './questionnaire-import.js';
import { filledQuestionnaire, sampleAnswer } from './sample-questionnaire.js';

describe.each(engineCases)('dry runs on $name', ({ make }) => {
  let engine: Engine;
  beforeAll(async () => { engine = await make(); });
  afterAll(async () => { await engine.close(); });

  /** The check's answer, the graph unchanged by it, then the real import's answer. */
  async function checkThenImport(doc: DatasetInput) {
    const before = await snapshot(engine);
    const checked = await checkDataset(engine, structuredClone(doc));
    expect(await snapshot(engine)).toEqual(before);
    const imported = await importDataset(engine, structuredClone(doc));
    return { checked, imported };
  }

  it('counts what the import then creates, updates and warns about: new data, the same again, INN merges, a mix', async () => {
    const inn = anInn();
    const docs: DatasetInput[] = [
      aDataset().withCluster('c9').withOrg('arnest', { inn }).withMember('c9', 'arnest').build(),
      // the same INN under another id: merged into "arnest", with a warning; "y" and its supply are new
      aDataset().withCluster('c8').withOrg('arnest-ao', { inn, name: 'АО «Арнест»' }).withOrg('y').withMember('c8', 'arnest-ao').withSupply('y', 'arnest-ao', 50).build(),
      aSmallCluster().build(),
      aSmallCluster().build(),
      // updates of existing records beside new ones: new supplies, a need, a new organization
      aSmallCluster().withOrg('z').withSupply('a', 'b', 175).withSupply('z', 'a', 20).withNeed('a', 'p', 40).build(),
    ];
    const answers = [];
    for (const [i, doc] of docs.entries()) {
      const { checked, imported } = await checkThenImport(doc);
      expect(checked, `document ${i}`).toEqual(imported);
      answers.push(checked);
    }
    expect(answers[1]!.warnings).toContainEqual(expect.objectContaining({ path: 'organizations[0].inn', message: expect.stringMatching(/already organization "arnest"/) }));
    expect(answers[1]!.created).toMatchObject({ clusters: 1, organizations: 1, supplies: 1, memberships: 1 });
    expect(answers[1]!.updated).toMatchObject({ organizations: 1, financials: 1 });
    expect(answers[3]!.updated).toMatchObject({ clusters: 1, organizations: 3, supplies: 2, needs: 1 });
    expect(answers[4]!.created).toMatchObject({ organizations: 1, supplies: 2 }); // z→a, and a→b without a product
  });

  it('rejects an invalid document with the errors the import gives, writing nothing', async () => {
    const doc = aSmallCluster().withSupply('a', 'nobody', 5).withSupply('b', 'b', 5).build();
    const before = await snapshot(engine);
    const checked = await checkDataset(engine, doc).catch((e: unknown) => e);
    const imported = await importDataset(engine, doc).catch((e: unknown) => e);
    expect(checked).toBeInstanceOf(DatasetInvalid);
    expect((checked as DatasetInvalid).errors.map((e) => e.path)).toEqual(['supplies[2].to', 'supplies[3].to']);
    expect((checked as DatasetInvalid).errors).toEqual((imported as DatasetInvalid).errors);
    expect(await snapshot(engine)).toEqual(before);
  });
});

describe.each(engineCases)('the upload page path on the demo data on $name', ({ make }) => {
  let engine: Engine;
  beforeAll(async () => { engine = await make(); await loadDemo(engine); }, 120_000);
  afterAll(async () => { await engine.close(); });

  it('a dry run then the real upload of the same form, 20 times over, updating the same rows', async () => {
    const cluster = { id: 'aerosol', name: 'Национальный аэрозольный кластер' };
    const inn = anInn();
    for (let round = 0; round < 20; round++) {
      const answer = sampleAnswer(inn);
      // a different output every round, so every upload really changes the stored rows
      answer.org[0]!.output = String(2_400_000_000 + round * 1000);
      const files = [{ name: 'аэробол.xlsx', data: await filledQuestionnaire(cluster, 2024, answer) }];
      const dry = await importQuestionnaires(engine, 'aerosol', files, { dryRun: true, today: '2025-03-14' });
      const real = await importQuestionnaires(engine, 'aerosol', files, { today: '2025-03-14' });
      expect(dry.dryRun).toBe(true);
      expect({ created: dry.created, updated: dry.updated }, `round ${round}`).toEqual({ created: real.created, updated: real.updated });
      if (round > 0) expect(Object.values(real.created).every((n) => n === 0), `round ${round} creates nothing new`).toBe(true);
      expect(real.updated.financials, `round ${round}`).toBe(round > 0 ? 1 : dry.updated.financials);
    }
    const [row] = await engine.read('MATCH (o:Org {inn: $inn})-[:REPORTED]->(f:Financials {year: 2024}) RETURN f.output AS output', { inn });
    expect(row).toEqual({ output: 2_400_000_000 + 19 * 1000 });
  }, 120_000);
});
