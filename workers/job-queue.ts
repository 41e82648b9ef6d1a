import { newId } from '../schema/common/ids';
import { EventEmitter } from 'node:events';
import type { EntityManager } from 'typeorm';
import type { Database } from '../schema/common/database';
import { isUniqueViolation, uniqueIndex } from '../schema/common/errors';
import type { RequestContext } from '../tenants/request-context';
import { Job, JobState } from './job.entity';
import { HELD_MARK } from './job-handler';

/** The one duplicate that means another producer enqueued the same unique key; any other is a real failure. */
const UNIQUE_KEY_TAKEN = uniqueIndex(Job, 'ux_jobs_unique_key');

export interface EnqueueOptions {
  /** not before this time (default: now) */
  runAt?: Date;
  /** attempts before the dead-letter state (default 8) */
  maxAttempts?: number;
  /** at most one job with this key ever exists; a second enqueue returns the first job's id */
  uniqueKey?: string;
  /** the payload holds personal data: blank it once the job is done */
  personalData?: boolean;
  /** the job's id, when the caller chose it beforehand (rows it wrote already name it); default new */
  id?: string;
}

export interface ChunkedJob {
  /** queue of the parent: its handler runs once, after every chunk is done (it may read their results) */
  queue: string;
  payload: unknown;
  /** queue of the chunks, each run by any worker */
  chunkQueue: string;
  chunks: unknown[];
}

export const DEFAULT_MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 60 * 60 * 1000;
/** how long a held job waits before its handler looks again (reactivation wakes it at once) */
export const HOLD_RECHECK_MS = 10 * 60 * 1000;

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s ... capped at an hour. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * The database-backed job queue.
 *
 * - `enqueue` writes through the ambient transaction, so a rolled-back write leaves no job
 *   (transactional outbox); local workers are woken after commit.
 * - `claim` takes one due job: `SELECT ... FOR UPDATE SKIP LOCKED` on MySQL/MariaDB, so workers never
 *   wait on each other's rows; on SQLite (one writer at a time) the update is guarded by
 *   `state = 'pending'`, so of two processes only one wins.
 * - A claimed job carries a lease (`lease_until`) that its worker renews; `reap` hands jobs whose
 *   lease ran out (a crashed or frozen worker) back to `pending`, or to `dead` after the last attempt.
 * - Every transition out of `running` is guarded by `locked_by = <this worker>`: a worker that lost
 *   its lease cannot complete or fail a job another worker now owns.
 * - Chunked jobs: a parent waits while its chunks run anywhere; each chunk's completion bumps the
 *   parent's `chunks_done` in the same transaction (so progress counts each chunk once), and the
 *   last one makes the parent runnable.
 */
export class JobQueue {
  readonly events = new EventEmitter();

  constructor(readonly db: Database) {
    this.events.setMaxListeners(100);
  }

  async enqueue(
    ctx: RequestContext,
    queue: string,
    payload: unknown,
    opts: EnqueueOptions = {},
  ): Promise<string> {
    return this.db.transaction(async (em) => {
      const job = this.newJob(ctx, queue, payload, opts);
      if (opts.uniqueKey) {
        const existing = await em.findOne(Job, {
          where: { uniqueKey: opts.uniqueKey },
          select: { id: true },
        });
        if (existing) return existing.id;
        try {
          await em.insert(Job, job);
        } catch (err) {
          if (!isUniqueViolation(err, UNIQUE_KEY_TAKEN)) throw err;
          const raced = await em.findOne(Job, { where: { uniqueKey: opts.uniqueKey }, select: { id: true } });
          return raced!.id;
        }
      } else {
        await em.insert(Job, job);
      }
      this.db.afterCommit(() => this.events.emit('enqueued', queue));
      return job.id;
    });
  }

  /** Many jobs of one queue in a few multi-row statements (no unique keys). */
  async enqueueMany(
    ctx: RequestContext,
    queue: string,
    payloads: unknown[],
    opts: Omit<EnqueueOptions, 'uniqueKey' | 'id'> = {},
  ): Promise<string[]> {
    if (!payloads.length) return [];
    return this.db.transaction(async (em) => {
      const jobs = payloads.map((p) => this.newJob(ctx, queue, p, opts));
      await this.db.bulkInsert(
        em,
        'jobs',
        [
          'id',
          'queue',
          'state',
          'tenant_id',
          'payload',
          'context',
          'unique_key',
          'attempts',
          'max_attempts',
          'run_at',
          'locked_by',
          'lease_until',
          'progress',
          'progress_total',
          'parent_id',
          'chunks_total',
          'chunks_done',
          'result',
          'personal_data',
          'last_error',
          'created_at',
          'started_at',
          'finished_at',
        ],
        jobs.map((j) => [
          j.id,
          j.queue,
          j.state,
          j.tenantId,
          j.payload,
          j.context,
          null,
          0,
          j.maxAttempts,
          j.runAt,
          null,
          null,
          0,
          0,
          null,
          0,
          0,
          null,
          j.personalData,
          null,
          j.createdAt,
          null,
          null,
        ]),
        200,
      );
      this.db.afterCommit(() => this.events.emit('enqueued', queue));
      return jobs.map((j) => j.id);
    });
  }

