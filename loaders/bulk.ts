// Bulk path of the import (issue 5): inside the import's one transaction, the records of a large
// table that do not exist yet go through the engine's bulk path (`Tx.bulkCreate`: COPY on Kùzu,
// batched UNWIND … CREATE on Neo4j); the ones that exist, and any the engine declines, are upserted
// by the usual UNWIND … MERGE. The graph ends up the same either way: this only changes the speed.
import { relTables } from '../graph-schema/index.js';
import type { Tx } from '../api/engine/index.js';
import { advance } from './progress.js';

type Row = Record<string, unknown>;

/** Below this many rows a MERGE is fast enough and one statement cheaper than a lookup plus a COPY. */
export const BULK_MIN = 500;
/** Rows per bulk call: bounds the text a COPY file holds and lets the progress bar move. */
export const BULK_CHUNK = 200_000;
/** Ids per lookup of what already exists. */
const LOOKUP_CHUNK = 50_000;

/** Which of these node ids exist already. */
export const existingNodesQuery = (label: string) => `UNWIND $ids AS x
MATCH (n:${label} {id: x})
RETURN n.id AS id`;

/** The relationships of a type leaving these nodes: by key (keyed types) or by their two ends. */
export function existingRelsQuery(type: string, keyed: boolean): string {
  const t = relTables.find((r) => r.type === type)!;
  return keyed
    ? `UNWIND $ids AS x
MATCH (a:${t.from} {id: x})-[e:${type}]->(:${t.to})
RETURN e.key AS key`
    : `UNWIND $ids AS x
MATCH (a:${t.from} {id: x})-[:${type}]->(b:${t.to})
RETURN a.id AS source, b.id AS target`;
}

/** Creates the node rows whose id is new; returns the rows left for the caller to upsert. */
export async function createNewNodes(tx: Tx, label: string, rows: Row[]): Promise<Row[]> {
  if (!tx.bulkCreate || rows.length < BULK_MIN) return rows;
  const merged = mergeBy(rows, (r) => String(r.id));
  const existing = await lookup(tx, existingNodesQuery(label), [...merged.keys()], (r) => String(r.id));
  return splitAndCreate(tx, label, merged, existing);
}

/** Creates the relationship rows that are new (by key, or by their two ends); returns the rest. */
export async function createNewRels(tx: Tx, type: string, rows: Row[], keyed: boolean): Promise<Row[]> {
  if (!tx.bulkCreate || rows.length < BULK_MIN) return rows;
  // Unkeyed types hold at most one relationship per pair, as MERGE would leave them.
  const merged = mergeBy(rows, keyed ? (r) => String(r.key) : (r) => `${String(r.from)}\u0000${String(r.to)}`);
  const sources = [...new Set(rows.map((r) => String(r.from)))];
  const existing = await lookup(tx, existingRelsQuery(type, keyed), sources,
    keyed ? (r) => String(r.key) : (r) => `${String(r.source)}\u0000${String(r.target)}`);
  return splitAndCreate(tx, type, merged, existing);
}

async function splitAndCreate(tx: Tx, table: string, merged: Map<string, Row>, existing: Set<string>): Promise<Row[]> {
  const fresh: Row[] = [];
  const rest: Row[] = [];
  for (const [k, row] of merged) (existing.has(k) ? rest : fresh).push(row);
  for (let i = 0; i < fresh.length; i += BULK_CHUNK) {
    const chunk = fresh.slice(i, i + BULK_CHUNK);
    rest.push(...(await tx.bulkCreate!(table, chunk)));
    advance(table, chunk.length);
  }
  return rest;
}

/** Rows with the same identity folded into one, later values over earlier ones, as successive MERGE … SET leave them. */
function mergeBy(rows: Row[], key: (r: Row) => string): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const r of rows) {
    const k = key(r);
    const prev = out.get(k);
    if (!prev) out.set(k, r);
    else {
      const folded: Row = { ...prev };
      for (const [p, v] of Object.entries(r)) if (v !== null && v !== undefined) folded[p] = v;
      out.set(k, folded);
    }
  }
  return out;
}

async function lookup(tx: Tx, query: string, ids: string[], key: (r: Row) => string): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) {
    for (const r of await tx.run(query, { ids: ids.slice(i, i + LOOKUP_CHUNK) })) found.add(key(r));
  }
  return found;
}
