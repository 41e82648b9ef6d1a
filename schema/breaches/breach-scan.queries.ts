import type { EntityManager } from 'typeorm';
import { EU_EEA } from '../common/country';
import type { Database } from '../common/database';
import type { CrossTenant } from '../../tenants/cross-tenant';
import type { BreachIncidentRow, BreachScopeSpec } from './breach-incident.entity';
import type { AddressesSpec, TenantsSpec } from './breach-plan';
import {
  type MatchRow,
  type PartialTally,
  type SubjectRow,
  type Tally,
  TallyBuilder,
  tallyRows,
} from './breach-tally';

/** a tenant group with more subjects than this hands on no keys, and the platform-wide count takes one more pass in SQL */
export const MAX_CHUNK_SUBJECTS = 200_000;
/** subjects read per page of a tenant group */
export const PAGE_ROWS = 50_000;
/** the most subject keys the last chunk unions in memory (16 bytes each) */
export const MAX_UNION_SUBJECTS = 5_000_000;

/** The analysis' memory bounds (tests lower them to take the paths past them). */
export interface BreachScanLimits {
  chunkSubjects: number;
  unionSubjects: number;
  pageRows: number;
}

export const DEFAULT_SCAN_LIMITS: BreachScanLimits = {
  chunkSubjects: MAX_CHUNK_SUBJECTS,
  unionSubjects: MAX_UNION_SUBJECTS,
  pageRows: PAGE_ROWS,
};

interface LeakedSet {
  hashes: string[];
  index: Map<string, number>;
}

const EU_LIST = [...EU_EEA].map((c) => `'${c}'`).join(', ');

/**
 * The analysis' reads of subscriptions across tenants: tenant groups over the covering index
 * `ix_subscribers_tenant_subject` (counted, or matched against the leaked hashes of a large email
 * scope held in memory), leaked-address batches through `ix_subscribers_address_hash`, the daily
 * counters behind the deletion estimate, and the platform-wide distinct count. It keeps the
 * incident's leaked hashes per worker process for the run.
 */
export class BreachScanQueries {
  private readonly leakedCache = new Map<string, LeakedSet>();
  private readonly door: CrossTenant;

  constructor(
    private readonly db: Database,
    private readonly limits: BreachScanLimits = DEFAULT_SCAN_LIMITS,
  ) {
    this.door = db.crossTenant(
      "breach analysis: count the affected subscriptions of every tenant in the incident's scope",
    );
  }

  private get bin(): string {
    // Binary comparison of hex hashes and ids: the same result, without the unicode collation's cost.
    return this.db.dialect === 'mysql' ? ' COLLATE utf8mb4_bin' : '';
  }

  /** The SQL condition of a tenant group (or of the whole where-scope) on alias `a`. */
  private groupCondition(a: string, spec: TenantsSpec | BreachScopeSpec): { sql: string; params: unknown[] } {
    if ('everywhere' in spec) {
      if (spec.everywhere) return { sql: '1 = 1', params: [] };
      return this.groupCondition(a, {
        tenants: Object.entries(spec.tenants).map(([id, lists]) => ({ id, lists })),
      });
    }
    if ('tenants' in spec) {
      const whole = spec.tenants.filter((t) => !t.lists).map((t) => t.id);
      const parts: string[] = [];
      const params: unknown[] = [];
      if (whole.length) {
        parts.push(`${a}.tenant_id IN (${whole.map(() => '?').join(', ')})`);
        params.push(...whole);
      }
      for (const t of spec.tenants.filter((x) => x.lists)) {
        parts.push(`(${a}.tenant_id = ? AND ${a}.list_id IN (${t.lists!.map(() => '?').join(', ')}))`);
        params.push(t.id, ...t.lists!);
      }
      return { sql: parts.length ? `(${parts.join(' OR ')})` : '1 = 0', params };
    }
    const parts: string[] = [];
    const params: unknown[] = [];
    if (spec.from !== null) {
      parts.push(`${a}.tenant_id >= ?`);
      params.push(spec.from);
    }
    if (spec.to !== null) {
      parts.push(`${a}.tenant_id < ?`);
      params.push(spec.to);
    }
    return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
  }

