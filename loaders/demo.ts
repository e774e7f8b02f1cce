// The demo data: the 104 registry clusters, then the detailed chains in loaders/demo/*.json.
import fs from 'node:fs';
import type { Engine } from '../api/engine/index.js';
import { importDataset, type ImportResult } from './import.js';
import { loadRating } from './region-rating.js';
import { readRegistry } from './registry-tsv.js';
import { lookups } from './writes.js';

export const DEMO_DIR = new URL('./demo/', import.meta.url);

export function demoFiles(): URL[] {
  return fs.readdirSync(DEMO_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => new URL(f, DEMO_DIR));
}

export async function loadDemo(engine: Engine): Promise<{ file: string; result: ImportResult }[]> {
  const out = [{ file: 'atlas-2025-registry.tsv', result: await importDataset(engine, readRegistry().dataset) }];
  for (const file of demoFiles()) {
    out.push({ file: file.pathname.split('/').pop()!, result: await importDataset(engine, JSON.parse(fs.readFileSync(file, 'utf8'))) });
  }
  // The atlas regional rating onto the Region nodes (loaders/data/atlas-2025-region-rating.tsv).
  await loadRating(engine);
  return out;
}

export async function isEmpty(engine: Engine): Promise<boolean> {
  const [row] = await engine.read(lookups.clusterCount);
  return Number(row?.n ?? 0) === 0;
}
