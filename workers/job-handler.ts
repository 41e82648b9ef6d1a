import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../tenants/request-context';

/** What a handler sees of the job it runs. */
export interface JobRun<P = unknown> {
  id: string;
  queue: string;
  payload: P;
  /** the context the job was enqueued with: same tenant, same actor */
  ctx: RequestContext;
  /** 1 on the first try */
  attempt: number;
  /** true when a failure now sends the job to the dead-letter state */
  lastAttempt: boolean;
  parentId: string | null;
  /** aborted when the lease is lost or the worker shuts down: stop soon, the job will run again */
  signal: AbortSignal;
  progress(done: number, total: number): Promise<void>;
  /** the state saved by the last `checkpoint` of an earlier try, or null */
  saved: unknown;
  /**
   * Runs `work` and saves what it returns (JSON, no personal data) as the job's checkpoint, with the
   * progress, in one transaction, so that a later try resumes from `saved` exactly where this commit
   * left it. Throws, with `work` rolled back, when this worker no longer owns the job.
   */
  checkpoint<S>(
    work: (em: EntityManager) => Promise<S>,
    progress?: { done: number; total: number },
  ): Promise<S>;
  /**
   * Commits the handler's database writes together with the job's completion: if this worker lost
   * the job in the meantime, the writes roll back. Use it where running twice must not count twice.
   */
  commit(work: (em: EntityManager) => Promise<void>, result?: unknown): Promise<void>;
  /** results of this parent's chunks (for a chunked job's finishing handler) */
  chunkResults<T = unknown>(): Promise<T[]>;
}

/**
 * One kind of background work. Delivery is at least once, so `run` must be idempotent: a job whose
 * worker died after the effect but before completion runs again.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a handler list mixes payload types
export interface JobHandler<P = any> {
  queue: string;
  run(job: JobRun<P>): Promise<unknown>;
}

/** The `last_error` of a held job starts with this (reactivation finds the tenant's held jobs by it). */
export const HELD_MARK = 'held: ';

/**
 * Thrown by a handler whose work must wait (its tenant is suspended): the job goes back to `pending`
 * without counting the attempt and without failing, to be looked at again after a while, or at once
 * when `JobQueue.wakeHeld` is called for its tenant. What it did before throwing stays done.
 */
export class JobHeldError extends Error {
  constructor(reason: string) {
    super(reason);
  }
}
