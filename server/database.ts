import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, MixedList } from 'typeorm';
import { Database } from '../schema/common/database';
import type { DatabaseConfig } from './config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { migrationContext } from './migrations/context';
import { TenantGuard } from '../tenants/tenant-guard';

export { Database, type Dialect } from '../schema/common/database';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
function dataSourceFor(db: DatabaseConfig, entities: MixedList<Function>, guard: TenantGuard): DataSource {
  const common = {
    entities,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    // The tenant guard sees every statement (it is off in production); see tenants/tenant-guard.ts.
    ...(guard.mode === 'off' ? {} : { logger: guard }),
  } as const;
  if (db.type === 'sqlite') {
    return new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      enableWAL: db.path !== ':memory:',
      timeout: 10_000,
      prepareDatabase: (conn: { pragma(s: string): unknown }) => {
        conn.pragma('foreign_keys = ON');
        // FULL: a commit that returned survives a power cut, as on the InnoDB side.
        conn.pragma('synchronous = FULL');
      },
    });
  }
  return new DataSource({
    ...common,
    type: 'mysql',
    url: db.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    supportBigNumbers: true,
    bigNumberStrings: false,
    extra: { connectionLimit: 20, enableKeepAlive: true },
  });
}

/** Creates the MySQL database named in the URL when it does not exist yet. */
export async function ensureMysqlDatabase(db: Extract<DatabaseConfig, { type: 'mysql' }>): Promise<void> {
  const admin = new URL(db.url);
  admin.pathname = '/';
  const ds = new DataSource({ type: 'mysql', url: admin.toString(), charset: 'utf8mb4_unicode_ci' });
  await ds.initialize();
  try {
    await ds.query(
      `CREATE DATABASE IF NOT EXISTS \`${db.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await ds.destroy();
  }
}

/** Connects, creates the database if needed, and runs every pending migration. */
export async function openDatabase(
  db: DatabaseConfig,
  opts: { migrate?: boolean; hashKey?: string; guard?: TenantGuard } = {},
): Promise<Database> {
  if (db.type === 'sqlite' && db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  const guard = opts.guard ?? new TenantGuard();
  let ds = dataSourceFor(db, ENTITIES, guard);
  try {
    await ds.initialize();
  } catch (err) {
    // Only a missing database is created here; an account without CREATE rights on a database
    // that exists never gets that far.
    if (db.type !== 'mysql' || (err as { code?: string }).code !== 'ER_BAD_DB_ERROR') throw err;
    await ensureMysqlDatabase(db);
    ds = dataSourceFor(db, ENTITIES, guard);
    await ds.initialize();
  }
  if (db.type === 'sqlite') beginImmediate(ds);
  const database = new Database(ds, db.type === 'sqlite' ? 'sqlite' : 'mysql');
  if (guard.mode !== 'off') {
    guard.watch(
      tenantOwnedTables(ds),
      () => database.door,
      () => database.caller,
    );
    database.guard = guard;
  }
  if (opts.migrate !== false) {
    migrationContext.hashKey = opts.hashKey;
    await database
      .crossTenant('schema migrations')
      .run(() => migrate(database, db.type === 'mysql' ? db.database : ''));
  }
  return database;
}

/** Tables whose rows each belong to one tenant (a NOT NULL tenant_id): the ones the doors guard. */
export function tenantOwnedTables(ds: DataSource): string[] {
  return ds.entityMetadatas
    .filter((m) => m.findColumnWithPropertyName('tenantId')?.isNullable === false)
    .map((m) => m.tableName)
    .sort();
}

/**
 * Makes SQLite transactions take the write lock when they begin (`BEGIN IMMEDIATE`). TypeORM
 * begins them deferred; when another process (an `npm run worker` on the same file) commits between
 * such a transaction's first read and its first write, SQLite fails the write at once with
 * SQLITE_BUSY instead of waiting. Immediate transactions wait for the lock (busy timeout) instead.
 * The better-sqlite3 driver has a single query runner, so patching it covers every transaction.
 */
function beginImmediate(ds: DataSource): void {
  const runner = ds.createQueryRunner();
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, ...rest: unknown[]) =>
    (query as (...a: unknown[]) => Promise<unknown>)(
      sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql,
      ...rest,
    )) as typeof runner.query;
}

/**
 * Runs pending migrations. On MySQL a named lock makes processes that start together (an API and
 * its workers) take turns, so each migration runs once.
 */
async function migrate(db: Database, name: string): Promise<void> {
  if (db.dialect !== 'mysql') {
    await db.dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const runner = db.dataSource.createQueryRunner();
  const lock = `steward_migrations_${name}`.slice(0, 64);
  try {
    const [{ got }] = await runner.query(`SELECT GET_LOCK(?, 120) AS got`, [lock]);
    if (Number(got) !== 1) throw new Error('could not take the migration lock within 120 s');
    try {
      await db.dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query(`SELECT RELEASE_LOCK(?)`, [lock]);
    }
  } finally {
    await runner.release();
  }
}
