// The Cypher that writes a validated dataset, generated from the graph model: one UNWIND-MERGE per
// record kind, idempotent by id (nodes) or by key (relationships).
//
// Rows never carry nulls: a property a record leaves out is left out of the SET clause, so the graph
// keeps what it held (and Kùzu, which types a null inside a row parameter as STRING, never sees one).
// Rows are grouped by the properties they carry; each group gets its own statement.
import { Label as L, Rel as R, nodeTables, relTables } from '../graph-schema/index.js';
import type { Tx } from '../api/engine/index.js';
import { createNewNodes, createNewRels } from './bulk.js';
import { advance, beginStep } from './progress.js';

type Row = Record<string, unknown>;

function groupByKeys(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const clean = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
    const sig = Object.keys(clean).sort().join(',');
    const group = groups.get(sig);
    if (group) group.push(clean);
    else groups.set(sig, [clean]);
  }
  return groups;
}

function setClause(variable: string, keys: string[], declared: Record<string, unknown>, skip: string[]): string {
  const props = keys.filter((k) => k in declared && !skip.includes(k));
  return props.length ? `\nSET ${props.map((k) => `${variable}.${k} = r.${k}`).join(', ')}` : '';
}

/** The statement that upserts nodes of `label` by id, setting the given properties. */
export function upsertNodeQuery(label: string, keys: string[]): string {
  const table = nodeTables.find((t) => t.label === label)!;
  return `UNWIND $rows AS r\nMERGE (n:${label} {id: r.id})${setClause('n', keys, table.props, ['id'])}`;
}

/** Upserts nodes of `label` by id; rows hold the node's properties (names from the model). */
export async function upsertNodes(tx: Tx, label: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  beginStep(label, rows.length);
  // Large tables: new nodes through the engine's bulk path (bulk.ts), the rest merged here.
  const rest = await createNewNodes(tx, label, rows);
  for (const [sig, group] of groupByKeys(rest)) await tx.run(upsertNodeQuery(label, sig.split(',')), { rows: group });
  advance(label, rest.length);
}

/**
 * Upserts relationships of `type` between nodes found by id (`r.from`, `r.to`); with `key`, one
 * relationship per key (several may join the same two nodes), else at most one per pair.
 */
export async function upsertRels(tx: Tx, type: string, rows: Row[], opts: { keyed?: boolean } = {}): Promise<void> {
  if (!rows.length) return;
  beginStep(type, rows.length);
  const rest = await createNewRels(tx, type, rows, opts.keyed ?? false);
  for (const [sig, group] of groupByKeys(rest)) await tx.run(upsertRelQuery(type, sig.split(','), opts.keyed ?? false), { rows: group });
  advance(type, rest.length);
}

/** The statement that upserts relationships of `type`, setting the given properties. */
export function upsertRelQuery(type: string, keys: string[], keyed: boolean): string {
  const table = relTables.find((t) => t.type === type)!;
  const merge = keyed ? `MERGE (a)-[e:${type} {key: r.key}]->(b)` : `MERGE (a)-[e:${type}]->(b)`;
  return `UNWIND $rows AS r
MATCH (a:${table.from} {id: r.from}), (b:${table.to} {id: r.to})
${merge}${setClause('e', keys, table.props, ['key'])}`;
}

/** A document that lists a cluster's regions replaces the list it had. */
export const clearRegions = `UNWIND $ids AS x
MATCH (c:${L.Cluster} {id: x})-[e:${R.IN_REGION}]->(:${L.Region})
DELETE e`;

/** What already exists, asked inside the import transaction before writing. */
export const lookups = {
  clusters: `UNWIND $ids AS x MATCH (c:${L.Cluster} {id: x}) RETURN c.id AS id`,
  orgs: `UNWIND $ids AS x MATCH (o:${L.Org} {id: x}) RETURN o.id AS id`,
  // "o.inn IS NOT NULL" is not redundant: Kùzu 0.11.3 drops matches of `WHERE o.inn = x` under UNWIND
  // once some organizations have no INN (engine-notes.md).
  orgsByInn: `UNWIND $inns AS x MATCH (o:${L.Org}) WHERE o.inn IS NOT NULL AND o.inn = x RETURN o.id AS id, o.inn AS inn`,
  products: `UNWIND $ids AS x MATCH (p:${L.Product} {id: x}) RETURN p.id AS id`,
  projects: `UNWIND $ids AS x MATCH (j:${L.Project} {id: x}) RETURN j.id AS id`,
  financials: `UNWIND $ids AS x MATCH (f:${L.Financials} {id: x}) RETURN f.id AS id`,
  stages: `UNWIND $ids AS x MATCH (c:${L.Cluster} {id: x})-[:${R.HAS_STAGE}]->(s:${L.Stage}) RETURN c.id AS cluster, s.localId AS stage`,
  memberships: `MATCH (o:${L.Org})-[:${R.MEMBER_OF}]->(c:${L.Cluster}) WHERE o.id IN $ids RETURN o.id AS org, c.id AS cluster`,
  surveys: `MATCH (o:${L.Org})-[:${R.SURVEYED}]->(c:${L.Cluster}) WHERE o.id IN $ids RETURN o.id AS org, c.id AS cluster`,
  // By the supplying / needing organization: relationship properties have no index on Kùzu.
  supplies: `MATCH (a:${L.Org})-[s:${R.SUPPLIES}]->(:${L.Org}) WHERE a.id IN $ids RETURN s.key AS key`,
  needs: `MATCH (o:${L.Org})-[n:${R.NEEDS}]->(:${L.Product}) WHERE o.id IN $ids RETURN n.key AS key`,
  clusterCount: `MATCH (c:${L.Cluster}) RETURN count(c) AS n`,
};
