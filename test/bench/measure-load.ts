// Load throughput: the generated document through the real import pipeline (validate fully, then one
// transaction, bulk path for large tables), with the command-line progress bar on a terminal.
import type { Engine } from '../../api/engine/index.js';
import type { DatasetInput } from '../../graph-schema/index.js';
import { importDataset, type ImportResult } from '../../loaders/import.js';
import { terminalBar } from '../../loaders/progress.js';
import { since } from './stats.js';

export interface LoadFigures { records: number; ms: number; recordsPerSec: number; result: ImportResult }

/** Records of a document: every list entry, financials per year included. */
export function recordCount(doc: DatasetInput): number {
  const lists = [doc.clusters, doc.organizations, doc.memberships, doc.products, doc.produces, doc.supplies, doc.needs, doc.projects];
  const financials = (doc.organizations ?? []).reduce((a, o) => a + (o.financials?.length ?? 0), 0);
  return lists.reduce((a, l) => a + (l?.length ?? 0), 0) + financials;
}

export async function measureLoad(engine: Engine, doc: DatasetInput): Promise<LoadFigures> {
  const records = recordCount(doc);
  const clear = terminalBar();
  const t0 = performance.now();
  try {
    const result = await importDataset(engine, doc);
    const ms = since(t0);
    return { records, ms, recordsPerSec: records / (ms / 1000), result };
  } finally {
    clear();
  }
}
