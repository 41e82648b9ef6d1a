import { appendFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Where a statement runs: inside `db.forTenant(ctx)` (one tenant's scope) or inside
 * `db.crossTenant(reason)` (a named reason to read or write across tenants).
 */
export type Door = { readonly tenantId: string; readonly reason?: undefined } | { readonly reason: string };

export type GuardMode = 'off' | 'record' | 'throw';

/** A statement touched a tenant-owned table outside the two doors (development and test check). */
export class TenantBoundaryError extends Error {
  override readonly name = 'TenantBoundaryError';
}

/**
 * The boundary check behind `db.forTenant` / `db.crossTenant`. It sees every SQL statement
 * TypeORM sends (as its logger) and every raw read of `Database.rows`. A statement that names a
 * tenant-owned table (one whose `tenant_id` column is NOT NULL) in FROM, JOIN, INTO or UPDATE must
 * run inside a door; inside a tenant's door it must also carry a `tenant_id` condition bound to
 * that tenant's id. Anything else is a violation, named with the line of code that issued it.
 *
 * It runs in tests (`NODE_ENV=test`, throwing) and when `STEWARD_TENANT_GUARD` says so
 * (`off`, `record` with `STEWARD_TENANT_GUARD_LOG=<file>`, `throw`); production leaves it off, since
 * the doors themselves are the mechanism and this check only proves that nothing walks around them.
 * Test code itself (fixtures that insert or inspect rows) may use the tables directly.
 */
export class TenantGuard implements TypeOrmLogger {
  private pattern: RegExp | null = null;
  private door: () => Door | undefined = () => undefined;
  private caller: () => Error | undefined = () => undefined;

  /**
   * @param only check only statements issued from code whose path matches (STEWARD_TENANT_GUARD_ONLY)
   * @param exempt code allowed to use the tables directly: tests and benchmarks
   */
  constructor(
    readonly mode: GuardMode = guardModeFromEnv(),
    private readonly only: RegExp | null = onlyFromEnv(),
    private readonly exempt: RegExp | null = /^(test|bench)\/|\.(e2e-)?spec\.[jt]s:/,
  ) {}

  /** The tenant-owned tables to watch, and where to read the current door (set once connected). */
  watch(
    tables: string[],
    door: () => Door | undefined,
    caller: () => Error | undefined = () => undefined,
  ): void {
    const names = tables.map((t) => t.replace(/[^a-z0-9_]/gi, '')).join('|');
    this.pattern = names
      ? new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE)\\s+[\`"]?(${names})[\`"]?(?![\\w])`, 'gi')
      : null;
    this.door = door;
    this.caller = caller;
  }

  /** Checks one statement; throws or records a violation. */
  check(sql: string, params: readonly unknown[] | undefined): void {
    if (this.mode === 'off' || !this.pattern) return;
    this.pattern.lastIndex = 0;
    const tables = new Set<string>();
    for (let m = this.pattern.exec(sql); m; m = this.pattern.exec(sql)) tables.add(m[1].toLowerCase());
    if (tables.size === 0) return;
    const door = this.door();
    if (door?.reason !== undefined) return;
    let problem: string;
    if (door === undefined) {
      problem = `${[...tables].join(', ')} touched outside db.forTenant(ctx) and db.crossTenant(reason)`;
    } else {
      if (/tenant_id/i.test(sql) && (params ?? []).some((p) => p === door.tenantId)) return;
      problem = `${[...tables].join(', ')} queried in tenant ${door.tenantId}'s scope without a tenant_id condition bound to it`;
    }
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 40;
    let origin = originOf(new Error().stack ?? '');
    Error.stackTraceLimit = limit;
    // After an await inside the driver the live stack may end in library code; the transaction or
    // read that issued the statement recorded where it began.
    if (origin === '(unknown)') origin = originOf(this.caller()?.stack ?? '');
    if (this.exempt?.test(origin)) return;
    if (this.only && !this.only.test(origin)) return;
    const message = `${problem}, at ${origin}: ${sql.slice(0, 200)}`;
    if (this.mode === 'throw') throw new TenantBoundaryError(message);
    const file = process.env.STEWARD_TENANT_GUARD_LOG;
    if (file) appendFileSync(file, JSON.stringify({ origin, problem, sql: sql.slice(0, 300) }) + '\n');
  }

  logQuery(query: string, parameters?: unknown[]): void {
    this.check(query, parameters);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

function guardModeFromEnv(): GuardMode {
  const v = process.env.STEWARD_TENANT_GUARD;
  if (v === 'off' || v === 'record' || v === 'throw') return v;
  return process.env.NODE_ENV === 'test' ? 'throw' : 'off';
}

function onlyFromEnv(): RegExp | null {
  const v = process.env.STEWARD_TENANT_GUARD_ONLY;
  return v ? new RegExp(v) : null;
}

/** The project's root (or dist/ when compiled), with a trailing slash. */
const ROOT = dirname(__dirname).replace(/\\/g, '/') + '/';

/** The first stack frame in the project's own code above the database layer and the doors. */
export function originOf(stack: string): string {
  for (const line of stack.split('\n').slice(1)) {
    const m = /\(?((?:[A-Za-z]:)?[^\s()]+):(\d+):\d+\)?\s*$/.exec(line.trim());
    if (!m) continue;
    const file = m[1].replace(/\\/g, '/');
    // Only the project's own folders (source-mapped library frames can resolve inside ROOT too).
    if (
      !file.startsWith(ROOT) ||
      !/^(schema|server|tenants|workers|test|bench)\//.test(file.slice(ROOT.length))
    )
      continue;
    if (
      /\/(schema\/common\/database|server\/database|tenants\/(tenant-guard|tenant-scope|cross-tenant|tenant-repository))\.[jt]s$/.test(
        file,
      )
    )
      continue;
    return `${file.slice(ROOT.length)}:${m[2]}`;
  }
  return '(unknown)';
}
