import type {
  DeepPartial,
  EntityTarget,
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  QueryRunner,
} from 'typeorm';
import { SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { WhereClause } from 'typeorm/query-builder/WhereClause';
import type { Database } from '../schema/common/database';
import { NotFoundError } from '../schema/common/errors';
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
      await em.insert(this.entity, entity as QueryDeepPartialEntity<T>);
      return entity;
    });
  }

  /** Values may be SQL expressions (`() => 'n + 1'`), as in TypeORM's own update. */
  async update(where: FindOptionsWhere<T>, patch: QueryDeepPartialEntity<T>): Promise<number> {
    const { tenantId: _ignored, ...safe } = patch as QueryDeepPartialEntity<T> & { tenantId?: unknown };
    return this.db.transaction(
      async (em) =>
        (await em.update(this.entity, this.scope(where), safe as unknown as QueryDeepPartialEntity<T>))
          .affected ?? 0,
    );
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    return this.db.transaction(async (em) => (await em.delete(this.entity, this.scope(where))).affected ?? 0);
  }

  /**
   * Runs `build` on a query builder restricted to this tenant. The caller's conditions, however
   * written (`where`, `orWhere`, `andWhere`), are rendered in brackets after the tenant condition, so
   * none of them can replace or widen it; counts and clones keep the restriction.
   */
  query<R>(alias: string, build: (qb: SelectQueryBuilder<T>) => Promise<R>): Promise<R> {
    return this.db.read((em) => {
      const qb = new TenantScopedQueryBuilder<T>(em.createQueryBuilder(this.entity, alias));
      qb.setParameter(TENANT_PARAM, this.tenantId);
      return build(qb);
    });
  }
}

const TENANT_PARAM = '__scopeTenantId';

/**
 * A select builder whose WHERE is always `<alias>.tenantId = :tenant AND (<the caller's conditions>)`.
 * TypeORM clones a builder with `new this.constructor(this)` (for counts, sub-selects), so the
 * restriction survives; turning it into an UPDATE/DELETE/INSERT builder would drop it, so those
 * are refused.
 */
class TenantScopedQueryBuilder<T extends ObjectLiteral> extends SelectQueryBuilder<T> {
  protected override createWhereExpression(): string {
    const callers = this.expressionMap.wheres;
    const alias = this.expressionMap.mainAlias!.name;
    const scoped: WhereClause[] = [{ type: 'simple', condition: `${alias}.tenantId = :${TENANT_PARAM}` }];
    if (callers.length > 0)
      scoped.push({ type: 'and', condition: { operator: 'brackets', condition: callers } });
    this.expressionMap.wheres = scoped;
    try {
      return super.createWhereExpression();
    } finally {
      this.expressionMap.wheres = callers;
    }
  }

  /** Inner builders (brackets, sub-queries) are plain: the restriction belongs to the outer query. */
  override createQueryBuilder(queryRunner?: QueryRunner): this {
    return new SelectQueryBuilder(this.dataSource, queryRunner ?? this.queryRunner) as unknown as this;
  }

  override update(): never {
    throw new Error('a tenant-scoped query builder only reads');
  }

  override delete(): never {
    throw new Error('a tenant-scoped query builder only reads');
  }

  override softDelete(): never {
    throw new Error('a tenant-scoped query builder only reads');
  }

  override restore(): never {
    throw new Error('a tenant-scoped query builder only reads');
  }

  override insert(): never {
    throw new Error('a tenant-scoped query builder only reads');
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
