import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';

export type Dialect = 'sqlite' | 'mysql';

/** A FIFO async mutex: better-sqlite3 has one connection, so transactions must take turns. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** MySQL's deadlock victim (1213); the transaction was rolled back whole and may simply run again. */
function isDeadlock(err: unknown): boolean {
  const e = err as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_LOCK_DEADLOCK' || (e?.driverError?.errno ?? e?.errno) === 1213;
}

interface Ambient {
  em: EntityManager;
  /** set inside a transaction: callbacks to run after it commits */
  hooks?: Array<() => void>;
}

/**
 * The one way code reaches the database.
 *
 * `transaction(fn)` opens a transaction and makes its EntityManager the ambient one for everything
 * called inside `fn` (AsyncLocalStorage), so a service, the scoped repositories, the job queue and
 * the processing-log writer all write through the same transaction without passing it around; a
 * nested call joins the outer transaction. `manager` is that ambient manager, or a plain one.
 *
 * On SQLite every transaction and every read outside one takes a process-wide turn: TypeORM's
 * better-sqlite3 driver shares a single connection, so two overlapping transactions would
 * otherwise interleave on it (and a reader would see another request's uncommitted rows).
 */
export class Database {
  private readonly als = new AsyncLocalStorage<Ambient>();
  private readonly mutex = new Mutex();

  constructor(
    readonly dataSource: DataSource,
    readonly dialect: Dialect,
  ) {}

  /** True inside a transaction or a SQLite read turn: work here joins it rather than taking a turn of its own. */
  get ambient(): boolean {
    return this.als.getStore() !== undefined;
  }

  /** The current transaction's manager, or the data source's. */
  get manager(): EntityManager {
    return this.als.getStore()?.em ?? this.dataSource.manager;
  }

  /**
   * Runs `fn` in a transaction (or joins the ambient one). A transaction that the engine aborted as a
   * deadlock victim is run again, up to three times: the engine rolled all of it back, and `fn`
   * only touches the database (side effects outside it belong in jobs, after commit).
   */
  async transaction<T>(
    fn: (em: EntityManager) => Promise<T>,
    opts: { readCommitted?: boolean } = {},
  ): Promise<T> {
    const current = this.als.getStore();
    if (current?.hooks) return fn(current.em);
    // READ COMMITTED (MySQL only; SQLite has one writer anyway) for short locking transactions such
    // as job claims: no gap locks, so a claim does not hold up inserts into the queue.
    const isolation = opts.readCommitted && this.dialect === 'mysql' ? 'READ COMMITTED' : undefined;
    for (let attempt = 1; ; attempt++) {
      const hooks: Array<() => void> = [];
      const body = (em: EntityManager) => this.als.run({ em, hooks }, () => fn(em));
      const run = () =>
        isolation ? this.dataSource.transaction(isolation, body) : this.dataSource.transaction(body);
      try {
        // Inside a SQLite read we already hold the turn; taking it again would wait for ourselves.
        const result = await (this.dialect === 'sqlite' && !current ? this.mutex.run(run) : run());
        for (const hook of hooks) hook();
        return result;
      } catch (err) {
        if (attempt >= 3 || !isDeadlock(err)) throw err;
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
      }
    }
  }

  /** Runs `fn` once the ambient transaction commits (at once when there is none); never on rollback. */
  afterCommit(fn: () => void): void {
    const hooks = this.als.getStore()?.hooks;
    if (hooks) hooks.push(fn);
    else fn();
  }

  /** Runs reads outside a transaction; on SQLite waits for any transaction in flight. */
  async read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.als.getStore();
    if (current) return fn(current.em);
    const em = this.dataSource.manager;
    if (this.dialect === 'sqlite') return this.mutex.run(() => this.als.run({ em }, () => fn(em)));
    return fn(em);
  }

  /** A raw query through the ambient manager (or a turn of its own on SQLite). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw rows: the caller names their shape
  query<T = any>(sql: string, params: unknown[] = []): Promise<T> {
    return this.read((em) => em.query(sql, params));
  }

  /**
   * Rows as arrays, datetimes as the engine's text, straight from the driver: for hot read paths
   * that go through millions of rows (chain verification), where TypeORM's result handling, a
   * Date and an object per row cost more than the reading itself. Runs outside any transaction
   * (on SQLite in a turn of its own). Datetime text is 'YYYY-MM-DD HH:MM:SS.mmm', UTC, on both.
   */
  rows(sql: string, params: unknown[] = []): Promise<unknown[][]> {
    if (this.dialect === 'sqlite') {
      const conn = (
        this.dataSource.driver as unknown as {
          databaseConnection: {
            prepare(sql: string): { raw(on: boolean): { all(...p: unknown[]): unknown[][] } };
          };
        }
      ).databaseConnection;
      return this.read(async () =>
        conn
          .prepare(sql)
          .raw(true)
          .all(...params),
      );
    }
    const pool = (
      this.dataSource.driver as unknown as {
        pool: { query(o: object, cb: (err: Error | null, rows: unknown[][]) => void): void };
      }
    ).pool;
    return new Promise((resolve, reject) =>
      pool.query({ sql, values: params, rowsAsArray: true, dateStrings: true }, (err, rows) =>
        err ? reject(err) : resolve(rows),
      ),
    );
  }

  /**
   * Multi-row INSERT of plain values, in statements of at most `perStatement` rows. For bulk work
   * (imports): TypeORM's insert builder handles parameters in a way that grows faster than the row
   * count. Dates and booleans are converted for the engine.
   */
  async bulkInsert(
    em: EntityManager,
    table: string,
    columns: string[],
    rows: unknown[][],
    perStatement = 500,
  ): Promise<void> {
    const value = (v: unknown) =>
      v instanceof Date ? this.param(v) : typeof v === 'boolean' ? (v ? 1 : 0) : v;
    const row = `(${columns.map(() => '?').join(', ')})`;
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement);
      await em.query(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => row).join(', ')}`,
        chunk.flat().map(value),
      );
    }
  }

  /** A Date as a bind parameter for raw SQL: the same text TypeORM stores on SQLite, a Date on MySQL. */
  param(date: Date): string | Date {
    return this.dialect === 'sqlite' ? DateUtils.mixedDateToUtcDatetimeString(date) : date;
  }

  /** Reads a datetime value returned by raw SQL. */
  date(value: unknown): Date | null {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value;
    const s = String(value);
    return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : s.replace(' ', 'T') + 'Z');
  }

  /** `FOR UPDATE SKIP LOCKED` where the engine has row locks; SQLite serialises writers anyway. */
  get skipLocked(): string {
    return this.dialect === 'mysql' ? ' FOR UPDATE SKIP LOCKED' : '';
  }

  get forUpdate(): string {
    return this.dialect === 'mysql' ? ' FOR UPDATE' : '';
  }

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