  /** Enqueues a parent and its chunks in one transaction; returns the parent's id. */
  async enqueueChunked(ctx: RequestContext, spec: ChunkedJob, opts: EnqueueOptions = {}): Promise<string> {
    return this.db.transaction(async (em) => {
      const parent = this.newJob(ctx, spec.queue, spec.payload, opts);
      parent.state = spec.chunks.length ? 'waiting' : 'pending';
      parent.chunksTotal = spec.chunks.length;
      parent.progressTotal = spec.chunks.length;
      await em.insert(Job, parent);
      const children = spec.chunks.map((chunk) => {
        const child = this.newJob(ctx, spec.chunkQueue, chunk, { maxAttempts: opts.maxAttempts });
        child.parentId = parent.id;
        return child;
      });
      for (let i = 0; i < children.length; i += 500) await em.insert(Job, children.slice(i, i + 500));
      this.db.afterCommit(() => this.events.emit('enqueued', spec.chunkQueue));
      return parent.id;
    });
  }

  private newJob(ctx: RequestContext, queue: string, payload: unknown, opts: EnqueueOptions): Job {
    const now = new Date();
    return Object.assign(new Job(), {
      id: opts.id ?? newId(),
      queue,
      state: 'pending' as JobState,
      tenantId: ctx.tenantId,
      payload: JSON.stringify(payload ?? null),
      context: JSON.stringify(ctx.serialize()),
      uniqueKey: opts.uniqueKey ?? null,
      attempts: 0,
      maxAttempts: opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      runAt: opts.runAt ?? now,
      lockedBy: null,
      leaseUntil: null,
      progress: 0,
      progressTotal: 0,
      parentId: null,
      chunksTotal: 0,
      chunksDone: 0,
      result: null,
      personalData: opts.personalData ?? false,
      lastError: null,
      createdAt: now,
      startedAt: null,
      finishedAt: null,
    });
  }

  /** Claims the next due job of the given queues for `workerId`, or null when none is due. */
  async claim(workerId: string, queues: string[], leaseMs: number): Promise<Job | null> {
    if (!queues.length) return null;
    const now = new Date();
    const marks = queues.map(() => '?').join(', ');
    return this.db.transaction(
      async (em) => {
        const rows: Array<{ id: string }> = await em.query(
          `SELECT id FROM jobs WHERE state = 'pending' AND run_at <= ? AND queue IN (${marks})
         ORDER BY run_at LIMIT 1${this.db.skipLocked}`,
          [this.db.param(now), ...queues],
        );
        if (!rows.length) return null;
        const id = rows[0].id;
        const claimed = await em
          .createQueryBuilder()
          .update(Job)
          .set({
            state: 'running',
            lockedBy: workerId,
            leaseUntil: new Date(now.getTime() + leaseMs),
            startedAt: now,
            attempts: () => 'attempts + 1',
          })
          .where('id = :id AND state = :state', { id, state: 'pending' })
          .execute();
        if (!claimed.affected) return null;
        return em.findOneByOrFail(Job, { id });
      },
      { readCommitted: true },
    );
  }

  /** Renews the lease; false when this worker no longer owns the job (it was reaped). */
  async heartbeat(jobId: string, workerId: string, leaseMs: number): Promise<boolean> {
    const r = await this.db.transaction((em) =>
      em.update(
        Job,
        { id: jobId, lockedBy: workerId, state: 'running' },
        { leaseUntil: new Date(Date.now() + leaseMs) },
      ),
    );
    return (r.affected ?? 0) > 0;
  }

  async setProgress(jobId: string, workerId: string, progress: number, total: number): Promise<boolean> {
    const r = await this.db.transaction((em) =>
      em.update(Job, { id: jobId, lockedBy: workerId, state: 'running' }, { progress, progressTotal: total }),
    );
    return (r.affected ?? 0) > 0;
  }

