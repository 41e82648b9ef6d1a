import { EntityManager, In } from 'typeorm';
import type { Database } from '../common/database';
import { newId } from '../common/ids';
import { RequestContext } from '../../tenants/request-context';
import type { JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import { EU_EEA } from '../common/country';
import { ProcessingPurpose } from '../common/enums';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService, ProcessingRecord } from '../processing/processing-log.service';
import { Tenant } from '../tenants/tenant.entity';
import type { BreachChunkKind } from './breach-chunk.entity';
import { BreachIncidentRow, BreachScopeSpec } from './breach-incident.entity';
import { BreachNoticeRow } from './breach-notice.entity';
import type { BreachNoticeWriter } from './breach-notice-writer';
import { assessRisk } from './breach-risk';
import { BreachEventKind, BreachStatus, BreachDataCategory } from './breach.enums';

export const BREACH_CHUNK_QUEUE = 'breach.chunk';
export const BREACH_FINISH_QUEUE = 'breach.finish';
/** tenants per analysis chunk: small enough that a tenant's notice leaves soon after its counts are known */
export const TENANTS_PER_CHUNK = 25;
/** leaked addresses per lookup chunk */
export const ADDRESSES_PER_CHUNK = 1000;
/**
 * An email scope with more addresses than this share of all subscriptions is matched by scanning the
 * scope's tenants through the covering index against the leaked hashes held in memory, instead of
 * looking each address up: past it, the row look-ups behind the address index cost more than the scan.
 */
export const SCAN_SHARE = 1 / 40;
/** a tenant group with more subjects than this hands on no keys, and the platform-wide count takes one more pass in SQL */
export const MAX_CHUNK_SUBJECTS = 200_000;
/** subjects read per page of a tenant group */
export const PAGE_ROWS = 50_000;
/** the most subject keys the last chunk unions in memory (16 bytes each) */
export const MAX_UNION_SUBJECTS = 5_000_000;

export interface BreachChunkPayload {
  incidentId: string;
  run: number;
  chunk: number;
}

export interface BreachFinishPayload {
  incidentId: string;
  run: number;
}

/** a tenant group: a range of tenant ids (all tenants; open ends are null) or named tenants with their lists */
export type TenantsSpec =
  { from: string | null; to: string | null } | { tenants: Array<{ id: string; lists: string[] | null }> };
/** a batch of the incident's leaked-address hashes, by `idx` in [fromIdx, toIdx) */
export interface AddressesSpec {
  fromIdx: number;
  toIdx: number;
}

export interface PlannedChunk {
  kind: BreachChunkKind;
  spec: TenantsSpec | AddressesSpec | Record<string, never>;
}

/** One controller's counts. */
export interface Tally {
  subjects: number;
  records: number;
  lists: number;
  euEea: number;
  unknown: number;
  /** upper bound of deleted subscriptions since the window began; null for an email scope */
  deleted: number | null;
}

/** An address batch's partial counts per tenant; additive across batches except `l`, the list ids. */
interface PartialTally {
  s: number;
  r: number;
  e: number;
  u: number;
  l: string[];
}

interface IncidentLock {
  status: BreachStatus;
  analysis_run: number | string;
  hold_notifications: number | boolean;
}

/** one subject of a tenant group: its subscriptions, EU/EEA (e) and known-country (k) flags, and its lists */
interface SubjectRow {
  t: string;
  h: string;
  n: number | string;
  e: number | string;
  k: number | string;
  l: string;
}

interface LeakedSet {
  hashes: string[];
  index: Map<string, number>;
}

const EU_LIST = [...EU_EEA].map((c) => `'${c}'`).join(', ');
const HOUR = 3_600_000;