  /**
   * A tenant group's subjects, from one pass over its range of the covering index grouped per
   * (tenant, address) in index order: streamed, no temporary table. Each row is one subject with its
   * subscriptions, whether one is in the EU/EEA, whether any has a country, and its lists. Read in
   * pages on the group key, so a tenant of any size passes through in bounded memory.
   */
  private async forEachSubject(
    incident: BreachIncidentRow,
    spec: TenantsSpec,
    each: (r: SubjectRow) => void,
  ): Promise<void> {
    const where = this.groupCondition('s', spec);
    const page = this.limits.pageRows;
    let after: SubjectRow | null = null;
    for (;;) {
      const from: { sql: string; params: unknown[] } = after
        ? {
            sql: ' AND (s.tenant_id > ? OR (s.tenant_id = ? AND s.address_hash > ?))',
            params: [after.t, after.t, after.h],
          }
        : { sql: '', params: [] };
      const rows: SubjectRow[] = await this.longConcat(
        `SELECT s.tenant_id AS t, s.address_hash AS h, COUNT(*) AS n,
                MAX(CASE WHEN s.country IN (${EU_LIST}) THEN 1 ELSE 0 END) AS e, MAX(CASE WHEN s.country IS NULL THEN 0 ELSE 1 END) AS k,
                GROUP_CONCAT(s.list_id) AS l
           FROM subscribers s
          WHERE ${where.sql} AND s.requested_at <= ?${from.sql}
          GROUP BY s.tenant_id, s.address_hash
          ORDER BY s.tenant_id, s.address_hash
          LIMIT ${page}`,
        [...where.params, this.db.param(incident.windowTo), ...from.params],
      );
      for (const r of rows) each(r);
      if (rows.length < page) return;
      after = rows[rows.length - 1];
    }
  }

  /**
   * A tenant group's counts, and the keys of its subjects for the platform-wide count (the first
   * 16 bytes of each keyed hash: a collision between two addresses is as unlikely as one between
   * UUIDs); no keys past `limits.chunkSubjects`, and the last chunk then counts in SQL.
   */
  async countTenants(
    incident: BreachIncidentRow,
    spec: TenantsSpec,
  ): Promise<{ tallies: Map<string, Tally>; keys: Buffer | null }> {
    const tallies = new TallyBuilder();
    let keys: Set<string> | null = new Set<string>();
    await this.forEachSubject(incident, spec, (r) => {
      tallies.add(r);
      if (keys) {
        keys.add(r.h.slice(0, 32));
        if (keys.size > this.limits.chunkSubjects) keys = null;
      }
    });
    const result = tallies.build();
    if (result.size) await this.addDeletions(incident, spec, result);
    return { tallies: result, keys: keys ? Buffer.from([...keys].join(''), 'hex') : null };
  }

  /** People deleted since the window began left only anonymous daily counters: an upper bound per tenant. */
  private async addDeletions(
    incident: BreachIncidentRow,
    spec: TenantsSpec,
    tallies: Map<string, Tally>,
  ): Promise<void> {
    const counts = this.groupCondition('c', spec);
    const from = incident.occurredFrom ? incident.occurredFrom.toISOString().slice(0, 10) : null;
    const deleted: Array<{ t: string; n: string | number | null }> = await this.door.query(
      `SELECT c.tenant_id AS t, SUM(c.unsubscribed + c.removed + c.purged) AS n FROM list_daily_counts c
        WHERE ${counts.sql}${from ? ' AND c.day >= ?' : ''} GROUP BY c.tenant_id`,
      [...counts.params, ...(from ? [from] : [])],
    );
    for (const t of tallies.values()) t.deleted = 0;
    for (const d of deleted) {
      const t = tallies.get(String(d.t));
      if (t) t.deleted = Number(d.n ?? 0);
    }
  }

