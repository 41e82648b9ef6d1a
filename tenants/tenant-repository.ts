import type {
  DeepPartial,
  EntityManager,
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
import type { Door } from './tenant-guard';

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
  private readonly door: Door;

  constructor(
    private readonly db: Database,
    private readonly entity: EntityTarget<T>,
    readonly tenantId: string,
    private readonly label: string,
  ) {
    this.door = { tenantId };
  }

  private read<R>(fn: (em: EntityManager) => Promise<R>): Promise<R> {
    return this.db.inDoor(this.door, () => this.db.read(fn));
  }

  private write<R>(fn: (em: EntityManager) => Promise<R>): Promise<R> {
    return this.db.inDoor(this.door, () => this.db.transaction(fn));
  }

  private get meta() {
    return this.db.dataSource.getMetadata(this.entity);
  }

  /** The database column of a property. */
  private column(property: string): string {
    const col = this.meta.findColumnWithPropertyName(property);
    if (!col) throw new Error(`${this.meta.name} has no property ${property}`);
    return col.databaseName;
  }

  private scope(where: FindOptionsWhere<T> = {}): FindOptionsWhere<T> {
    return { ...where, tenantId: this.tenantId } as FindOptionsWhere<T>;
  }

  find(where: FindOptionsWhere<T> = {}, options: Omit<FindManyOptions<T>, 'where'> = {}): Promise<T[]> {
    return this.read((em) => em.find(this.entity, { ...options, where: this.scope(where) }));
  }

  findOne(where: FindOptionsWhere<T>): Promise<T | null> {
    return this.read((em) => em.findOne(this.entity, { where: this.scope(where) }));
  }

  /** The row, or NOT_FOUND: the same answer for a missing row and another tenant's. */
  async get(id: string): Promise<T> {
    const row = await this.findOne({ id } as unknown as FindOptionsWhere<T>);
    if (!row) throw new NotFoundError(this.label);
    return row;
  }

  count(where: FindOptionsWhere<T> = {}): Promise<number> {
    return this.read((em) => em.count(this.entity, { where: this.scope(where) }));
  }

  async insert(row: DeepPartial<T>): Promise<T> {
    const stamped = { ...row, tenantId: this.tenantId } as DeepPartial<T>;
    return this.write(async (em) => {
      const entity = em.create(this.entity, stamped);
      // TypeORM would re-read defaulted columns by primary key alone (on SQLite), outside the
      // tenant's condition; read them back here through the scoped look-up instead.
      await em
        .createQueryBuilder()
        .insert()
        .into(this.entity)
        .values(entity as QueryDeepPartialEntity<T>)
        .updateEntity(false)
        .execute();
      const generated = this.meta.getInsertionReturningColumns();
      if (generated.length > 0) {
        const key = this.meta.getEntityIdMap(entity) as FindOptionsWhere<T> | undefined;
        const saved = key ? await em.findOne(this.entity, { where: this.scope(key) }) : null;
        if (saved) for (const col of generated) col.setEntityValue(entity, col.getEntityValue(saved));
      }
      return entity;
    });
  }

  /** Values may be SQL expressions (`() => 'n + 1'`), as in TypeORM's own update. */
  async update(where: FindOptionsWhere<T>, patch: QueryDeepPartialEntity<T>): Promise<number> {
    const { tenantId: _ignored, ...safe } = patch as QueryDeepPartialEntity<T> & { tenantId?: unknown };
    return this.write(
      async (em) =>
        (await em.update(this.entity, this.scope(where), safe as unknown as QueryDeepPartialEntity<T>))
          .affected ?? 0,
    );
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    return this.write(async (em) => (await em.delete(this.entity, this.scope(where))).affected ?? 0);
  }

  /**
   * Multi-row INSERT of plain values (bulk work such as imports), stamped with this tenant:
   * `properties` name the entity's properties (never `tenantId`), each row gives their values.
   */
  async bulkInsert(properties: (keyof T & string)[], rows: unknown[][], perStatement = 500): Promise<void> {
    if (properties.includes('tenantId')) throw new Error('bulkInsert stamps tenantId itself');
    if (rows.length === 0) return;
    const columns = ['tenant_id', ...properties.map((p) => this.column(p))];
    await this.write((em) =>
      this.db.bulkInsert(
        em,
        this.meta.tableName,
        columns,
        rows.map((r) => [this.tenantId, ...r]),
        perStatement,
      ),
    );
  }

  /**
   * Adds to counters on the row with this key, creating it with those values when it is absent
   * (an upsert on the unique key `tenant_id` + `key`'s columns). Counts that are 0 are left alone.
   */
  async increment(
    key: Partial<Record<keyof T & string, unknown>>,
    by: Partial<Record<keyof T & string, number>>,
  ) {
    const keys = Object.keys(key).filter((k) => k !== 'tenantId');
    const counts = Object.entries(by).filter(([, n]) => n) as [string, number][];
    if (counts.length === 0) return;
    const keyCols = ['tenant_id', ...keys.map((k) => this.column(k))];
    const countCols = counts.map(([p]) => this.column(p));
    const cols = [...keyCols, ...countCols].join(', ');
    const marks = [...keyCols, ...countCols].map(() => '?').join(', ');
    const table = this.meta.tableName;
    const values = [
      this.tenantId,
      ...keys.map((k) => this.param(key[k as keyof T & string])),
      ...counts.map(([, n]) => n),
    ];
    const sql =
      this.db.dialect === 'mysql'
        ? `INSERT INTO ${table} (${cols}) VALUES (${marks}) ON DUPLICATE KEY UPDATE ${countCols.map((c) => `${c} = ${c} + VALUES(${c})`).join(', ')}`
        : `INSERT INTO ${table} (${cols}) VALUES (${marks}) ON CONFLICT (${keyCols.join(', ')}) DO UPDATE SET ${countCols.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
    await this.write((em) => em.query(sql, values));
  }

  /**
   * Deletes this tenant's rows (those matching `where`, a column-to-value map, when given) in
   * transactions of at most `batch` rows, so a large tenant never holds one huge lock; returns how many.
   */
  async deleteInBatches(
    where: Partial<Record<keyof T & string, unknown>> = {},
    batch = 5000,
  ): Promise<number> {
    const table = this.meta.tableName;
    const conds = ['tenant_id = ?', ...Object.keys(where).map((k) => `${this.column(k)} = ?`)].join(' AND ');
    const params = [this.tenantId, ...Object.values(where).map((v) => this.param(v))];
    const sql =
      this.db.dialect === 'mysql'
        ? `DELETE FROM ${table} WHERE ${conds} LIMIT ${batch}`
        : `DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE ${conds} LIMIT ${batch})`;
    let total = 0;
    for (;;) {
      const affected = await this.write(async (em) => {
        const result = await em.queryRunner!.query(sql, params, true);
        return Number((result as { affected?: number }).affected ?? 0);
      });
      total += affected;
      if (affected < batch) return total;
    }
  }

  private param(v: unknown): unknown {
    return v instanceof Date ? this.db.param(v) : typeof v === 'boolean' ? (v ? 1 : 0) : v;
  }

  /**
   * Runs `build` on a query builder restricted to this tenant. The caller's conditions, however
   * written (`where`, `orWhere`, `andWhere`), are rendered in brackets after the tenant condition, so
   * none of them can replace or widen it; counts and clones keep the restriction.
   */
  query<R>(alias: string, build: (qb: ScopedSelect<T>) => Promise<R>): Promise<R> {
    return this.read((em) => {
      const qb = new TenantScopedQueryBuilder<T>(em.createQueryBuilder(this.entity, alias));
      qb.setParameter(TENANT_PARAM, this.tenantId);
      return build(qb);
    });
  }
}

const TENANT_PARAM = '__scopeTenantId';

/** The builder `TenantRepository.query` hands out: a select builder plus `forceIndex`. */
export type ScopedSelect<T extends ObjectLiteral> = SelectQueryBuilder<T> & {
  /**
   * Reads through `index` only, on MySQL and MariaDB (`FORCE INDEX`; TypeORM's `useIndex` writes
   * only the `USE INDEX` hint, which the optimizer may still trade for another access). SQLite's
   * planner needs no hint for the queries that use this, so there it changes nothing.
   */
  forceIndex(index: string): ScopedSelect<T>;
};

/**
 * A select builder whose WHERE is always `<alias>.tenantId = :tenant AND (<the caller's conditions>)`.
 * TypeORM clones a builder with `new this.constructor(this)` (for counts, sub-selects), so the
 * restriction survives; turning it into an UPDATE/DELETE/INSERT builder would drop it, so those
 * are refused.
 */
class TenantScopedQueryBuilder<T extends ObjectLiteral> extends SelectQueryBuilder<T> {
  private forcedIndex = false;

  forceIndex(index: string): this {
    this.useIndex(index);
    this.forcedIndex = true;
    return this;
  }

  /**
   * MariaDB, given `ORDER BY <column>, id LIMIT n` and a prefix condition on that column, may read
   * the (tenant_id, list_id) part of the index in order (`ref`) instead of the column's range,
   * walking the list from its start to the first match: 0.25 s at 1,000,000 rows where the range
   * takes 0.01 s (docs/benchmarks.md, issue 11). `USE INDEX` leaves that choice open; `FORCE INDEX`
   * makes a table scan look prohibitive, so the range is read.
   */
  protected override createSelectExpression(): string {
    const sql = super.createSelectExpression();
    return this.forcedIndex ? sql.replace(' USE INDEX (', ' FORCE INDEX (') : sql;
  }

  override clone(): this {
    const copy = super.clone();
    copy.forcedIndex = this.forcedIndex;
    return copy;
  }

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
