import type { EntityManager, EntityTarget } from 'typeorm';
import type { Database } from '../schema/common/database';
import type { Door } from './tenant-guard';
import { TenantRepository, type TenantOwned } from './tenant-repository';

/**
 * One tenant's door (`db.forTenant(ctx)`): its scoped repositories, and transactions and raw reads
 * in which every statement on a tenant-owned table must carry `tenant_id = <this tenant>` (checked
 * by the tenant guard in tests). A tenant user's scope comes only from the verified token.
 */
export class TenantScope {
  private readonly door: Door;

  constructor(
    private readonly db: Database,
    readonly tenantId: string,
  ) {
    this.door = { tenantId };
  }

  /** The scoped repository of a tenant-owned entity; `label` names it in NOT_FOUND errors. */
  repo<T extends TenantOwned>(entity: EntityTarget<T>, label?: string): TenantRepository<T> {
    return new TenantRepository(this.db, entity, this.tenantId, label ?? this.labelOf(entity));
  }

  /** A transaction (or the ambient one) inside this tenant's door. */
  transaction<T>(fn: (em: EntityManager) => Promise<T>, opts?: { readCommitted?: boolean }): Promise<T> {
    return this.db.inDoor(this.door, () => this.db.transaction(fn, opts));
  }

  /** Reads inside this tenant's door. */
  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.inDoor(this.door, () => this.db.read(fn));
  }

  /** A raw statement inside this tenant's door: it must bind this tenant's id to `tenant_id`. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw rows: the caller names their shape
  query<T = any>(sql: string, params: unknown[] = []): Promise<T> {
    return this.db.inDoor(this.door, () => this.db.query<T>(sql, params));
  }

  /** Runs `fn` (which may call other services) inside this tenant's door. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.inDoor(this.door, fn);
  }

  private labelOf(entity: EntityTarget<unknown>): string {
    const name = this.db.dataSource.getMetadata(entity).name;
    return name
      .replace(/Row$/, '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase();
  }
}
