// Property: a random cluster-dataset/1 document written as a dataset workbook and read back is the same
// document (null and absent are the same in the format: an empty cell), and imports to the same graph.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetSchema, type Dataset } from '../graph-schema/index.js';
import { datasetWorkbook } from '../loaders/spreadsheet/dataset-workbook.js';
import { readDatasetWorkbook } from '../loaders/spreadsheet/dataset-workbook-read.js';
import { datasetArb } from './support/arbitraries.js';

/** The format's reading of a document: defaults applied, null and absent alike. */
function canonical(doc: unknown): unknown {
  const drop = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(drop);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== undefined).map(([k, x]) => [k, drop(x)]));
    return v;
  };
  return drop(datasetSchema.parse(doc));
}

async function throughWorkbook(doc: Dataset): Promise<{ doc: unknown; problems: unknown[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await datasetWorkbook(doc)) as unknown as ExcelJS.Buffer);
  const read = readDatasetWorkbook(wb, 'roundtrip.xlsx');
  return { doc: read.doc, problems: read.problems };
}

/** Values a person could type that a generated dataset rarely holds: fractions of kopecks, long texts. */
const awkward = fc.record({
  value: fc.double({ min: 1e-6, max: 1e15, noNaN: true, noDefaultInfinity: true }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && s === s.trim()),
  inn: fc.constantFrom('0274062111', '7707083893', '500100732259'),
});

describe('dataset workbook round trip', () => {
  it('random datasets → workbook → dataset are equal', async () => {
    let surveys = 0;
    await fc.assert(fc.asyncProperty(datasetArb, awkward, async (raw, odd) => {
      const doc = datasetSchema.parse(raw);
      // Exact doubles, a leading-zero INN, any text and a share with all its digits must come back as they were.
      if (doc.supplies[0]) doc.supplies[0].value = odd.value;
      if (doc.needs[0]) doc.needs[0].importShare = odd.share;
      doc.organizations[0]!.name = odd.name;
      doc.organizations[0]!.inn = odd.inn;
      surveys += doc.surveys.length;
      const back = await throughWorkbook(doc);
      expect(back.problems).toEqual([]);
      expect(canonical(back.doc)).toEqual(canonical(doc));
    }), { numRuns: 150 });
    expect(surveys).toBeGreaterThan(100);
  }, 120_000);
});
