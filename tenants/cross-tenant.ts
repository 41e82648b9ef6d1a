import type { EntityManager } from 'typeorm';
import type { Database } from '../schema/common/database';
import type { Door } from './tenant-guard';
import { TenantScope } from './tenant-scope';

/**
 * The door for work that is not one tenant's request (`db.crossTenant(reason)`): operator views and
 * actions, system jobs, token-addressed public links (the token is the capability), sign-in (no
 * tenant is known yet). Every use names its reason, so each one can be found and justified.
 */
export class CrossTenant {
  private readonly door: Door;

  constructor(
    private readonly db: Database,
    readonly reason: string,
  ) {
    this.door = { reason };
  }

  transaction<T>(fn: (em: EntityManager) => Promise<T>, opts?: { readCommitted?: boolean }): Promise<T> {
    return this.db.inDoor(this.door, () => this.db.transaction(fn, opts));
  }

  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.inDoor(this.door, () => this.db.read(fn));
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw rows: the caller names their shape
  query<T = any>(sql: string, params: unknown[] = []): Promise<T> {
    return this.db.inDoor(this.door, () => this.db.query<T>(sql, params));
  }

  /** Rows as arrays straight from the driver (see Database.rows). */
  rows(sql: string, params: unknown[] = []): Promise<unknown[][]> {
    return this.db.inDoor(this.door, () => this.db.rows(sql, params));
  }

  /** Multi-row INSERT of plain values (see Database.bulkInsert). */
  bulkInsert(em: EntityManager, table: string, columns: string[], rows: unknown[][], perStatement?: number) {
    return this.db.inDoor(this.door, () => this.db.bulkInsert(em, table, columns, rows, perStatement));
  }

  /** Runs `fn` (which may call other services) inside this door. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.inDoor(this.door, fn);
  }

  /**
   * One tenant's scope, for system work acting for a tenant it found (a routing job writing a
   * controller's task, offboarding one tenant). The tenant id comes from data, under this reason.
   */
  forTenant(tenantId: string): TenantScope {
    return new TenantScope(this.db, tenantId);
  }
}
