import type { EntityManager } from 'typeorm';
import type { Database } from '../common/database';
import type { CrossTenant } from '../../tenants/cross-tenant';
import { RequestContext } from '../../tenants/request-context';
import type { JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import { ProcessingPurpose } from '../common/enums';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { BreachChunkKind } from './breach-chunk.entity';
import { BreachIncidentRow, BreachScopeSpec } from './breach-incident.entity';
import type { BreachNoticesService, IncidentLock } from './breach-notices.service';
import type { AddressesSpec, TenantsSpec } from './breach-plan';
import { BreachScanQueries, type BreachScanLimits, DEFAULT_SCAN_LIMITS } from './breach-scan.queries';
import { distinctKeys, type PartialTally, popcount, type Tally } from './breach-tally';
import { BreachTimeline } from './breach-timeline';
import { BreachEventKind, BreachStatus, BreachDataCategory } from './breach.enums';

export const BREACH_CHUNK_QUEUE = 'breach.chunk';
export const BREACH_FINISH_QUEUE = 'breach.finish';

export interface BreachChunkPayload {
  incidentId: string;
  run: number;
  chunk: number;
}

export interface BreachFinishPayload {
  incidentId: string;
  run: number;
}

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
  private readonly scans: BreachScanQueries;
  private readonly timeline: BreachTimeline;
  private readonly door: CrossTenant;

  constructor(
    private readonly db: Database,
    private readonly queue: JobQueue,
    private readonly processingLog: ProcessingLogService,
    private readonly notices: BreachNoticesService,
    private readonly limits: BreachScanLimits = DEFAULT_SCAN_LIMITS,
  ) {
    this.scans = new BreachScanQueries(db, limits);
    this.timeline = new BreachTimeline(db);
    this.door = db.crossTenant(
      "breach analysis: commit a chunk's counts and settle the incident over every affected controller's notices",
    );
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
      const { partials, matched } = await this.scans.lookupAddresses(incident, scope, spec as AddressesSpec);
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
      const { tallies, bits } = await this.scans.scanAddresses(incident, spec as TenantsSpec);
      await this.commitChunk(
        run,
        incident,
        chunk,
        { tenants: tallies.size, bits: bits.toString('base64') },
        (em, lock) => this.notices.writeImpacts(em, run.ctx, incident, lock, tallies),
      );
      return { tenants: tallies.size };
    }
    const { tallies, keys } = await this.scans.countTenants(incident, spec as TenantsSpec);
    await this.commitChunk(
      run,
      incident,
      chunk,
      { tenants: tallies.size, keys: keys?.toString('base64') ?? null },
      (em, lock) => this.notices.writeImpacts(em, run.ctx, incident, lock, tallies),
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
        await this.timeline.event(
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
    // The door covers the work, not the job's own completion: notices and the settling span tenants.
    await run.commit(
      (em) =>
        this.door.run(async () => {
          const lock = await this.lock(em, incident.id);
          if (
            !lock ||
            Number(lock.analysis_run) !== run.payload.run ||
            lock.status !== BreachStatus.ANALYZING
          )
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
        }),
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

  // ---------------------------------------------------------------------------------- finishing

  /**
   * Job: every chunk is done. The last chunk has normally finished the incident already (then this
   * is a no-op); it finishes here when the last chunk could not, e.g. a run without chunks.
   */
  async finish(run: JobRun<BreachFinishPayload>): Promise<unknown> {
    const incident = await this.current(run.payload);
    if (!incident) return { finished: 'by the last chunk' };
    const outcome: { status?: BreachStatus } = {};
    await run.commit(
      (em) =>
        this.door.run(async () => {
          const lock = await this.lock(em, incident.id);
          if (
            !lock ||
            Number(lock.analysis_run) !== run.payload.run ||
            lock.status !== BreachStatus.ANALYZING
          )
            return;
          outcome.status = await this.finishIn(em, run.ctx, incident, lock, run.payload.run);
        }),
      outcome,
    );
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
          : await this.scans.platformCount(em, incident, JSON.parse(incident.scope) as BreachScopeSpec);
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
    if (tallies.size) await this.notices.writeImpacts(em, ctx, incident, lock, tallies);

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
    await this.timeline.event(
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
}
