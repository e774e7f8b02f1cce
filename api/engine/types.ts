// The one interface every analytic and loader talks to; adapters are the only code that knows the engine.

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Tx {
  run(query: string, params?: Params): Promise<Row[]>;
  /**
   * Bulk path for large imports (optional): creates nodes of a label (rows hold `id` and properties)
   * or relationships of a type (rows hold `from`, `to` and properties), none of which may exist yet,
   * inside this transaction. Returns the rows it could not take; the caller upserts those itself.
   */
  bulkCreate?(table: string, rows: Row[]): Promise<Row[]>;
}

export interface Engine {
  readonly name: 'kuzu' | 'neo4j';
  /** Creates tables / constraints if they do not exist. */
  ensureSchema(): Promise<void>;
  read(query: string, params?: Params): Promise<Row[]>;
  /** Runs `work` in one write transaction: committed if it resolves, rolled back if it throws. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in a write transaction that is always rolled back (scenarios). */
  tryOut<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Optional: runs `work` with exclusive use of a scratch engine of the same kind, separate from this
   * one's data, for scenarios that must not roll back writes (kuzu 0.11.3: engine-notes.md). It holds
   * whatever the previous user left: callers clear it first. One user at a time.
   */
  sandbox?<T>(work: (scratch: Engine) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A query error with the query's first line, so logs say which query failed. */
export class QueryError extends Error {
  constructor(message: string, readonly query: string) {
    super(`${message} [in query: ${query.trim().split('\n')[0]!.slice(0, 120)}]`);
    this.name = 'QueryError';
  }
}

/** Something that runs a read query: an engine's `read`, or a transaction's `run` (scenarios). */
export type Run = (query: string, params?: Params) => Promise<Row[]>;
export const readerOf = (engine: Engine): Run => (q, p) => engine.read(q, p);
