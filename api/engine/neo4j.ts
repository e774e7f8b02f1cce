// Neo4j adapter: the production engine, through the official driver.
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { integerProps, neo4jDdl, nodeTables, relTables } from '../../graph-schema/index.js';
import { bindParams } from './params.js';
import { QueryError, type Engine, type Params, type Row, type Tx } from './types.js';

export interface Neo4jConfig {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}

/** Parameter names sent as Integer (Neo4j would store a JS number as Float; LIMIT needs an Integer). */
const INTEGER_PARAMS = new Set([...integerProps, 'limit', 'skip', 'offset']);

export class Neo4jEngine implements Engine {
  readonly name = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database?: string;

  constructor(cfg: Neo4jConfig) {
    this.driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username ?? 'neo4j', cfg.password ?? ''), {
      disableLosslessIntegers: false,
    });
    this.database = cfg.database;
  }

  async ensureSchema(): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      for (const ddl of neo4jDdl()) await session.run(ddl);
    } finally {
      await session.close();
    }
  }

  async read(query: string, params?: Params): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => runIn(tx, query, params));
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.explicit(work, 'commit');
  }

  async tryOut<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.explicit(work, 'rollback');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async explicit<T>(work: (tx: Tx) => Promise<T>, end: 'commit' | 'rollback'): Promise<T> {
    const session = this.driver.session({ database: this.database });
    const tx = session.beginTransaction();
    try {
      const result = await work({ run: (q, p) => runIn(tx, q, p), bulkCreate: (t, rows) => createInBatches(tx, t, rows) });
      await tx[end]();
      return result;
    } catch (e) {
      if (tx.isOpen()) await tx.rollback();
      throw e;
    } finally {
      await session.close();
    }
  }
}

/** Rows per statement of the bulk path: large enough to amortise a round trip, small enough for the heap. */
const BULK_BATCH = 10_000;

/** The statement that creates new nodes or relationships of a table (the uniqueness constraints reject duplicates). */
export function bulkCreateQuery(table: string): string {
  if (nodeTables.some((t) => t.label === table)) return `UNWIND $rows AS r\nCREATE (n:${table})\nSET n = r`;
  const rel = relTables.find((t) => t.type === table);
  if (!rel) throw new Error(`no node or relationship table named "${table}"`);
  return `UNWIND $rows AS r
MATCH (a:${rel.from} {id: r.from})
MATCH (b:${rel.to} {id: r.to})
CREATE (a)-[e:${table}]->(b)
SET e = r.props
RETURN count(e) AS created`;
}

/** Batched UNWIND … CREATE inside the caller's transaction; only declared properties, never nulls. */
async function createInBatches(tx: Transaction, table: string, rows: Row[]): Promise<Row[]> {
  const query = bulkCreateQuery(table);
  const node = nodeTables.find((t) => t.label === table);
  const declared = new Set(Object.keys(node?.props ?? relTables.find((t) => t.type === table)!.props));
  const props = (r: Row) => Object.fromEntries(Object.entries(r).filter(([k, v]) => declared.has(k) && v !== null && v !== undefined));
  for (let i = 0; i < rows.length; i += BULK_BATCH) {
    const batch = rows.slice(i, i + BULK_BATCH);
    const shaped = node ? batch.map(props) : batch.map((r) => ({ from: r.from, to: r.to, props: props(r) }));
    const res = await runIn(tx, query, { rows: shaped });
    // A relationship whose end is missing would silently not be created: fail instead.
    if (!node && Number(res[0]?.created ?? 0) !== batch.length) {
      throw new QueryError(`${batch.length - Number(res[0]?.created ?? 0)} ${table} relationships name an end node that does not exist`, query);
    }
  }
  return [];
}

async function runIn(tx: ManagedTransaction | Transaction, query: string, params?: Params): Promise<Row[]> {
  const bound = toNeo4j(bindParams(query, params)) as Record<string, unknown>;
  try {
    const res = await tx.run(query, bound);
    return res.records.map((rec) => Object.fromEntries(rec.keys.map((k) => [k, fromNeo4j(rec.get(k))])) as Row);
  } catch (e) {
    throw new QueryError((e as Error).message, query);
  }
}

function toNeo4j(v: unknown, key?: string): unknown {
  if (typeof v === 'number' && key !== undefined && INTEGER_PARAMS.has(key) && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map((x) => toNeo4j(x, key));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4j(x, k)]));
  return v;
}

/** Plain JSON out: Integers to numbers; nodes and relationships never leave (queries return properties). */
function fromNeo4j(v: unknown): unknown {
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(fromNeo4j);
  if (v && typeof v === 'object') {
    if ('labels' in v && 'properties' in v) throw new Error('a query returned a whole node: return its properties instead');
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromNeo4j(x)]));
  }
  return v;
}
