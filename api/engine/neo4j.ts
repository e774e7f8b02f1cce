// Neo4j adapter: the production engine, through the official driver.
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { integerProps, neo4jDdl } from '../../graph-schema/index.js';
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
      const result = await work({ run: (q, p) => runIn(tx, q, p) });
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
