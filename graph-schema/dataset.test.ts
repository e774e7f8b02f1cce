import { describe, expect, it } from 'vitest';
import { aSmallCluster, anInn } from '../test/support/builders.js';
import { innProblem, withCheckDigits } from './inn.js';
import { repairMixedScript } from './text.js';
import { validateDataset, type Validation } from './validate.js';

const errorsOf = (v: Validation) => (v.ok ? [] : v.errors);
const expectError = (v: Validation, path: string, message: RegExp) => {
  expect(v.ok).toBe(false);
  expect(errorsOf(v)).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
};

describe('cluster-dataset/1 schema', () => {
  it('accepts a valid dataset and fills defaults', () => {
    const v = validateDataset(aSmallCluster().build());
    expect(errorsOf(v)).toEqual([]);
    if (!v.ok) return;
    expect(v.dataset.organizations[0]!.country).toBe('RU');
    expect(v.dataset.organizations[0]!.kind).toBe('enterprise');
    expect(v.dataset.memberships[0]!.status).toBe('member');
  });

  it('rejects a wrong format tag', () => {
    expectError(validateDataset({ ...aSmallCluster().build(), format: 'cluster-dataset/2' }), 'format', /exactly "cluster-dataset\/1"/);
  });

  it('names a reference to an unknown organization, with did-you-mean', () => {
    const doc = aSmallCluster().withSupply('a', 'bb', 5).build();
    expectError(validateDataset(doc), 'supplies[2].to', /unknown organization "bb" \(did you mean "b"\?\)/);
  });

  it('accepts a reference to an id already in the database', () => {
    const doc = aSmallCluster().withSupply('a', 'stored', 5).build();
    const v = validateDataset(doc, { clusters: new Set(), orgs: new Set(['stored']), products: new Set(), stages: new Map() });
    expect(errorsOf(v)).toEqual([]);
  });

  it('rejects duplicate ids', () => {
    const doc = aSmallCluster().withOrg('a').build();
    expectError(validateDataset(doc), 'organizations[3].id', /duplicate organization id "a" \(first at organizations\[0\]\)/);
  });

  it('rejects an INN whose check digit does not match', () => {
    const good = anInn();
    const bad = good.slice(0, 9) + ((Number(good[9]) + 1) % 10);
    const doc = aSmallCluster().withOrg('z', { inn: bad }).build();
    expectError(validateDataset(doc), 'organizations[3].inn', /check digit does not match/);
  });

  it('rejects an INN of the wrong length', () => {
    expectError(validateDataset(aSmallCluster().withOrg('z', { inn: '12345' }).build()), 'organizations[3].inn', /10 digits/);
  });

  it('rejects a share outside 0..1, saying shares are fractions', () => {
    const doc = aSmallCluster().build();
    doc.needs![0]!.importShare = 1.4;
    expectError(validateDataset(doc), 'needs[0].importShare', /not a share between 0 and 1/);
  });

  it('rejects zero and negative values', () => {
    expectError(validateDataset(aSmallCluster().withSupply('b', 'a', -5).build()), 'supplies[2].value', /positive/);
    expectError(validateDataset(aSmallCluster().withSupply('b', 'a', 0).build()), 'supplies[2].value', /positive/);
  });

  it('rejects a membership stage that belongs to another cluster', () => {
    const doc = aSmallCluster().withCluster('c2', { stages: [{ id: 'mining', name: 'Добыча', order: 1 }] }).withMember('c1', 'x', { stage: 'mining' }).build();
    expectError(validateDataset(doc), 'memberships[2].stage', /stage "mining" belongs to cluster "c2", not "c1"/);
  });

  it('rejects a self-supply', () => {
    expectError(validateDataset(aSmallCluster().withSupply('a', 'a', 5).build()), 'supplies[2].to', /cannot supply itself/);
  });

  it('rejects two supplies with the same from, to, product and year', () => {
    expectError(validateDataset(aSmallCluster().withSupply('a', 'b', 7, { product: 'p' }).build()), 'supplies[2]', /same from, to, product and year/);
  });

  it('rejects unknown fields, so typos do not vanish silently', () => {
    const doc = aSmallCluster().build() as Record<string, unknown>;
    (doc.supplies as Record<string, unknown>[])[0]!.valeu = 3;
    expectError(validateDataset(doc), 'supplies[0]', /unknown field "valeu"/);
  });

  it('lists every error, not only the first', () => {
    const doc = aSmallCluster().withSupply('a', 'a', 5).withSupply('q', 'b', 5).withOrg('a').build();
    expect(errorsOf(validateDataset(doc)).length).toBe(3);
  });

  it('warns about Latin letters inside Cyrillic words', () => {
    const v = validateDataset(aSmallCluster().withOrg('z', { name: 'ООО «Гидropмаш»' }).build());
    expect(v.warnings).toContainEqual(expect.objectContaining({ path: 'organizations[3].name', message: expect.stringMatching(/Гидropмаш/) }));
  });

  it('warns about a participant without financials and about sales above output', () => {
    const doc = aSmallCluster().withOrg('n', { output: null, purchases: null }).withMember('c1', 'n').withSupply('a', 'n', 5000).build();
    const messages = validateDataset(doc).warnings.map((w) => w.message).join('\n');
    expect(messages).toMatch(/"n" has no financials/);
    expect(messages).toMatch(/"a" sells 5100 ₽ to other participants in 2024, more than its reported output of 1000 ₽/);
  });
});

describe('INN', () => {
  it('checks 10- and 12-digit numbers', () => {
    expect(innProblem(withCheckDigits('770708389'))).toBeNull();
    expect(innProblem('7707083893')).toBeNull(); // Sberbank's published INN
    expect(innProblem(withCheckDigits('5001234567'))).toBeNull();
    expect(innProblem('7707083894')).toBe('checkDigit');
    expect(innProblem('77070838')).toBe('format');
  });
});

describe('OCR repair', () => {
  it('reads transliterated damage by sound and look-alikes by shape', () => {
    expect(repairMixedScript('гидropневматического').text).toBe('гидропневматического');
    expect(repairMixedScript('Мoсква и Cлон').text).toBe('Москва и Слон');
    expect(repairMixedScript('Tesla и ВАЗ').repairs).toEqual([]);
  });
});
