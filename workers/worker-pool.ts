import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Counter, Histogram } from 'prom-client';
import { RequestContext } from '../tenants/request-context';
import type { Job } from './job.entity';
import { JobHeldError, type JobHandler, type JobRun } from './job-handler';
import { JobQueue } from './job-queue';

/** What the pool reports to Prometheus (the server's registry provides it). */
export interface JobMetrics {
  jobLag: Pick<Histogram<'queue'>, 'observe'>;
  jobDuration: Pick<Histogram<'queue' | 'outcome'>, 'observe'>;
  jobFailures: Pick<Counter<'queue' | 'outcome'>, 'inc'>;
}

export interface WorkerPoolOptions {
  loops: number;
  /** how long a claim lasts without renewal; a crashed worker's job is picked up after this */
  leaseMs: number;
  /** longest idle wait between polls (a local enqueue wakes the loops sooner) */
  pollMs?: number;
  /** how often expired leases are reaped */
  reapEveryMs?: number;
  /** recurring jobs: queue -> period */
  schedules?: Array<{ queue: string; everyMs: number }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A time limit on a wait: unref'd, so a stopped pool does not keep the process alive until it runs out. */
const cap = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/**
 * `loops` job-processing loops in this process, plus the reaper and the scheduler.
 * `stop()` stops claiming, lets running jobs finish within a grace period, and gives back the rest.
 */
export class WorkerPool {
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private running = false;
  private readonly inFlight = new Map<string, { job: Job; abort: AbortController; done: Promise<void> }>();
  private readonly loopPromises: Promise<void>[] = [];
  private timers: NodeJS.Timeout[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly handlers = new Map<string, JobHandler>();
  private readonly onEnqueued = () => this.wakeUp();

  constructor(
    private readonly queue: JobQueue,
    handlers: JobHandler[],
    private readonly opts: WorkerPoolOptions,
    private readonly log: Logger,
    private readonly metrics?: JobMetrics,
  ) {
    for (const h of handlers) this.handlers.set(h.queue, h);
  }

  start(): void {
    if (this.running || this.opts.loops <= 0) return;
    this.running = true;
    this.queue.events.on('enqueued', this.onEnqueued);
    for (let i = 0; i < this.opts.loops; i++) this.loopPromises.push(this.loop());
    const reapEvery = this.opts.reapEveryMs ?? Math.max(250, Math.floor(this.opts.leaseMs / 2));
    this.timers.push(setInterval(() => void this.safely('reaper', () => this.queue.reap()), reapEvery));
    for (const s of this.opts.schedules ?? []) {
      const tick = () => this.safely('scheduler', () => this.schedule(s.queue, s.everyMs));
      void tick();
      this.timers.push(setInterval(() => void tick(), Math.min(s.everyMs, 60_000)));
    }
    this.log.info({ workerId: this.workerId, loops: this.opts.loops }, 'workers started');
  }

  /** One job per period slot, whichever process gets there first (unique key). */
  private async schedule(queue: string, everyMs: number): Promise<void> {
    const slot = Math.floor(Date.now() / everyMs);
    await this.queue.enqueue(
      RequestContext.system(queue),
      queue,
      { slot },
      { uniqueKey: `schedule:${queue}:${slot}` },
    );
  }

  private async safely(what: string, fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      if (this.running) this.log.error({ err: errorText(err) }, `${what} failed`);
    }
  }

  private wakeUp(): void {
    for (const w of [...this.waiters]) w();
  }

