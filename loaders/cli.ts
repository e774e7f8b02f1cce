// `npm run load -- <file.json|registry.tsv> [...]`: imports each file in its own transaction.
import fs from 'node:fs';
import { engineFromEnv } from '../api/engine/index.js';
import { describeProblem } from '../graph-schema/index.js';
import { DatasetInvalid, importDataset } from './import.js';
import { readRegistry, RegistryInvalid } from './registry-tsv.js';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run load -- <dataset.json | registry.tsv> [more files]');
  process.exit(2);
}
const engine = engineFromEnv();
let failed = false;
try {
  await engine.ensureSchema();
  for (const file of files) {
    const t0 = performance.now();
    try {
      let doc: unknown;
      if (file.endsWith('.tsv')) {
        const { dataset, warnings } = readRegistry(file);
        warnings.forEach((w) => console.warn(`${file}: warning: ${describeProblem(w)}`));
        doc = dataset;
      } else {
        let text: string;
        try { text = fs.readFileSync(file, 'utf8'); } catch (e) { throw new Error(`cannot read the file: ${(e as Error).message}`); }
        try { doc = JSON.parse(text); } catch (e) { throw new Error(`not valid JSON: ${(e as Error).message}`); }
      }
      const res = await importDataset(engine, doc);
      res.warnings.forEach((w) => console.warn(`${file}: warning: ${describeProblem(w)}`));
      console.log(`${file}: loaded in ${(performance.now() - t0).toFixed(0)} ms; created ${JSON.stringify(res.created)}; updated ${JSON.stringify(res.updated)}`);
    } catch (e) {
      failed = true;
      if (e instanceof DatasetInvalid || e instanceof RegistryInvalid) {
        console.error(`${file}: ${e.message}`);
        e.errors.forEach((p) => console.error(`  ${describeProblem(p)}`));
      } else console.error(`${file}: ${(e as Error).message}`);
    }
  }
} finally {
  await engine.close();
}
process.exit(failed ? 1 : 0);