  /** A query whose GROUP_CONCAT may exceed MySQL's default 1 KiB: on one connection with the limit raised for it. */
  private async longConcat<T>(sql: string, params: unknown[]): Promise<T> {
    if (this.db.dialect !== 'mysql') return this.door.query<T>(sql, params);
    const runner = this.db.dataSource.createQueryRunner();
    try {
      await runner.query('SET SESSION group_concat_max_len = 16777216');
      return await this.door.run(() => runner.query(sql, params));
    } finally {
      await runner.query('SET SESSION group_concat_max_len = DEFAULT').catch(() => undefined);
      await runner.release();
    }
  }

  /** The distinct addresses of the whole where-scope, across tenants, in SQL (when the groups gave no keys). */
  async platformCount(
    em: EntityManager,
    incident: BreachIncidentRow,
    scope: BreachScopeSpec,
  ): Promise<number> {
    const where = this.groupCondition('s', scope);
    const [row] = await this.door.run(() =>
      em.query(
        `SELECT COUNT(DISTINCT s.address_hash${this.bin}) AS n FROM subscribers s WHERE ${where.sql} AND s.requested_at <= ?`,
        [...where.params, this.db.param(incident.windowTo)],
      ),
    );
    return Number(row.n);
  }

  /**
   * The incident's leaked hashes, sorted, with each one's number, kept per worker process for the
   * run (every chunk of a large email scope needs all of them).
   */
  private async leaked(incident: BreachIncidentRow): Promise<LeakedSet> {
    const key = `${incident.id}:${incident.analysisRun}`;
    const cached = this.leakedCache.get(key);
    if (cached) return cached;
    const [row] = await this.db.query('SELECT hashes FROM breach_leaked_addresses WHERE incident_id = ?', [
      incident.id,
    ]);
    if (!row) throw new Error(`the leaked addresses of incident ${incident.id} are gone`);
    const hex = Buffer.from(row.hashes, 'base64').toString('hex');
    const hashes = Array.from({ length: hex.length / 64 }, (_, i) => hex.slice(i * 64, i * 64 + 64));
    const set: LeakedSet = { hashes, index: new Map(hashes.map((h, i) => [h, i])) };
    // Two incidents at a time is plenty; the oldest goes.
    if (this.leakedCache.size >= 2) this.leakedCache.delete(this.leakedCache.keys().next().value!);
    this.leakedCache.set(key, set);
    return set;
  }

  /** A large email scope: a tenant group's subjects matched against the leaked hashes in memory; a bitset of what matched. */
  async scanAddresses(
    incident: BreachIncidentRow,
    spec: TenantsSpec,
  ): Promise<{ tallies: Map<string, Tally>; bits: Buffer }> {
    const { index } = await this.leaked(incident);
    const bits = Buffer.alloc(Math.ceil((incident.leakedAddresses ?? 0) / 8));
    const tallies = new TallyBuilder();
    await this.forEachSubject(incident, spec, (r) => {
      const i = index.get(r.h);
      if (i === undefined) return;
      bits[i >> 3] |= 1 << (i & 7);
      tallies.add(r);
    });
    const result = tallies.build();
    for (const t of result.values()) t.deleted = null;
    return { tallies: result, bits };
  }

  /** A small email scope: one batch of leaked hashes looked up through the address index. */
  async lookupAddresses(
    incident: BreachIncidentRow,
    scope: BreachScopeSpec,
    spec: AddressesSpec,
  ): Promise<{ partials: Map<string, PartialTally>; matched: number }> {
    const { hashes } = await this.leaked(incident);
    const batch = hashes.slice(spec.fromIdx, spec.toIdx);
    const rows: MatchRow[] = batch.length
      ? await this.door.query(
          `SELECT s.tenant_id AS t, s.list_id AS l, s.country AS c, s.address_hash AS h FROM subscribers s
            WHERE s.address_hash IN (${batch.map(() => '?').join(', ')}) AND s.requested_at <= ?`,
          [...batch, this.db.param(incident.windowTo)],
        )
      : [];
    const inScope = scope.everywhere
      ? () => true
      : (r: { t: string; l: string }) =>
          r.t in scope.tenants && (scope.tenants[r.t] === null || scope.tenants[r.t]!.includes(r.l));
    const kept = rows.filter(inScope);
    return { partials: tallyRows(kept), matched: new Set(kept.map((r) => r.h)).size };
  }
}