  /**
   * Runs `work` and saves its result as the job's checkpoint (and the progress) in one transaction;
   * null, with `work` rolled back, when this worker no longer owns the job.
   */
  async checkpoint<S>(
    jobId: string,
    workerId: string,
    work: (em: EntityManager) => Promise<S>,
    progress?: { done: number; total: number },
  ): Promise<{ state: S } | null> {
    try {
      return await this.db.transaction(async (em) => {
        const state = await work(em);
        const r = await em.update(
          Job,
          { id: jobId, lockedBy: workerId, state: 'running' },
          {
            checkpoint: JSON.stringify(state),
            ...(progress ? { progress: progress.done, progressTotal: progress.total } : {}),
          },
        );
        if (!r.affected) throw new LeaseLostError(jobId);
        return { state };
      });
    } catch (err) {
      if (err instanceof LeaseLostError) return null;
      throw err;
    }
  }

  /**
   * Marks the job done, in one transaction with `work` (the handler's own writes) when given.
   * Returns false, and rolls `work` back, when this worker no longer owns the job.
   */
  async complete(
    job: Job,
    workerId: string,
    result: unknown,
    work?: (em: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    try {
      return await this.db.transaction(async (em) => {
        if (work) await work(em);
        const now = new Date();
        const r = await em.update(
          Job,
          { id: job.id, lockedBy: workerId, state: 'running' },
          {
            state: 'done',
            result: result === undefined ? null : JSON.stringify(result),
            checkpoint: null,
            finishedAt: now,
            lockedBy: null,
            leaseUntil: null,
            lastError: null,
          },
        );
        if (!r.affected) throw new LeaseLostError(job.id);
        if (job.personalData) await em.update(Job, { id: job.id }, { payload: '{}' });
        if (job.parentId) {
          await em
            .createQueryBuilder()
            .update(Job)
            .set({ chunksDone: () => 'chunks_done + 1', progress: () => 'progress + 1' })
            .where('id = :id', { id: job.parentId })
            .execute();
          await em.query(
            `UPDATE jobs SET state = 'pending', run_at = ? WHERE id = ? AND state = 'waiting' AND chunks_done >= chunks_total`,
            [this.db.param(now), job.parentId],
          );
          this.db.afterCommit(() => this.events.emit('enqueued', job.queue));
        }
        return true;
      });
    } catch (err) {
      if (err instanceof LeaseLostError) return false;
      throw err;
    }
  }

  /** Schedules a retry with backoff, or moves the job (and a chunk's parent) to `dead`. */
  async fail(job: Job, workerId: string, error: string): Promise<'retry' | 'dead' | 'lost'> {
    const message = error.slice(0, 2000);
    return this.db.transaction(async (em) => {
      const dead = job.attempts >= job.maxAttempts;
      const now = new Date();
      const r = await em.update(
        Job,
        { id: job.id, lockedBy: workerId, state: 'running' },
        dead
          ? { state: 'dead', lastError: message, finishedAt: now, lockedBy: null, leaseUntil: null }
          : {
              state: 'pending',
              lastError: message,
              lockedBy: null,
              leaseUntil: null,
              runAt: new Date(now.getTime() + backoffMs(job.attempts)),
            },
      );
      if (!r.affected) return 'lost';
      if (dead && job.parentId) await this.killParents(em, [job.parentId], now);
      return dead ? 'dead' : 'retry';
    });
  }

  /**
   * A held job (its handler threw `JobHeldError`) goes back to `pending` without counting the
   * attempt, marked held, to be looked at again after `recheckMs` or when `wakeHeld` is called.
   */
  async hold(job: Job, workerId: string, reason: string, recheckMs = HOLD_RECHECK_MS): Promise<boolean> {
    const r = await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .update(Job)
        .set({
          state: 'pending',
          lockedBy: null,
          leaseUntil: null,
          attempts: () => 'attempts - 1',
          lastError: (HELD_MARK + reason).slice(0, 2000),
          runAt: new Date(Date.now() + recheckMs),
        })
        .where('id = :id AND locked_by = :w AND state = :s', { id: job.id, w: workerId, s: 'running' })
        .execute(),
    );
    return (r.affected ?? 0) > 0;
  }

  /**
   * Makes a tenant's held jobs due now (the tenant was reactivated); answers how many. A job that
   * waits for its own time (a scheduled delivery) was never held and keeps its time. Joins the
   * caller's transaction; local workers are woken after commit.
   */
  async wakeHeld(tenantId: string): Promise<number> {
    const r = await this.db.manager
      .createQueryBuilder()
      .update(Job)
      .set({ runAt: new Date(), lastError: null })
      .where("tenant_id = :tenantId AND state = 'pending' AND last_error LIKE :mark", {
        tenantId,
        mark: `${HELD_MARK}%`,
      })
      .execute();
    const n = r.affected ?? 0;
    if (n) this.db.afterCommit(() => this.events.emit('enqueued', '*'));
    return n;
  }

