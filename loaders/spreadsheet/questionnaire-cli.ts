// `npm run load -- <file.xlsx|file.csv> --cluster <id>`: one filled questionnaire through the same
// import as the upload route; every error printed with its cell.
import fs from 'node:fs';
import path from 'node:path';
import type { Engine } from '../../api/engine/index.js';
import { importQuestionnaires, QuestionnaireInvalid } from './questionnaire-import.js';
import type { CellProblem } from './workbook.js';

const line = (p: CellProblem) => `  ${p.cell || p.file}: ${p.message}${p.value !== undefined && p.value !== null ? ` (value: ${JSON.stringify(p.value)})` : ''}`;

/** Imports the file; resolves with the summary line, rejects with every problem in the message. */
export async function loadQuestionnaire(engine: Engine, file: string, cluster: string | undefined): Promise<string> {
  if (!cluster) throw new Error('a questionnaire needs the cluster it answers for: add --cluster <id>');
  let data: Buffer;
  try { data = fs.readFileSync(file); } catch (e) { throw new Error(`cannot read the file: ${(e as Error).message}`); }
  try {
    const res = await importQuestionnaires(engine, cluster, [{ name: path.basename(file), data }]);
    res.warnings.forEach((w) => console.warn(`${file}: warning:${line(w).slice(1)}`));
    return `created ${JSON.stringify(res.created)}; updated ${JSON.stringify(res.updated)}`;
  } catch (e) {
    if (e instanceof QuestionnaireInvalid) throw new Error(`${e.message}\n${e.errors.map(line).join('\n')}`);
    throw e;
  }
}