/**
 * The breach analysis as jobs: chunks that any number of workers share, and a parent that runs
 * after them. Chunks are tenant groups (the scope's tenants, counted in SQL over the covering index
 * `ix_subscribers_tenant_subject`, or joined with the leaked hashes of a large email scope) or
 * leaked-address batches (a small email scope, looked up through `ix_subscribers_address_hash`).
 * Every chunk writes its results in one transaction with its job's completion (`run.commit`): a
 * chunk whose worker died is redone from scratch, and per-tenant rows are set, never added to, so
 * nothing counts twice; a chunk of an older run changes nothing. A tenant group's notices go out in
 * that same commit, unless the operator held them. The distinct subjects across tenants cannot be
 * summed: tenant groups hand on the keys of their subjects, whose union counts them; for an email
 * scope the matched addresses are numbered, so bitsets or disjoint batches do. The last chunk of a
 * run settles the incident (platform count, status) in its own commit.
 */
export class BreachAnalysisService {
  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly mail: MailService,
    private readonly processingLog: ProcessingLogService,
    private readonly writer: BreachNoticeWriter,
    private readonly limits: { chunkSubjects: number; unionSubjects: number; pageRows: number } = {
      chunkSubjects: MAX_CHUNK_SUBJECTS,
      unionSubjects: MAX_UNION_SUBJECTS,
      pageRows: PAGE_ROWS,
    },
  ) {}

  private readonly leakedCache = new Map<string, LeakedSet>();

  private get bin(): string {
    // Binary comparison of hex hashes and ids: the same result, without the unicode collation's cost.
    return this.db.dialect === 'mysql' ? ' COLLATE utf8mb4_bin' : '';
  }

  // ---------------------------------------------------------------------------------- planning

  /** The chunks of an incident's analysis (run inside the report's transaction). */
  async plan(em: EntityManager, scope: BreachScopeSpec, leaked: number): Promise<PlannedChunk[]> {
    if (!leaked || (await this.scanForAddresses(em, leaked))) return this.tenantChunks(em, scope);
    const chunks: PlannedChunk[] = [];
    for (let i = 0; i < leaked; i += ADDRESSES_PER_CHUNK)
      chunks.push({
        kind: 'addresses',
        spec: { fromIdx: i, toIdx: Math.min(leaked, i + ADDRESSES_PER_CHUNK) },
      });
    return chunks;
  }

  private async tenantChunks(em: EntityManager, scope: BreachScopeSpec): Promise<PlannedChunk[]> {
    const chunks: PlannedChunk[] = [];
    if (scope.everywhere) {
      // Half-open ranges in the engine's own order; the ends are open, so a reanalysis also covers
      // tenants created since (their subscriptions are after the window anyway).
      const ids: string[] = (await em.query('SELECT id FROM tenants ORDER BY id')).map(
        (r: { id: string }) => r.id,
      );
      for (let i = 0; i < ids.length; i += TENANTS_PER_CHUNK) {
        chunks.push({
          kind: 'tenants',
          spec: {
            from: i === 0 ? null : ids[i],
            to: i + TENANTS_PER_CHUNK < ids.length ? ids[i + TENANTS_PER_CHUNK] : null,
          },
        });
      }
      return chunks;
    }
    const entries = Object.entries(scope.tenants).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let i = 0; i < entries.length; i += TENANTS_PER_CHUNK) {
      chunks.push({
        kind: 'tenants',
        spec: { tenants: entries.slice(i, i + TENANTS_PER_CHUNK).map(([id, lists]) => ({ id, lists })) },
      });
    }
    return chunks;
  }

  private async scanForAddresses(em: EntityManager, leaked: number): Promise<boolean> {
    const rows: Array<{ n: number | string | null }> =
      this.db.dialect === 'mysql'
        ? await em.query(
            `SELECT TABLE_ROWS AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'subscribers'`,
          )
        : await em.query('SELECT MAX(rowid) AS n FROM subscribers');
    let estimate = Number(rows[0]?.n ?? 0);
    // InnoDB's estimate lags behind a young table; a small one is counted exactly (it is cheap then).
    if (estimate < 10_000) estimate = Number((await em.query('SELECT COUNT(*) AS n FROM subscribers'))[0].n);
    return leaked > estimate * SCAN_SHARE;
  }

  /** Enqueues run `run` of the incident's chunks and its finishing job; returns the parent's id. */
  async launch(incidentId: string, run: number, chunks: number, requestId: string): Promise<string> {
    // Platform work on the operator's report: the jobs act as the system, for every tenant.
    const ctx = RequestContext.system('breach-analysis', requestId);
    return this.queue.enqueueChunked(ctx, {
      queue: BREACH_FINISH_QUEUE,
      payload: { incidentId, run } satisfies BreachFinishPayload,
      chunkQueue: BREACH_CHUNK_QUEUE,
      chunks: Array.from(
        { length: chunks },
        (_, chunk) => ({ incidentId, run, chunk }) satisfies BreachChunkPayload,
      ),
    });
  }

  // ---------------------------------------------------------------------------------- chunks

  /** Job: one chunk, committed with its completion. */
  async runChunk(run: JobRun<BreachChunkPayload>): Promise<unknown> {
    const { incidentId, chunk } = run.payload;
    const incident = await this.current(run.payload);
    if (!incident) return { stale: true };
    const [row] = await this.db.query(
      'SELECT kind, spec FROM breach_chunks WHERE incident_id = ? AND chunk = ?',
      [incidentId, chunk],
    );
    if (!row) throw new Error(`breach chunk ${chunk} of ${incidentId} is missing`);
    if (!incident.analysisStartedAt) await this.markStarted(run.ctx, incident, new Date());
    const scope = JSON.parse(incident.scope) as BreachScopeSpec;
    const kind = row.kind as BreachChunkKind;
    const spec = JSON.parse(row.spec);

    if (kind === 'addresses') {
      const { partials, matched } = await this.lookupAddresses(incident, scope, spec as AddressesSpec);
      await this.commitChunk(
        run,
        incident,
        chunk,
        { matched, tenants: Object.fromEntries(partials) },
        async () => undefined,
      );
      return { matched, tenants: partials.size };
    }
    if (incident.leakedAddresses) {
      const { tallies, bits } = await this.scanAddresses(incident, spec as TenantsSpec);
      await this.commitChunk(
        run,
        incident,
        chunk,
        { tenants: tallies.size, bits: bits.toString('base64') },
        (em, lock) => this.writeImpacts(em, run.ctx, incident, lock, tallies),
      );
      return { tenants: tallies.size };
    }
    const { tallies, keys } = await this.countTenants(incident, spec as TenantsSpec);
    await this.commitChunk(
      run,
      incident,
      chunk,
      { tenants: tallies.size, keys: keys?.toString('base64') ?? null },
      (em, lock) => this.writeImpacts(em, run.ctx, incident, lock, tallies),
    );
    return { tenants: tallies.size };
  }

  /** The incident if this run is still its current analysis (a reanalysis makes older chunks stale). */
  private async current(p: { incidentId: string; run: number }): Promise<BreachIncidentRow | null> {
    const incident = await this.db.read((em) => em.findOneBy(BreachIncidentRow, { id: p.incidentId }));
    if (!incident || incident.analysisRun !== p.run || incident.status !== BreachStatus.ANALYZING)
      return null;
    return incident;
  }

  private async markStarted(ctx: RequestContext, incident: BreachIncidentRow, at: Date): Promise<void> {
    await this.db.transaction(async (em) => {
      const r = await em
        .createQueryBuilder()
        .update(BreachIncidentRow)
        .set({ analysisStartedAt: at })
        .where('id = :id AND analysis_run = :run AND analysis_started_at IS NULL', {
          id: incident.id,
          run: incident.analysisRun,
        })
        .execute();
      if (r.affected)
        await this.event(
          em,
          incident.id,
          BreachEventKind.ANALYSIS_STARTED,
          `Analysis run ${incident.analysisRun} started in ${incident.chunksTotal} chunk(s)`,
          ctx,
          at,
        );
    });
  }

  /**
   * Writes the chunk's result with the job's completion, under the incident's row lock (so a
   * concurrent notifyBreach sees every impact committed before it, and no chunk after it holds
   * a notice back). An older run's chunk finds itself stale here and writes nothing. The last chunk
   * of a run also finishes the incident in the same transaction: the status does not wait for the
   * finishing job behind the notice mails in the queue.
   */
  private async commitChunk(
    run: JobRun<BreachChunkPayload>,
    incident: BreachIncidentRow,
    chunk: number,
    result: unknown,
    work: (em: EntityManager, lock: IncidentLock) => Promise<void>,
  ): Promise<void> {
    await run.commit(
      async (em) => {
        const lock = await this.lock(em, incident.id);
        if (!lock || Number(lock.analysis_run) !== run.payload.run || lock.status !== BreachStatus.ANALYZING)
          return;
        await work(em, lock);
        await em.query(
          'UPDATE breach_chunks SET result = ?, done_run = ? WHERE incident_id = ? AND chunk = ?',
          [JSON.stringify(result), run.payload.run, incident.id, chunk],
        );
        // The parent's row is locked behind the incident's by every chunk: of two last chunks, one sees the other's count.
        const parent = run.parentId
          ? (await this.queue.status([run.parentId], { forUpdate: true })).get(run.parentId)
          : undefined;
        if (parent && parent.chunksDone + 1 >= parent.chunksTotal)
          await this.finishIn(em, run.ctx, incident, lock, run.payload.run);
      },
      { chunk },
    );
  }

  private async lock(em: EntityManager, incidentId: string): Promise<IncidentLock | null> {
    const [row] = await em.query(
      `SELECT status, analysis_run, hold_notifications FROM breach_incidents WHERE id = ?${this.db.forUpdate}`,
      [incidentId],
    );
    return row ?? null;
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
  private async countTenants(
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
    const deleted: Array<{ t: string; n: string | number | null }> = await this.db.query(
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
    if (this.db.dialect !== 'mysql') return this.db.query<T>(sql, params);
    const runner = this.db.dataSource.createQueryRunner();
    try {
      await runner.query('SET SESSION group_concat_max_len = 16777216');
      return await runner.query(sql, params);
    } finally {
      await runner.query('SET SESSION group_concat_max_len = DEFAULT').catch(() => undefined);
      await runner.release();
    }
  }

  /** The distinct addresses of the whole where-scope, across tenants, in SQL (when the groups gave no keys). */
  private async platformCount(
    em: EntityManager,
    incident: BreachIncidentRow,
    scope: BreachScopeSpec,
  ): Promise<number> {
    const where = this.groupCondition('s', scope);
    const [row] = await em.query(
      `SELECT COUNT(DISTINCT s.address_hash${this.bin}) AS n FROM subscribers s WHERE ${where.sql} AND s.requested_at <= ?`,
      [...where.params, this.db.param(incident.windowTo)],
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
  private async scanAddresses(
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
  private async lookupAddresses(
    incident: BreachIncidentRow,
    scope: BreachScopeSpec,
    spec: AddressesSpec,
  ): Promise<{ partials: Map<string, PartialTally>; matched: number }> {
    const { hashes } = await this.leaked(incident);
    const batch = hashes.slice(spec.fromIdx, spec.toIdx);
    const rows: Array<{ t: string; l: string; c: string | null; h: string }> = batch.length
      ? await this.db.query(
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

  // ---------------------------------------------------------------------------------- finishing

  /**
   * Job: every chunk is done. The last chunk has normally finished the incident already (then this
   * is a no-op); it finishes here when the last chunk could not, e.g. a run without chunks.
   */
  async finish(run: JobRun<BreachFinishPayload>): Promise<unknown> {
    const incident = await this.current(run.payload);
    if (!incident) return { finished: 'by the last chunk' };
    const outcome: { status?: BreachStatus } = {};
    await run.commit(async (em) => {
      const lock = await this.lock(em, incident.id);
      if (!lock || Number(lock.analysis_run) !== run.payload.run || lock.status !== BreachStatus.ANALYZING)
        return;
      outcome.status = await this.finishIn(em, run.ctx, incident, lock, run.payload.run);
    }, outcome);
    return outcome;
  }

  /**
   * Settles an analysed run, in the caller's transaction (which holds the incident's lock): the
   * platform-wide distinct count, the notices of address batches, stale impacts, the status.
   */
  private async finishIn(
    em: EntityManager,
    ctx: RequestContext,
    incident: BreachIncidentRow,
    lock: IncidentLock,
    run: number,
  ): Promise<BreachStatus> {
    const chunks: Array<{
      chunk: number;
      kind: BreachChunkKind;
      result: string | null;
      done_run: number | string;
    }> = await em.query(
      'SELECT chunk, kind, result, done_run FROM breach_chunks WHERE incident_id = ? ORDER BY chunk',
      [incident.id],
    );
    const missing = chunks.filter((c) => Number(c.done_run) !== run);
    if (missing.length) throw new Error(`${missing.length} chunk(s) of run ${run} have no result`);
    const results = chunks.map((c) => ({ kind: c.kind, result: JSON.parse(c.result ?? '{}') }));
    let platform = 0;
    const merged = new Map<string, PartialTally & { lists: Set<string> }>();
    if (incident.leakedAddresses) {
      // Email scopes: matched addresses are numbered, so a bitset (scan) or a sum over disjoint batches (look-up) is exact.
      const bits = Buffer.alloc(Math.ceil(incident.leakedAddresses / 8));
      for (const { kind, result } of results) {
        if (kind === 'tenants') {
          const b = Buffer.from(result.bits, 'base64');
          for (let i = 0; i < b.length; i++) bits[i] |= b[i];
        } else {
          platform += Number(result.matched);
          for (const [t, p] of Object.entries(result.tenants as Record<string, PartialTally>)) {
            const m = merged.get(t) ?? { s: 0, r: 0, e: 0, u: 0, l: [], lists: new Set<string>() };
            m.s += p.s;
            m.r += p.r;
            m.e += p.e;
            m.u += p.u;
            for (const l of p.l) m.lists.add(l);
            merged.set(t, m);
          }
        }
      }
      if (results.some((r) => r.kind === 'tenants')) platform = popcount(bits);
    } else {
      const keys = results.map((r) => (r.result.keys ? Buffer.from(r.result.keys, 'base64') : null));
      const total = keys.reduce((n, k) => n + (k ? k.length / 16 : 0), 0);
      platform =
        keys.every((k) => k) && total <= this.limits.unionSubjects
          ? distinctKeys(keys as Buffer[])
          : await this.platformCount(em, incident, JSON.parse(incident.scope) as BreachScopeSpec);
    }
    const tallies = new Map<string, Tally>();
    for (const [t, m] of merged)
      tallies.set(t, {
        subjects: m.s,
        records: m.r,
        lists: m.lists.size,
        euEea: m.e,
        unknown: m.u,
        deleted: null,
      });
    if (tallies.size) await this.writeImpacts(em, ctx, incident, lock, tallies);

    // Controllers an earlier run found, this one did not, and nobody told: not affected after all.
    await em.query('DELETE FROM breach_notices WHERE incident_id = ? AND run < ? AND notified_at IS NULL', [
      incident.id,
      run,
    ]);
    const [n] = await em.query(
      `SELECT COUNT(*) AS total, SUM(CASE WHEN notified_at IS NULL THEN 1 ELSE 0 END) AS unsent, MAX(notified_at) AS last, SUM(affected_records) AS records
         FROM breach_notices WHERE incident_id = ?`,
      [incident.id],
    );
    const total = Number(n.total);
    const unsent = Number(n.unsent ?? 0);
    const now = new Date();
    const held = !!Number(lock.hold_notifications);
    const status = held || unsent ? BreachStatus.ANALYZED : BreachStatus.NOTIFIED;
    const notifiedAt = status === BreachStatus.NOTIFIED ? (this.db.date(n.last) ?? now) : null;
    await em.query(
      'UPDATE breach_incidents SET status = ?, analyzed_at = ?, affected_subjects = ?, notified_at = ? WHERE id = ?',
      [status, this.db.param(now), platform, notifiedAt ? this.db.param(notifiedAt) : null, incident.id],
    );
    await this.event(
      em,
      incident.id,
      BreachEventKind.ANALYSIS_FINISHED,
      `Analysis run ${run} finished: ${total} controller(s) and ${platform} distinct data subject(s) affected, ${Number(n.records ?? 0)} record(s); ` +
        (held ? `${unsent} notice(s) held for review` : `${total - unsent} notice(s) sent`),
      ctx,
      now,
    );
    await this.processingLog.append(ctx, {
      tenantId: null,
      purpose: ProcessingPurpose.BREACH_RESPONSE,
      action: 'breach.analyze',
      subjects: platform,
      dataCategories: [BreachDataCategory.EMAIL_ADDRESS, BreachDataCategory.COUNTRY],
      description: `Breach ${incident.id} analysis run ${run} finished: ${platform} distinct data subjects across ${total} controllers`,
    });
    return status;
  }

  // ---------------------------------------------------------------------------------- impacts and notices

  /**
   * Sets each tenant's impact row (one per tenant and incident: inserted, or overwritten with the
   * same kind of numbers on a rerun), logs the analysis per tenant, and sends the notices unless
   * they are held. A notice already sent is never rewritten: it is what the controller was told.
   */
  private async writeImpacts(
    em: EntityManager,
    ctx: RequestContext,
    incident: BreachIncidentRow,
    lock: IncidentLock,
    tallies: Map<string, Tally>,
  ): Promise<void> {
    if (!tallies.size) return;
    const categories = categoriesOf(incident);
    const tenantIds = [...tallies.keys()];
    const existing = new Map<string, BreachNoticeRow>();
    for (let i = 0; i < tenantIds.length; i += 500) {
      const rows = await em.findBy(BreachNoticeRow, {
        incidentId: incident.id,
        tenantId: In(tenantIds.slice(i, i + 500)),
      });
      for (const r of rows) existing.set(r.tenantId, r);
    }
    const now = new Date();
    const run = Number(lock.analysis_run);
    const fresh: BreachNoticeRow[] = [];
    const unsent: BreachNoticeRow[] = [];
    for (const [tenantId, t] of tallies) {
      const risk = assessRisk(categories, incident.encrypted, t.subjects);
      const counts = {
        run,
        affectedSubjects: t.subjects,
        affectedRecords: t.records,
        affectedLists: t.lists,
        euEeaSubjects: t.euEea,
        unknownCountrySubjects: t.unknown,
        deletedRecordsEstimate: t.deleted,
        riskLevel: risk.level,
        riskReason: risk.reason,
        analyzedAt: now,
      };
      const old = existing.get(tenantId);
      if (old?.notifiedAt) continue;
      if (old) {
        await em.update(BreachNoticeRow, { id: old.id, tenantId }, counts);
        unsent.push(Object.assign(old, counts));
        continue;
      }
      const row = Object.assign(new BreachNoticeRow(), {
        id: newId(),
        tenantId,
        incidentId: incident.id,
        ...counts,
        nature: null,
        likelyConsequences: null,
        measuresTaken: null,
        contact: null,
        notifiedAt: null,
        mailId: null,
        acknowledgedAt: null,
        acknowledgedBy: null,
      });
      fresh.push(row);
      unsent.push(row);
    }
    for (let i = 0; i < fresh.length; i += 200) await em.insert(BreachNoticeRow, fresh.slice(i, i + 200));
    // A justified report (a small email scope is a look-up of who holds those addresses) says in
    // each controller's log what was looked up, for what and at whose request, as inspectSubscribers does.
    const justified = incident.justification
      ? ` for ${ProcessingPurpose.BREACH_RESPONSE}, ${incident.leakedAddresses === null ? 'over its whole scope' : `by looking up ${incident.leakedAddresses} named address(es)`}, reported by operator ${incident.reportedBy}`
      : '';
    await this.processingLog.appendMany(
      ctx,
      [...tallies].map(([tenantId, t]) => ({
        tenantId,
        purpose: ProcessingPurpose.BREACH_RESPONSE,
        action: 'breach.analyze',
        subjects: t.subjects,
        dataCategories: [BreachDataCategory.EMAIL_ADDRESS, BreachDataCategory.COUNTRY],
        description: `Breach ${incident.id} impact counted (run ${run})${justified}: ${t.subjects} data subjects, ${t.records} records on ${t.lists} lists${incident.justification ? `. Justification: ${incident.justification}` : ''}`,
      })),
    );
    if (!Number(lock.hold_notifications)) await this.sendNotices(em, ctx, incident, unsent);
  }

  /**
   * Freezes each notice's Art. 33(3) texts, marks it sent and puts its email to the tenant's DPO in
   * the outbox, all in the caller's transaction (held by the incident's row lock). A notice already
   * sent is skipped: nobody is told twice.
   */
  async sendNotices(
    em: EntityManager,
    ctx: RequestContext,
    incident: BreachIncidentRow,
    notices: BreachNoticeRow[],
  ): Promise<number> {
    if (!notices.length) return 0;
    const categories = categoriesOf(incident);
    const tenants = new Map<string, Tenant>();
    for (let i = 0; i < notices.length; i += 500) {
      for (const t of await em.findBy(Tenant, { id: In(notices.slice(i, i + 500).map((n) => n.tenantId)) }))
        tenants.set(t.id, t);
    }
    const now = new Date();
    const sent: Array<{ notice: BreachNoticeRow; tenant: Tenant; mail: { subject: string; text: string } }> =
      [];
    for (const notice of notices) {
      const tenant = tenants.get(notice.tenantId);
      if (!tenant) continue;
      const texts = this.writer.texts(incident, categories, notice);
      const r = await em
        .createQueryBuilder()
        .update(BreachNoticeRow)
        .set({ ...texts, notifiedAt: now })
        .where('id = :id AND tenant_id = :t AND notified_at IS NULL', { id: notice.id, t: notice.tenantId })
        .execute();
      if (!r.affected) continue;
      Object.assign(notice, texts, { notifiedAt: now });
      sent.push({ notice, tenant, mail: this.writer.mail(incident, categories, tenant, texts, notice) });
    }
    if (!sent.length) return 0;
    const mailIds = await this.mail.sendMany(
      ctx,
      sent.map(({ tenant, mail }) => ({
        kind: 'breach.notice',
        tenantId: tenant.id,
        to: tenant.dpoEmail,
        subject: mail.subject,
        text: mail.text,
      })),
    );
    for (let i = 0; i < sent.length; i += 200) {
      const part = sent.slice(i, i + 200).map((s, j) => [s.notice.id, mailIds[i + j]] as const);
      await em.query(
        `UPDATE breach_notices SET mail_id = CASE id ${part.map(() => 'WHEN ? THEN ?').join(' ')} END WHERE id IN (${part.map(() => '?').join(', ')})`,
        [...part.flat(), ...part.map(([id]) => id)],
      );
    }
    const delay = (now.getTime() - incident.discoveredAt.getTime()) / HOUR;
    await this.processingLog.appendMany(
      ctx,
      sent.map(({ notice }): ProcessingRecord => ({
        tenantId: notice.tenantId,
        purpose: ProcessingPurpose.BREACH_RESPONSE,
        action: 'breach.notify',
        subjects: notice.affectedSubjects,
        dataCategories: categories,
        description: `Breach ${incident.id} notice (risk ${notice.riskLevel}) sent to the controller's data-protection contact ${delay.toFixed(1)} hours after discovery`,
      })),
    );
    return sent.length;
  }

  async event(
    em: EntityManager,
    incidentId: string,
    kind: BreachEventKind,
    detail: string,
    ctx: RequestContext,
    at = new Date(),
  ): Promise<void> {
    await em.query(
      'INSERT INTO breach_events (id, incident_id, at, kind, detail, actor_id) VALUES (?, ?, ?, ?, ?, ?)',
      [newId(), incidentId, this.db.param(at), kind, detail.slice(0, 1000), ctx.actorId],
    );
  }
}

export function categoriesOf(incident: Pick<BreachIncidentRow, 'dataCategories'>): BreachDataCategory[] {
  return incident.dataCategories ? (incident.dataCategories.split(',') as BreachDataCategory[]) : [];
}

/**
 * Per-tenant counts of matched subscriptions. A subject (an address) is EU/EEA if any of its
 * subscriptions is in an EU/EEA country, and of unknown country if none has a country.
 */
function tallyRows(
  rows: Array<{ t: string; l: string; c: string | null; h: string }>,
): Map<string, PartialTally> {
  const byTenant = new Map<string, { subjects: Map<string, number>; records: number; lists: Set<string> }>();
  for (const r of rows) {
    let t = byTenant.get(r.t);
    if (!t) byTenant.set(r.t, (t = { subjects: new Map(), records: 0, lists: new Set() }));
    t.records++;
    t.lists.add(r.l);
    t.subjects.set(r.h, (t.subjects.get(r.h) ?? 0) | (r.c ? 2 : 0) | (r.c && EU_EEA.has(r.c) ? 1 : 0));
  }
  const out = new Map<string, PartialTally>();
  for (const [tenant, t] of byTenant) {
    let e = 0;
    let u = 0;
    for (const f of t.subjects.values()) {
      if (f & 1) e++;
      if (!(f & 2)) u++;
    }
    out.set(tenant, { s: t.subjects.size, r: t.records, e, u, l: [...t.lists] });
  }
  return out;
}

/** Per-tenant counts from subject rows (one per tenant and address). */
class TallyBuilder {
  private readonly tallies = new Map<string, Tally>();
  private readonly lists = new Map<string, Set<string>>();

  add(r: SubjectRow): void {
    let t = this.tallies.get(r.t);
    if (!t) {
      this.tallies.set(r.t, (t = { subjects: 0, records: 0, lists: 0, euEea: 0, unknown: 0, deleted: null }));
      this.lists.set(r.t, new Set());
    }
    t.subjects++;
    t.records += Number(r.n);
    if (Number(r.e)) t.euEea++;
    if (!Number(r.k)) t.unknown++;
    const lists = this.lists.get(r.t)!;
    for (const l of String(r.l).split(',')) lists.add(l);
  }

  build(): Map<string, Tally> {
    for (const [t, lists] of this.lists) this.tallies.get(t)!.lists = lists.size;
    return this.tallies;
  }
}

function popcount(bits: Buffer): number {
  let n = 0;
  for (const byte of bits) {
    let b = byte;
    while (b) {
      b &= b - 1;
      n++;
    }
  }
  return n;
}

/**
 * How many distinct 16-byte keys the buffers hold together: open addressing over typed arrays (the
 * keys are hash prefixes, so their first words spread evenly), several times faster than a Set of
 * strings for the 750,000 keys of a million subscriptions.
 */
export function distinctKeys(buffers: Buffer[]): number {
  const total = buffers.reduce((n, b) => n + b.length / 16, 0);
  let cap = 16;
  while (cap < total * 2) cap *= 2;
  const mask = cap - 1;
  const slots = new Uint32Array(cap * 4);
  const used = new Uint8Array(cap);
  let n = 0;
  for (const buffer of buffers) {
    const b = buffer.byteOffset % 4 ? Buffer.from(buffer) : buffer;
    const words = new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
    for (let i = 0; i < words.length; i += 4) {
      const w0 = words[i];
      const w1 = words[i + 1];
      const w2 = words[i + 2];
      const w3 = words[i + 3];
      for (let j = (w0 ^ Math.imul(w1, 0x9e3779b1)) & mask; ; j = (j + 1) & mask) {
        const o = j * 4;
        if (!used[j]) {
          used[j] = 1;
          slots[o] = w0;
          slots[o + 1] = w1;
          slots[o + 2] = w2;
          slots[o + 3] = w3;
          n++;
          break;
        }
        if (slots[o] === w0 && slots[o + 1] === w1 && slots[o + 2] === w2 && slots[o + 3] === w3) break;
      }
    }
  }
  return n;
}
