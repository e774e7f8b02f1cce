// `npm run load -- <file.json|registry.tsv> [...]`: imports each file in its own transaction.
import fs from 'node:fs';
import { engineFromEnv } from '../api/engine/index.js';
import { describeProblem } from '../graph-schema/index.js';
import { DatasetInvalid, importDataset } from './import.js';
import { terminalBar } from './progress.js';
import { isRatingTable, loadRating, RatingInvalid } from './region-rating.js';
import { readRegistry, RegistryInvalid } from './registry-tsv.js';
import { loadQuestionnaire } from './spreadsheet/questionnaire-cli.js';

// `--cluster <id>` names the cluster a questionnaire (.xlsx / .csv) answers for
const args = process.argv.slice(2);
const clusterAt = args.indexOf('--cluster');
const cluster = clusterAt >= 0 ? args[clusterAt + 1] : undefined;
const files = clusterAt >= 0 ? args.filter((_, i) => i !== clusterAt && i !== clusterAt + 1) : args;
if (!files.length) {
  console.error('usage: npm run load -- <dataset.json | registry.tsv | region-rating.tsv> [more files]; questionnaires: <form.xlsx | form.csv> --cluster <id>');
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
      if (/\.(xlsx|csv)$/i.test(file)) {
        const summary = await loadQuestionnaire(engine, file, cluster);
        console.log(`${file}: questionnaire loaded in ${(performance.now() - t0).toFixed(0)} ms; ${summary}`);
        continue;
      }
      if (file.endsWith('.tsv') && isRatingTable(file)) {
        const { rated, warnings } = await loadRating(engine, file);
        warnings.forEach((w) => console.warn(`${file}: warning: ${describeProblem(w)}`));
        console.log(`${file}: regional rating of ${rated} regions loaded in ${(performance.now() - t0).toFixed(0)} ms`);
        continue;
      }
      if (file.endsWith('.tsv')) {
        const { dataset, warnings } = readRegistry(file);
        warnings.forEach((w) => console.warn(`${file}: warning: ${describeProblem(w)}`));
        doc = dataset;
      } else {
        let text: string;
        try { text = fs.readFileSync(file, 'utf8'); } catch (e) { throw new Error(`cannot read the file: ${(e as Error).message}`); }
        try { doc = JSON.parse(text); } catch (e) { throw new Error(`not valid JSON: ${(e as Error).message}`); }
      }
      // A progress bar on a terminal (large datasets take a while); nothing on a pipe or in a log.
      const clearBar = terminalBar();
      let res: Awaited<ReturnType<typeof importDataset>>;
      try { res = await importDataset(engine, doc); } finally { clearBar(); }
      res.warnings.forEach((w) => console.warn(`${file}: warning: ${describeProblem(w)}`));
      console.log(`${file}: loaded in ${(performance.now() - t0).toFixed(0)} ms; created ${JSON.stringify(res.created)}; updated ${JSON.stringify(res.updated)}`);
    } catch (e) {
      failed = true;
      if (e instanceof DatasetInvalid || e instanceof RegistryInvalid || e instanceof RatingInvalid) {
        console.error(`${file}: ${e.message}`);
        e.errors.forEach((p) => console.error(`  ${describeProblem(p)}`));
      } else console.error(`${file}: ${(e as Error).message}`);
    }
  }
} finally {
  await engine.close();
}
process.exit(failed ? 1 : 0);
