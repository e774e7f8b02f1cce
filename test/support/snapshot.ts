// The whole graph as sorted plain JSON, for "changes nothing" assertions (idempotency, scenarios).
import type { Engine, Tx } from '../../api/engine/index.js';
import { nodeTables, relTables } from '../../graph-schema/index.js';

export async function snapshot(engine: Engine | Tx): Promise<Record<string, unknown[]>> {
  const run = 'read' in engine ? (q: string) => engine.read(q) : (q: string) => engine.run(q);
  const out: Record<string, unknown[]> = {};
  for (const t of nodeTables) {
    const cols = Object.keys(t.props).map((p) => `n.${p} AS ${p}`).join(', ');
    out[t.label] = sortRows(await run(`MATCH (n:${t.label}) RETURN ${cols}`));
  }
  for (const t of relTables) {
    const cols = ['a.id AS fromId', 'b.id AS toId', ...Object.keys(t.props).map((p) => `e.${p} AS ${p}`)].join(', ');
    out[t.type] = sortRows(await run(`MATCH (a:${t.from})-[e:${t.type}]->(b:${t.to}) RETURN ${cols}`));
  }
  return out;
}

const sortRows = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort().map((s) => JSON.parse(s));
