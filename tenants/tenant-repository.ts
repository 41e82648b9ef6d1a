import type {
  DeepPartial,
  EntityTarget,
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import type { Database } from '../server/database';
import { NotFoundError } from '../server/errors';
import type { RequestContext } from './request-context';

export interface TenantOwned extends ObjectLiteral {
  tenantId: string;
}

/**
 * A repository bound to one tenant. Every read, count, update and delete it issues carries
 * `tenant_id = <ctx tenant>`, and every insert is stamped with it, whatever the caller passes:
 * services cannot forget the condition, and another tenant's row answers as absent.
 * Runs in the ambient transaction when there is one (see Database).
 */
export class TenantRepository<T extends TenantOwned> {
  constructor(
    private readonly db: Database,
    private readonly entity: EntityTarget<T>,
    readonly tenantId: string,
    private readonly label: string,
  ) {}

  private scope(where: FindOptionsWhere<T> = {}): FindOptionsWhere<T> {
    return { ...where, tenantId: this.tenantId } as FindOptionsWhere<T>;
  }

  find(where: FindOptionsWhere<T> = {}, options: Omit<FindManyOptions<T>, 'where'> = {}): Promise<T[]> {
    return this.db.read((em) => em.find(this.entity, { ...options, where: this.scope(where) }));
  }

  findOne(where: FindOptionsWhere<T>): Promise<T | null> {
    return this.db.read((em) => em.findOne(this.entity, { where: this.scope(where) }));
  }

  /** The row, or NOT_FOUND: the same answer for a missing row and another tenant's. */
  async get(id: string): Promise<T> {
    const row = await this.findOne({ id } as unknown as FindOptionsWhere<T>);
    if (!row) throw new NotFoundError(this.label);
    return row;
  }

  count(where: FindOptionsWhere<T> = {}): Promise<number> {
    return this.db.read((em) => em.count(this.entity, { where: this.scope(where) }));
  }

  async insert(row: DeepPartial<T>): Promise<T> {
    const stamped = { ...row, tenantId: this.tenantId } as DeepPartial<T>;
    return this.db.transaction(async (em) => {
      const entity = em.create(this.entity, stamped);
      await em.insert(this.entity, entity as any);
      return entity;
    });
  }

  async update(where: FindOptionsWhere<T>, patch: DeepPartial<T>): Promise<number> {
    const { tenantId: _ignored, ...safe } = patch as DeepPartial<T> & { tenantId?: unknown };
    return this.db.transaction(
      async (em) => (await em.update(this.entity, this.scope(where), safe as any)).affected ?? 0,
    );
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    return this.db.transaction(async (em) => (await em.delete(this.entity, this.scope(where))).affected ?? 0);
  }

  /** Runs `build` on a query builder already restricted to this tenant; add conditions with `andWhere`. */
  query<R>(alias: string, build: (qb: SelectQueryBuilder<T>) => Promise<R>): Promise<R> {
    return this.db.read((em) =>
      build(
        em
          .createQueryBuilder(this.entity, alias)
          .where(`${alias}.tenantId = :__tenantId`, { __tenantId: this.tenantId }),
      ),
    );
  }
}

/** The tenant-scoped repository of `entity` for the context's tenant (FORBIDDEN without one). */
export function tenantRepository<T extends TenantOwned>(
  db: Database,
  ctx: RequestContext,
  entity: EntityTarget<T>,
  label: string,
): TenantRepository<T> {
  return new TenantRepository(db, entity, ctx.requireTenantId(), label);
}
