// Kùzu adapter: the embedded, zero-setup default engine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { kuzuDdl, nodeTables, relTables, type PropType } from '../../graph-schema/index.js';
import { bindParams } from './params.js';
import { QueryError, type Engine, type Params, type Row, type Tx } from './types.js';

type Conn = InstanceType<typeof kuzu.Connection>;
type Prepared = InstanceType<typeof kuzu.PreparedStatement>;

// kuzu 0.11.3 crashes the process when a prepared statement is finalized after its database
// (engine-notes.md). Databases and their statements are therefore never handed to the garbage
// collector: they live as long as the process, and statements are cached per connection.
const keepAlive: unknown[] = [];
const statements = new WeakMap<Conn, Map<string, Prepared>>();

export class KuzuEngine implements Engine {
  readonly name = 'kuzu' as const;
  private readonly db: InstanceType<typeof kuzu.Database>;
  /** Several read connections: Kùzu runs a connection's queries one after another, so one connection
   * made every API request wait for all before it (50 concurrent requests ≈ 50 × one request). */
  private readonly readConns: { conn: Conn; busy: number }[];
  private readonly writeConn: Conn;
  /** Kùzu allows one write transaction at a time and fails the second at once: we queue them. */
  private writeQueue: Promise<unknown> = Promise.resolve();
  private scratch?: KuzuEngine;
  private sandboxQueue: Promise<unknown> = Promise.resolve();

  constructor(dbPath: string) {
    if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
    // An in-memory database reserves its maximum size as virtual memory: keep it modest for tests.
    this.db = dbPath === ':memory:' ? new kuzu.Database(dbPath, 256 * 2 ** 20, true, false, 2 ** 32) : new kuzu.Database(dbPath);
    keepAlive.push(this.db);
    try {
      this.db.initSync();
    } catch (e) {
      const msg = (e as Error).message;
      throw new Error(/lock/i.test(msg)
        ? `the Kùzu database at ${dbPath} is in use by another process (is \`npm start\` running?): ${msg}`
        : `cannot open the Kùzu database at ${dbPath}: ${msg}`);
    }
    this.readConns = Array.from({ length: readConnections() }, () => ({ conn: new kuzu.Connection(this.db), busy: 0 }));
    this.writeConn = new kuzu.Connection(this.db);
  }

  async ensureSchema(): Promise<void> {
    await this.serialWrite(async () => {
      for (const ddl of kuzuDdl()) await this.writeConn.query(ddl);
    });
  }

  async read(query: string, params?: Params): Promise<Row[]> {
    // the least busy connection (the first of equals, so a lone caller keeps its prepared statements warm)
    const slot = this.readConns.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    try {
      return await run(slot.conn, query, params);
    } finally {
      slot.busy--;
    }
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.serialWrite(() => this.inTransaction(work, 'COMMIT'));
  }

  tryOut<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.serialWrite(() => this.inTransaction(work, 'ROLLBACK'));
  }

  /**
   * Scenarios run here instead of in tryOut: kuzu 0.11.3 can fail ("Write-write conflict") or crash on
   * committed writes to rows a rolled-back transaction updated (engine-notes.md). One in-memory engine,
   * made on first use and reused (a database is never closed: engine-notes.md), one user at a time.
   */
  sandbox<T>(work: (scratch: Engine) => Promise<T>): Promise<T> {
    const job = async () => {
      if (!this.scratch) {
        const scratch = new KuzuEngine(':memory:');
        await scratch.ensureSchema();
        this.scratch = scratch;
      }
      return work(this.scratch);
    };
    const next = this.sandboxQueue.then(job, job);
    this.sandboxQueue = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    await this.sandboxQueue.catch(() => undefined);
    await this.scratch?.close();
    await this.writeQueue.catch(() => undefined);
    for (const { conn } of this.readConns) await conn.close();
    await this.writeConn.close();
    // Not db.close(): kuzu 0.11.3 segfaults when a database is closed while statements prepared on it
    // are alive (engine-notes.md). The process exits with it open, which Kùzu tolerates.
  }

  private async inTransaction<T>(work: (tx: Tx) => Promise<T>, end: 'COMMIT' | 'ROLLBACK'): Promise<T> {
    await this.writeConn.query('BEGIN TRANSACTION');
    let result: T;
    try {
      result = await work({ run: (q, p) => run(this.writeConn, q, p), bulkCreate: (t, rows) => copyRows(this.writeConn, t, rows) });
    } catch (e) {
      // A failed statement may already have ended the transaction on Kùzu's side.
      await this.writeConn.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
    await this.writeConn.query(end);
    return result;
  }

  private serialWrite<T>(job: () => Promise<T>): Promise<T> {
    const next = this.writeQueue.then(job, job);
    this.writeQueue = next.catch(() => undefined);
    return next;
  }
}