  /** Graceful shutdown: gives an unfinished job back without counting the attempt. */
  async release(job: Job, workerId: string): Promise<void> {
    await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .update(Job)
        .set({
          state: 'pending',
          lockedBy: null,
          leaseUntil: null,
          attempts: () => 'attempts - 1',
          runAt: new Date(),
        })
        .where('id = :id AND locked_by = :w AND state = :s', { id: job.id, w: workerId, s: 'running' })
        .execute(),
    );
  }

  /** Hands back every job whose lease ran out; returns how many. Safe to run in many processes at once. */
  async reap(now: Date = new Date()): Promise<number> {
    return this.db.transaction(async (em) => {
      const expired: Array<{ id: string; attempts: number; max_attempts: number; parent_id: string | null }> =
        await em.query(
          `SELECT id, attempts, max_attempts, parent_id FROM jobs WHERE state = 'running' AND lease_until < ?${this.db.skipLocked}`,
          [this.db.param(now)],
        );
      if (!expired.length) return 0;
      const error = 'lease expired: the worker stopped renewing it (crashed or frozen)';
      const retry = expired.filter((j) => Number(j.attempts) < Number(j.max_attempts)).map((j) => j.id);
      const dead = expired.filter((j) => Number(j.attempts) >= Number(j.max_attempts));
      if (retry.length) {
        await em
          .createQueryBuilder()
          .update(Job)
          .set({ state: 'pending', lockedBy: null, leaseUntil: null, lastError: error, runAt: now })
          .where('id IN (:...ids) AND state = :s', { ids: retry, s: 'running' })
          .execute();
      }
      if (dead.length) {
        await em
          .createQueryBuilder()
          .update(Job)
          .set({ state: 'dead', lockedBy: null, leaseUntil: null, lastError: error, finishedAt: now })
          .where('id IN (:...ids) AND state = :s', { ids: dead.map((j) => j.id), s: 'running' })
          .execute();
        const parents = dead.map((j) => j.parent_id).filter((p): p is string => !!p);
        if (parents.length) await this.killParents(em, parents, now);
      }
      if (retry.length) this.db.afterCommit(() => this.events.emit('enqueued', '*'));
      return expired.length;
    });
  }

  private async killParents(em: EntityManager, parentIds: string[], now: Date): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Job)
      .set({ state: 'dead', lastError: 'a chunk failed after its last attempt', finishedAt: now })
      .where('id IN (:...ids) AND state = :s', { ids: [...new Set(parentIds)], s: 'waiting' })
      .execute();
  }

  /** Results of a parent's finished chunks, for its finishing handler. */
  async chunkResults<T = unknown>(parentId: string): Promise<T[]> {
    const rows = await this.db.read((em) =>
      em.find(Job, { where: { parentId, state: 'done' }, select: { result: true } }),
    );
    return rows.map((r) => (r.result ? JSON.parse(r.result) : null));
  }

  get(id: string): Promise<Job | null> {
    return this.db.read((em) => em.findOneBy(Job, { id }));
  }

  /**
   * State and chunk progress of some jobs, by id (the breach views show their analyses' progress).
   * `forUpdate` locks the rows, inside the caller's transaction.
   */
  async status(
    ids: string[],
    opts: { forUpdate?: boolean } = {},
  ): Promise<Map<string, { state: JobState; chunksDone: number; chunksTotal: number }>> {
    const out = new Map<string, { state: JobState; chunksDone: number; chunksTotal: number }>();
    if (!ids.length) return out;
    const rows: Array<{ id: string; state: JobState; chunks_done: unknown; chunks_total: unknown }> =
      await this.db.query(
        `SELECT id, state, chunks_done, chunks_total FROM jobs WHERE id IN (${ids.map(() => '?').join(', ')})${
          opts.forUpdate ? this.db.forUpdate : ''
        }`,
        ids,
      );
    for (const r of rows)
      out.set(r.id, {
        state: r.state,
        chunksDone: Number(r.chunks_done),
        chunksTotal: Number(r.chunks_total),
      });
    return out;
  }

  /** Housekeeping: deletes done and dead jobs that finished before their cutoffs; answers how many. */
  async purgeFinished(cutoffs: { done: Date; dead: Date }): Promise<number> {
    return this.db.transaction(async (em) => {
      let n = 0;
      for (const state of ['done', 'dead'] as const) {
        const r = await em
          .createQueryBuilder()
          .delete()
          .from(Job)
          .where('state = :state AND finished_at < :cutoff', { state, cutoff: this.db.param(cutoffs[state]) })
          .execute();
        n += r.affected ?? 0;
      }
      return n;
    });
  }

  /**
   * One tenant's job of a queue, without its payload (which may hold a whole upload): state, progress
   * and result, for the module that shows its own jobs (an import's progress bar). Null when the id
   * is another tenant's, another queue's, or unknown.
   */
  tenantJob(
    tenantId: string,
    queue: string,
    id: string,
  ): Promise<Pick<Job, 'id' | 'state' | 'progress' | 'progressTotal' | 'result'> | null> {
    return this.db.read((em) =>
      em.findOne(Job, {
        where: { id, queue, tenantId },
        select: { id: true, state: true, progress: true, progressTotal: true, result: true },
      }),
    );
  }

  /**
   * Cancels a tenant's queued and running work, except the mail already decided (`mail.send`): a
   * running job loses its row and so cannot commit. Joins the caller's transaction.
   */
  async cancelForTenant(tenantId: string): Promise<number> {
    const r = await this.db.manager
      .createQueryBuilder()
      .delete()
      .from(Job)
      .where(
        "tenant_id = :tenantId AND queue <> 'mail.send' AND state IN ('pending', 'waiting', 'running')",
        {
          tenantId,
        },
      )
      .execute();
    return r.affected ?? 0;
  }

  /**
   * Cancels a tenant's jobs of `queues` whose payload's `key` is one of `values` (the jobs of one
   * list, one delivery...), by deleting them: a running one loses its row and so cannot commit its
   * work. `states` defaults to queued and running work. Joins the caller's transaction (on MySQL
   * the rows are locked until it ends); answers how many.
   */
  async cancelMatching(
    tenantId: string,
    queues: string[],
    key: string,
    values: string[],
    states: JobState[] = ['pending', 'waiting', 'running'],
  ): Promise<number> {
    return (await this.cancelMatchingIds(tenantId, queues, key, values, states)).length;
  }

  /** `cancelMatching`, answering the ids of the jobs it deleted. */
  async cancelMatchingIds(
    tenantId: string,
    queues: string[],
    key: string,
    values: string[],
    states: JobState[] = ['pending', 'waiting', 'running'],
  ): Promise<string[]> {
    if (!queues.length || !values.length || !states.length) return [];
    const marks = (n: unknown[]) => n.map(() => '?').join(', ');
    const rows: Array<{ id: string; payload: string }> = await this.db.manager.query(
      `SELECT id, payload FROM jobs WHERE tenant_id = ? AND queue IN (${marks(queues)}) AND state IN (${marks(states)})${this.db.forUpdate}`,
      [tenantId, ...queues, ...states],
    );
    const wanted = new Set(values);
    const ids = rows
      .filter((r) => {
        try {
          const v = (JSON.parse(r.payload) as Record<string, unknown> | null)?.[key];
          return typeof v === 'string' && wanted.has(v);
        } catch {
          return false;
        }
      })
      .map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      await this.db.manager
        .createQueryBuilder()
        .delete()
        .from(Job)
        .where('id IN (:...ids)', { ids: ids.slice(i, i + 500) })
        .execute();
    }
    return ids;
  }

  /** Deletes a tenant's finished jobs (their payloads hold personal data), but `keepId`'s. */
  async purgeForTenant(tenantId: string, keepId: string): Promise<number> {
    const r = await this.db.manager
      .createQueryBuilder()
      .delete()
      .from(Job)
      .where("tenant_id = :tenantId AND id <> :keepId AND state IN ('done', 'dead')", { tenantId, keepId })
      .execute();
    return r.affected ?? 0;
  }

  /** Job counts per queue and state, for metrics. */
  async depth(): Promise<Array<{ queue: string; state: JobState; count: number }>> {
    const rows: Array<{ queue: string; state: JobState; n: number | string }> = await this.db.query(
      `SELECT queue, state, COUNT(*) AS n FROM jobs WHERE state IN ('pending', 'running', 'waiting', 'dead') GROUP BY queue, state`,
    );
    return rows.map((r) => ({ queue: r.queue, state: r.state, count: Number(r.n) }));
  }
}

export class LeaseLostError extends Error {
  constructor(jobId: string) {
    super(`lease lost on job ${jobId}`);
  }
}
