// The 2025 atlas registry (loaders/data/atlas-2025-registry.tsv, cut from the atlas) as a cluster dataset:
// one cluster per row, id "reg-<no>", regions split on ";", the declared participant count kept as declared.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { FORMAT, repairMixedScript, type DatasetInput, type Problem } from '../graph-schema/index.js';

export const REGISTRY_TSV = new URL('./data/atlas-2025-registry.tsv', import.meta.url);
const COLUMNS = ['no', 'name', 'regions', 'specialization', 'participants'];

export class RegistryInvalid extends Error {
  constructor(readonly errors: Problem[]) { super(`the registry table has ${errors.length} error(s)`); }
}

export function readRegistry(file: string | URL = REGISTRY_TSV): { dataset: DatasetInput; warnings: Problem[] } {
  const text = fs.readFileSync(file, 'utf8');
  const rows: string[][] = parse(text, { delimiter: '\t', relax_quotes: true, skip_empty_lines: true });
  const [header, ...body] = rows;
  if (!header || COLUMNS.some((c, i) => header[i] !== c)) {
    throw new RegistryInvalid([{ path: 'line 1', value: header, message: `the header must be: ${COLUMNS.join(', ')}` }]);
  }
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  // OCR left Latin letters inside Cyrillic words: repair them, one warning per repaired word.
  const clean = (where: string, s: string) => {
    const { text: fixed, repairs } = repairMixedScript(s.trim());
    for (const r of repairs) warnings.push({ path: where, value: r.from, message: `repaired OCR damage "${r.from}" → "${r.to}"` });
    return fixed;
  };
  const clusters = body.map((cells, i) => {
    const line = i + 2;
    const [no, name, regions, specialization, participants] = cells;
    const num = Number(no);
    const declared = Number(participants);
    if (!Number.isInteger(num) || num < 1) errors.push({ path: `line ${line}, column no`, value: no, message: 'the registry number must be a positive whole number' });
    if (!name?.trim()) errors.push({ path: `line ${line}, column name`, value: name, message: 'a cluster needs a name' });
    if (participants && !Number.isInteger(declared)) errors.push({ path: `line ${line}, column participants`, value: participants, message: 'the participant count must be a whole number' });
    return {
      id: `reg-${num}`,
      name: clean(`line ${line}, column name`, name ?? ''),
      regions: (regions ?? '').split(';').map((r) => clean(`line ${line}, column regions`, r)).filter(Boolean),
      specialization: specialization?.trim() ? clean(`line ${line}, column specialization`, specialization) : null,
      registryNo: num,
      declaredParticipants: participants ? declared : null,
    };
  });
  if (errors.length) throw new RegistryInvalid(errors);
  return {
    dataset: {
      format: FORMAT,
      description: 'Реестр промышленных кластеров из Атласа промышленных кластеров России — 2025 (число участников — как заявлено в реестре).',
      clusters,
    },
    warnings,
  };
}
