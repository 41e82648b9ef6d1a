import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import { CrossTenant } from '../../tenants/cross-tenant';
import type { RequestContext } from '../../tenants/request-context';
import type { Door, TenantGuard } from '../../tenants/tenant-guard';
import { TenantScope } from '../../tenants/tenant-scope';

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
  /** set inside a transaction or a SQLite read turn */
  em?: EntityManager;
  /** set inside a transaction: callbacks to run after it commits */
  hooks?: Array<() => void>;
  /** set inside `forTenant(ctx)` / `crossTenant(reason)` */
  door?: Door;
  /** with the tenant guard on: where the transaction or read began (the driver's stack may not say) */
  caller?: Error;
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
 *
 * Tenant-owned tables are reached through two doors only: `forTenant(ctx)` (scoped repositories
 * for the context's tenant) and `crossTenant(reason)` (operator and system work across tenants,
 * token-addressed public links, sign-in). The `TenantGuard` checks, in tests, that nothing else does.
 */
export class Database {
  private readonly als = new AsyncLocalStorage<Ambient>();
  private readonly mutex = new Mutex();
  /** set by openDatabase: checks raw reads (`rows`) that bypass TypeORM's logger */
  guard: TenantGuard | null = null;

  constructor(
    readonly dataSource: DataSource,
    readonly dialect: Dialect,
  ) {}

  /** The door for one tenant's data: scoped repositories, and raw SQL checked to carry its id. */
  forTenant(ctx: RequestContext): TenantScope {
    return new TenantScope(this, ctx.requireTenantId());
  }

  /**
   * The door for work across tenants; `reason` says why (it is the greppable justification).
   * Inside it statements are not restricted to a tenant.
   */
  crossTenant(reason: string): CrossTenant {
    return new CrossTenant(this, reason);
  }

  /** Where the current transaction or read began, when the tenant guard is on. */
  get caller(): Error | undefined {
    return this.als.getStore()?.caller;
  }

  private mark(current: Ambient | undefined): Error | undefined {
    if (!this.guard) return undefined;
    if (current?.caller) return current.caller;
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 40;
    try {
      return new Error('caller');
    } finally {
      Error.stackTraceLimit = limit;
    }
  }

  /** The door the current code runs in, if any. */
  get door(): Door | undefined {
    return this.als.getStore()?.door;
  }

  /** Runs `fn` inside `door` (joining the ambient transaction, if any). For the doors' own use. */
  inDoor<T>(door: Door, fn: () => Promise<T>): Promise<T> {
    return this.als.run({ ...this.als.getStore(), door }, fn);
  }

  /** True inside a transaction or a SQLite read turn: work here joins it rather than taking a turn of its own. */
  get ambient(): boolean {
    return this.als.getStore()?.em !== undefined;
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
    if (current?.hooks && current.em) return fn(current.em);
    // READ COMMITTED (MySQL only; SQLite has one writer anyway) for short locking transactions such
    // as job claims: no gap locks, so a claim does not hold up inserts into the queue.
    const isolation = opts.readCommitted && this.dialect === 'mysql' ? 'READ COMMITTED' : undefined;
    const caller = this.mark(current);
    for (let attempt = 1; ; attempt++) {
      const hooks: Array<() => void> = [];
      const body = (em: EntityManager) =>
        this.als.run({ em, hooks, door: current?.door, caller }, () => fn(em));
      const run = () =>
        isolation ? this.dataSource.transaction(isolation, body) : this.dataSource.transaction(body);
      try {
        // Inside a SQLite read we already hold the turn; taking it again would wait for ourselves.
        const result = await (this.dialect === 'sqlite' && !current?.em ? this.mutex.run(run) : run());
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
    if (current?.em) return fn(current.em);
    const em = this.dataSource.manager;
    const caller = this.mark(current);
    if (this.dialect === 'sqlite')
      return this.mutex.run(() => this.als.run({ em, door: current?.door, caller }, () => fn(em)));
    return caller ? this.als.run({ ...current, caller }, () => fn(em)) : fn(em);
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
    try {
      this.guard?.check(sql, params);
    } catch (err) {
      return Promise.reject(err as Error);
    }
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