/** KUZU_READ_CONNECTIONS, else one per core, at least two and at most four (the libuv pool runs four). */
function readConnections(): number {
  const asked = Number(process.env.KUZU_READ_CONNECTIONS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.min(4, Math.max(2, os.cpus().length));
}

async function run(conn: Conn, query: string, params?: Params): Promise<Row[]> {
  const bound = bindParams(query, params);
  const empty = Object.keys(bound).find((k) => Array.isArray(bound[k]) && (bound[k] as unknown[]).length === 0);
  // Kùzu binds [] as an untyped NULL and fails at run time: callers skip the query instead.
  if (empty) throw new QueryError(`Kùzu cannot bind an empty list to $${empty}: skip the query when there is nothing to pass`, query);
  const ps = await prepare(conn, query);
  // Kùzu types a list parameter by its first element, so a list of rows whose numbers are
  // sometimes whole and sometimes not is misread (engine-notes.md). Rows are therefore sent in
  // batches of one shape: the same fields with the same value types.
  const batched = Object.entries(bound).find(([, v]) => Array.isArray(v) && v.length > 0 && v.every(isPlainObject));
  if (!batched) return execute(conn, ps, query, bound);
  const [name, rows] = batched as [string, object[]];
  const shapes = new Map<string, object[]>();
  for (const row of rows) {
    const sig = shapeOf(row);
    const group = shapes.get(sig);
    if (group) group.push(row);
    else shapes.set(sig, [row]);
  }
  const out: Row[] = [];
  for (const group of shapes.values()) out.push(...(await execute(conn, ps, query, { ...bound, [name]: group })));
  return out;
}

/** The Kùzu type a value binds as: whole numbers as INT64, others as DOUBLE, lists by their first element. */
function shapeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  if (Array.isArray(v)) return `[${v.length ? shapeOf(v[0]) : 'null'}]`;
  if (isPlainObject(v)) return `{${Object.keys(v).sort().map((k) => `${k}:${shapeOf((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return typeof v;
}

async function prepare(conn: Conn, query: string): Promise<Prepared> {
  let cache = statements.get(conn);
  if (!cache) statements.set(conn, (cache = new Map()));
  const hit = cache.get(query);
  if (hit) return hit;
  const ps = await conn.prepare(query);
  keepAlive.push(ps);
  if (!ps.isSuccess()) throw new QueryError(ps.getErrorMessage(), query);
  cache.set(query, ps);
  return ps;
}

async function execute(conn: Conn, ps: Parameters<Conn['execute']>[0], query: string, params: Params): Promise<Row[]> {
  try {
    const res = await conn.execute(ps, params as Record<string, never>);
    const all = Array.isArray(res) ? res : [res];
    // getAllSync, not getAll: kuzu 0.11.3's async getAll makes one trip to its worker thread per row
    // (~8 µs each: 5 000 rows took 40–60 ms against 5–7 ms), and the query itself has already run.
    const rows = (all[all.length - 1]!.getAllSync() as Row[]).map((r) => plain(r) as Row);
    // Results hold native memory tied to the database: free them now, not in a finalizer after close.
    for (const r of all) r.close();
    return rows;
  } catch (e) {
    throw new QueryError((e as Error).message, query);
  }
}

/** Kùzu answers sums of integers as INT128 (BigInt): numbers are plain JS numbers on both engines. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function isPlainObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Bulk path: `COPY … FROM` a temporary CSV file. Measured on kuzu 0.11.3: 100 000 new supplies in
// 0.6 s, against 44 s through UNWIND … CREATE. COPY runs inside the explicit transaction and is
// rolled back with it; it fails on an existing primary key, which is why callers pass only new rows.

/** The declared columns of a node table (`id` first) or a relationship table (`from`, `to` first). */
function copyColumns(table: string): [string, PropType][] | null {
  const node = nodeTables.find((t) => t.label === table);
  if (node) return Object.entries(node.props);
  const rel = relTables.find((t) => t.type === table);
  return rel ? [['from', 'STRING'], ['to', 'STRING'], ...Object.entries(rel.props)] : null;
}

async function copyRows(conn: Conn, table: string, rows: Row[]): Promise<Row[]> {
  const columns = copyColumns(table);
  if (!columns) throw new QueryError(`no node or relationship table named "${table}"`, `COPY ${table}`);
  const rejected: Row[] = [];
  const lines: string[] = [];
  let multiline = false;
  for (const row of rows) {
    const line = csvLine(row, columns);
    if (line === null) rejected.push(row);
    else {
      lines.push(line);
      multiline ||= /[\r\n]/.test(line);
    }
  }
  if (!lines.length) return rejected;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuzu-copy-'));
  const file = path.join(dir, `${table}.csv`);
  const query = `COPY ${table} FROM '${file.replace(/'/g, "\\'")}' (HEADER=false, PARALLEL=${!multiline})`;
  try {
    fs.writeFileSync(file, lines.join('\n') + '\n');
    // The parallel CSV reader refuses quoted line breaks: such files are read on one thread.
    const res = await conn.query(query);
    for (const r of Array.isArray(res) ? res : [res]) r.close();
  } catch (e) {
    throw new QueryError((e as Error).message, query);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rejected;
}

/**
 * One CSV line, or null for a row COPY would store differently from a MERGE: Kùzu's CSV reader
 * reads an empty string as NULL, and list elements are not quoted inside "[a,b]".
 */
function csvLine(row: Row, columns: [string, PropType][]): string | null {
  const out: string[] = [];
  for (const [name, type] of columns) {
    const v = row[name];
    if (v === null || v === undefined) { out.push(''); continue; }
    if (type === 'STRING') {
      if (typeof v !== 'string' || v === '') return null;
      out.push(`"${v.replace(/"/g, '""')}"`);
    } else if (type === 'DOUBLE' || type === 'INT64') {
      if (typeof v !== 'number' || !Number.isFinite(v) || (type === 'INT64' && !Number.isSafeInteger(v))) return null;
      out.push(String(v));
    } else if (type === 'BOOLEAN') {
      if (typeof v !== 'boolean') return null;
      out.push(String(v));
    } else {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && /^[A-Za-z0-9._-]+$/.test(x))) return null;
      out.push(`"[${v.join(',')}]"`);
    }
  }
  return out.join(',');
}
