// GET /api/intercluster: which clusters supply which, weighted by ₽ (see queries.ts for what counts).
import type { Run } from '../engine/index.js';
import * as q from './queries.js';
import { interclusterAnswer, type InterclusterAnswer } from './schema.js';

export async function interclusterYear(run: Run): Promise<number | null> {
  const [row] = await run(q.latestCrossYear);
  return typeof row?.year === 'number' ? row.year : null;
}

/** The cluster-to-cluster graph of the year asked for, or of the latest year with a cross-cluster supply. */
export async function intercluster(run: Run, year?: number): Promise<InterclusterAnswer> {
  const y = year ?? (await interclusterYear(run));
  if (y === null) return interclusterAnswer.parse({ year: null, nodes: [], edges: [] });
  const edges = await run(q.clusterEdges, { year: y });
  const ids = [...new Set(edges.flatMap((e) => [e.source as string, e.target as string]))];
  const nodes = ids.length ? await run(q.clusterNodes, { clusters: ids }) : [];
  return interclusterAnswer.parse({
    year: y,
    nodes: nodes.map((n) => ({ data: n })),
    edges: edges.map((e) => ({ data: { id: `${e.source as string}->${e.target as string}`, ...e } })),
  });
}
