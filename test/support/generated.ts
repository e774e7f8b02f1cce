// One database for a whole property: every generated document is imported under its own id prefix
// (fresh engines per run would make 200 runs far too slow).
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../api/engine/index.js';
import { datasetSchema, type Dataset, type DatasetInput } from '../../graph-schema/index.js';
import { importDataset } from '../../loaders/import.js';
import { withPrefix } from './arbitraries.js';

export interface GeneratedGraph {
  readonly engine: Engine;
  /** Imports the document with ids prefixed `<tag><n>-` and returns it parsed (defaults applied). */
  load(raw: DatasetInput): Promise<Dataset>;
}

/** Call inside a describe: opens the engine before its tests and closes it after. */
export function generatedGraph(make: () => Promise<Engine>, tag: string): GeneratedGraph {
  let engine: Engine | undefined;
  let runs = 0;
  beforeAll(async () => { engine = await make(); });
  afterAll(async () => { await engine?.close(); });
  return {
    get engine() { return engine!; },
    async load(raw) {
      const input = withPrefix(raw, `${tag}${runs++}-`);
      await importDataset(engine!, input);
      return datasetSchema.parse(input);
    },
  };
}