  private async idle(): Promise<void> {
    const pollMs = this.opts.pollMs ?? 1000;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.waiters.delete(done);
        resolve();
      };
      const t = setTimeout(done, pollMs * (0.75 + Math.random() * 0.5));
      this.waiters.add(done);
    });
  }

  private async loop(): Promise<void> {
    const queues = [...this.handlers.keys()];
    while (this.running) {
      let job: Job | null;
      try {
        job = await this.queue.claim(this.workerId, queues, this.opts.leaseMs);
      } catch (err) {
        if (!this.running) break;
        this.log.error({ err: errorText(err) }, 'claim failed');
        await sleep(1000);
        continue;
      }
      if (!job) {
        await this.idle();
        continue;
      }
      if (!this.running) {
        // Claimed while stop() began: give it straight back rather than leave it to the lease.
        await this.queue.release(job, this.workerId).catch(() => undefined);
        break;
      }
      const abort = new AbortController();
      const done = this.execute(job, abort);
      this.inFlight.set(job.id, { job, abort, done });
      await done;
      this.inFlight.delete(job.id);
    }
  }

  private async execute(job: Job, abort: AbortController): Promise<void> {
    const handler = this.handlers.get(job.queue)!;
    const started = process.hrtime.bigint();
    const lagMs = job.startedAt ? Math.max(0, job.startedAt.getTime() - job.runAt.getTime()) : 0;
    this.metrics?.jobLag.observe({ queue: job.queue }, lagMs / 1000);
    let committed = false;
    const heartbeat = setInterval(
      async () => {
        try {
          const owned = await this.queue.heartbeat(job.id, this.workerId, this.opts.leaseMs);
          if (!owned) abort.abort(new Error('lease lost'));
        } catch (err) {
          this.log.warn({ jobId: job.id, err: errorText(err) }, 'lease renewal failed');
        }
      },
      Math.max(100, Math.floor(this.opts.leaseMs / 3)),
    );

    const run: JobRun = {
      id: job.id,
      queue: job.queue,
      payload: JSON.parse(job.payload),
      ctx: RequestContext.deserialize(JSON.parse(job.context)),
      attempt: job.attempts,
      lastAttempt: job.attempts >= job.maxAttempts,
      parentId: job.parentId,
      signal: abort.signal,
      progress: async (done, total) => {
        if (!(await this.queue.setProgress(job.id, this.workerId, done, total)))
          abort.abort(new Error('lease lost'));
      },
      saved: job.checkpoint ? JSON.parse(job.checkpoint) : null,
      checkpoint: async (work, progress) => {
        const saved = await this.queue.checkpoint(job.id, this.workerId, work, progress);
        if (!saved) {
          abort.abort(new Error('lease lost'));
          throw new Error('lease lost before checkpoint');
        }
        return saved.state;
      },
      commit: async (work, result) => {
        committed = await this.queue.complete(job, this.workerId, result, work);
        if (!committed) throw new Error('lease lost before commit');
      },
      chunkResults: () => this.queue.chunkResults(job.id),
    };

    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await handler.run(run);
      if (abort.signal.aborted && !committed) throw abort.signal.reason ?? new Error('aborted');
      if (!committed) committed = await this.queue.complete(job, this.workerId, result);
      this.metrics?.jobDuration.observe(
        { queue: job.queue, outcome: committed ? 'done' : 'lost' },
        seconds(),
      );
      if (!committed)
        this.log.warn(
          { jobId: job.id, queue: job.queue },
          'job finished after its lease was lost; result dropped',
        );
    } catch (err) {
      if (!this.running && abort.signal.aborted) {
        this.metrics?.jobDuration.observe({ queue: job.queue, outcome: 'released' }, seconds());
        return; // shutting down: stop() gives the job back
      }
      if (err instanceof JobHeldError) {
        const held = await this.queue.hold(job, this.workerId, err.message).catch(() => false);
        this.metrics?.jobDuration.observe({ queue: job.queue, outcome: held ? 'held' : 'lost' }, seconds());
        this.log.info({ jobId: job.id, queue: job.queue, reason: err.message }, 'job held');
        return;
      }
      const outcome = await this.queue.fail(job, this.workerId, errorText(err)).catch(() => 'lost' as const);
      this.metrics?.jobDuration.observe({ queue: job.queue, outcome }, seconds());
      this.metrics?.jobFailures.inc({ queue: job.queue, outcome });
      this.log.warn(
        { jobId: job.id, queue: job.queue, attempt: job.attempts, outcome, err: errorText(err) },
        'job failed',
      );
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Stops claiming, waits up to `graceMs` for running jobs, then gives back what is left. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.queue.events.off('enqueued', this.onEnqueued);
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.wakeUp();
    const pending = [...this.inFlight.values()];
    const finished = Promise.all(pending.map((p) => p.done));
    const timedOut = await Promise.race([finished.then(() => false), cap(graceMs).then(() => true)]);
    if (timedOut) {
      for (const p of this.inFlight.values()) {
        p.abort.abort(new Error('shutting down'));
        await this.queue.release(p.job, this.workerId).catch(() => undefined);
      }
    }
    await Promise.race([Promise.all(this.loopPromises), cap(1000)]);
    this.log.info({ workerId: this.workerId, released: timedOut ? pending.length : 0 }, 'workers stopped');
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
