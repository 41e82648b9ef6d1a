import { randomBytes } from 'node:crypto';
import { RequestContext } from '../tenants/request-context';
import type { JobHandler, JobRun } from '../workers/job-handler';
import { Job } from '../workers/job.entity';
import { JobQueue } from '../workers/job-queue';
import { WorkerPool } from '../workers/worker-pool';
import { startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

describe('job queue', () => {
  let s: TestServer;
  let queue: JobQueue;
  const ctx = RequestContext.system('queue-test');
  const pools: WorkerPool[] = [];
  // A fresh queue name per test: pools of one test never see another test's jobs.
  const uniq = (prefix: string) => `test.${prefix}.${randomBytes(4).toString('hex')}`;

  const startPool = (handlers: JobHandler[], loops = 2, leaseMs = 5000): WorkerPool => {
    const pool = new WorkerPool(queue, handlers, { loops, leaseMs, pollMs: 50 }, s.services.log);
    pools.push(pool);
    pool.start();
    return pool;
  };

  const jobsOf = (q: string) => s.services.db.read((em) => em.find(Job, { where: { queue: q } }));
  const job = async (id: string) => (await queue.get(id))!;
  const effects = async (tag: string): Promise<string[]> =>
    (
      await s.services.db.query<Array<{ job_id: string }>>('SELECT job_id FROM test_effects WHERE tag = ?', [
        tag,
      ])
    ).map((r) => r.job_id);
  /** The handler's effect, committed with the job's completion (so a lost lease rolls it back). */
  const insertEffect = (run: JobRun, tag: string, result?: unknown) =>
    run.commit(
      (em) => em.query('INSERT INTO test_effects (job_id, tag) VALUES (?, ?)', [run.id, tag]),
      result,
    );

  beforeAll(async () => {
    s = await startTestServer();
    queue = s.services.queue;
    // No unique key on purpose: a job whose effect ran twice shows up as two rows.
    await s.services.db.query(
      'CREATE TABLE test_effects (job_id VARCHAR(36) NOT NULL, tag VARCHAR(100) NOT NULL)',
    );
  });
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.stop(500)));
  });
  afterAll(() => s.close());

  it('runs each of 60 jobs exactly once in effect across two pools of two loops', async () => {
    const q = uniq('effect');
    const M = 60;
    const runs = new Map<string, number>();
    const handler: JobHandler<{ n: number }> = {
      queue: q,
      run: async (run) => {
        runs.set(run.id, (runs.get(run.id) ?? 0) + 1);
        await insertEffect(run, q, { n: run.payload.n });
        return undefined;
      },
    };
    // The pools are already polling while the jobs arrive, so claims race with inserts.
    startPool([handler]);
    startPool([handler]);
    const ids = await Promise.all(Array.from({ length: M }, (_, n) => queue.enqueue(ctx, q, { n })));
    expect(new Set(ids).size).toBe(M);

    await until(async () => (await jobsOf(q)).every((j) => j.state === 'done'), 'every job done');
    const jobs = await jobsOf(q);
    expect(jobs).toHaveLength(M);
    for (const j of jobs) {
      expect(j).toMatchObject({
        state: 'done',
        attempts: 1,
        lockedBy: null,
        leaseUntil: null,
        lastError: null,
      });
      expect(JSON.parse(j.result!)).toEqual(JSON.parse(j.payload));
    }
    const rows = await effects(q);
    expect(rows).toHaveLength(M);
    expect(new Set(rows)).toEqual(new Set(ids));
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(runs.keys())).toEqual(new Set(ids));
  });

  it('leaves no job behind when the enqueuing transaction rolls back', async () => {
    const q = uniq('rollback');
    let ran = 0;
    await expect(
      s.services.db.transaction(async () => {
        await queue.enqueue(ctx, q, { n: 1 });
        await queue.enqueue(ctx, q, { n: 2 });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await jobsOf(q)).toHaveLength(0);

    // A committed job on the same queue runs; nothing of the rolled-back ones ever does.
    startPool([{ queue: q, run: async () => void ran++ }]);
    const id = await queue.enqueue(ctx, q, { n: 3 });
    await until(async () => (await job(id)).state === 'done', 'the committed job');
    expect(ran).toBe(1);
    expect(await jobsOf(q)).toHaveLength(1);
  });

  it('retries a failing job with growing delays, then dead-letters it after maxAttempts', async () => {
    const q = uniq('failing');
    const attempts: number[] = [];
    const thrownAt: number[] = [];
    const scheduledDelay: number[] = [];
    startPool([
      {
        queue: q,
        run: async (run) => {
          attempts.push(run.attempt);
          if (thrownAt.length) {
            // The retry's run_at was set when the previous attempt failed: the backoff it chose.
            const row = await job(run.id);
            expect(row.lastError).toBe(`failure #${thrownAt.length}`);
            scheduledDelay.push(row.runAt.getTime() - thrownAt[thrownAt.length - 1]);
          }
          thrownAt.push(Date.now());
          throw new Error(`failure #${thrownAt.length}`);
        },
      },
    ]);
    const id = await queue.enqueue(ctx, q, {}, { maxAttempts: 3 });
    await until(async () => (await job(id)).state === 'dead', 'the dead-letter state');

    const dead = await job(id);
    expect(dead).toMatchObject({
      state: 'dead',
      attempts: 3,
      maxAttempts: 3,
      lastError: 'failure #3',
      lockedBy: null,
      leaseUntil: null,
    });
    expect(dead.finishedAt).toBeInstanceOf(Date);
    expect(attempts).toEqual([1, 2, 3]);
    // backoffMs(1) is 0.8-1.2 s and backoffMs(2) 1.6-2.4 s (plus the few ms until fail() ran).
    expect(scheduledDelay[0]).toBeGreaterThanOrEqual(800);
    expect(scheduledDelay[0]).toBeLessThan(1700);
    expect(scheduledDelay[1]).toBeGreaterThanOrEqual(1600);
    expect(scheduledDelay[1]).toBeLessThan(2900);
    expect(scheduledDelay[1]).toBeGreaterThan(scheduledDelay[0]);
    // Dead is final: nobody claims it again.
    expect(await queue.claim('probe', [q], 1000)).toBeNull();
  });

  describe('leases', () => {
    it('reaps a job whose worker died and lets a live worker finish it; the dead worker cannot complete it', async () => {
      const q = uniq('reap');
      const id = await queue.enqueue(ctx, q, { n: 1 });
      const stale = (await queue.claim('dead-worker', [q], 1))!;
      expect(stale).toMatchObject({ id, state: 'running', lockedBy: 'dead-worker', attempts: 1 });
      await sleep(20); // the 1 ms lease is now in the past

      expect(await queue.reap()).toBeGreaterThanOrEqual(1);
      expect(await job(id)).toMatchObject({
        state: 'pending',
        lockedBy: null,
        leaseUntil: null,
        attempts: 1,
      });
      expect((await job(id)).lastError).toMatch(/lease expired/);
      // The worker that lost the lease wakes up and tries to finish: refused.
      expect(await queue.complete(stale, 'dead-worker', { by: 'dead' })).toBe(false);
      expect((await job(id)).state).toBe('pending');

      startPool([{ queue: q, run: (run) => insertEffect(run, q, { by: 'live' }) }]);
      await until(async () => (await job(id)).state === 'done', 'the live worker to finish');
      const done = await job(id);
      expect(done).toMatchObject({ state: 'done', attempts: 2, lockedBy: null, lastError: null });
      expect(JSON.parse(done.result!)).toEqual({ by: 'live' });
      expect(await effects(q)).toEqual([id]);
      expect(await queue.complete(stale, 'dead-worker', { by: 'dead' })).toBe(false);
      expect(JSON.parse((await job(id)).result!)).toEqual({ by: 'live' });
    });

    it("guards every transition by locked_by: a worker that lost its lease cannot touch the new owner's job", async () => {
      const q = uniq('guard');
      const id = await queue.enqueue(ctx, q, {});
      const a = (await queue.claim('worker-a', [q], 1))!;
      await sleep(20);
      await queue.reap();
      const b = (await queue.claim('worker-b', [q], 60_000))!;
      expect(b).toMatchObject({ id, lockedBy: 'worker-b', attempts: 2 });

      expect(await queue.heartbeat(id, 'worker-a', 60_000)).toBe(false);
      expect(await queue.setProgress(id, 'worker-a', 1, 2)).toBe(false);
      // The late writer's own writes roll back with the refused completion.
      expect(
        await queue.complete(a, 'worker-a', { by: 'a' }, (em) =>
          em.query('INSERT INTO test_effects (job_id, tag) VALUES (?, ?)', [id, q]),
        ),
      ).toBe(false);
      expect(await queue.fail(a, 'worker-a', 'late failure')).toBe('lost');
      await queue.release(a, 'worker-a');
      expect(await effects(q)).toEqual([]);
      expect(await job(id)).toMatchObject({
        state: 'running',
        lockedBy: 'worker-b',
        attempts: 2,
        progress: 0,
      });

      expect(await queue.heartbeat(id, 'worker-b', 60_000)).toBe(true);
      expect(
        await queue.complete(b, 'worker-b', { by: 'b' }, (em) =>
          em.query('INSERT INTO test_effects (job_id, tag) VALUES (?, ?)', [id, q]),
        ),
      ).toBe(true);
      expect(await effects(q)).toEqual([id]);
      expect(await job(id)).toMatchObject({ state: 'done', attempts: 2, lockedBy: null });
      expect(JSON.parse((await job(id)).result!)).toEqual({ by: 'b' });
    });

    it('dead-letters a job whose lease ran out on its last attempt', async () => {
      const q = uniq('reap-last');
      const id = await queue.enqueue(ctx, q, {}, { maxAttempts: 1 });
      await queue.claim('dead-worker', [q], 1);
      await sleep(20);
      await queue.reap();
      const dead = await job(id);
      expect(dead).toMatchObject({ state: 'dead', attempts: 1, lockedBy: null });
      expect(dead.lastError).toMatch(/lease expired/);
      expect(await queue.claim('probe', [q], 1000)).toBeNull();
    });

    it('keeps the lease of a job that runs longer than the lease by renewing it', async () => {
      const q = uniq('long-lease');
      let runs = 0;
      startPool(
        [
          {
            queue: q,
            run: async (run) => {
              runs++;
              await sleep(2200); // over two lease lengths
              await insertEffect(run, q);
            },
          },
        ],
        1,
        1000,
      );
      const id = await queue.enqueue(ctx, q, {});
      await until(async () => (await job(id)).state === 'done', 'the long job');
      expect(runs).toBe(1);
      expect(await job(id)).toMatchObject({ attempts: 1 });
      expect(await effects(q)).toEqual([id]);
    });
  });

  describe('chunked jobs', () => {
    it('runs K chunks on several loops, counts each once, then runs the parent once with their results', async () => {
      const parentQ = uniq('parent');
      const chunkQ = uniq('chunk');
      const K = 12;
      let parentRuns = 0;
      let seen: Array<{ i: number; sq: number }> = [];
      let progressSeenByParent: Job | null = null;
      const handlers: JobHandler[] = [
        {
          queue: chunkQ,
          run: async (run: JobRun<{ i: number }>) => {
            expect(run.parentId).toBeTruthy();
            await insertEffect(run, chunkQ, { i: run.payload.i, sq: run.payload.i ** 2 });
          },
        },
        {
          queue: parentQ,
          run: async (run) => {
            parentRuns++;
            progressSeenByParent = await job(run.id);
            seen = await run.chunkResults<{ i: number; sq: number }>();
            return { sum: seen.reduce((t, r) => t + r.sq, 0) };
          },
        },
      ];
      const parentId = await queue.enqueueChunked(ctx, {
        queue: parentQ,
        payload: { what: 'squares' },
        chunkQueue: chunkQ,
        chunks: Array.from({ length: K }, (_, i) => ({ i })),
      });
      expect(await job(parentId)).toMatchObject({
        state: 'waiting',
        chunksTotal: K,
        chunksDone: 0,
        progressTotal: K,
      });
      // A waiting parent is not claimable before its chunks are done.
      expect(await queue.claim('probe', [parentQ], 1000)).toBeNull();

      startPool(handlers, 2);
      startPool(handlers, 2);
      await until(async () => (await job(parentId)).state === 'done', 'the parent');

      const parent = await job(parentId);
      expect(parent).toMatchObject({
        state: 'done',
        chunksTotal: K,
        chunksDone: K,
        progress: K,
        progressTotal: K,
        attempts: 1,
      });
      expect(JSON.parse(parent.result!)).toEqual({
        sum: Array.from({ length: K }, (_, i) => i * i).reduce((a, b) => a + b, 0),
      });
      expect(parentRuns).toBe(1);
      expect(progressSeenByParent!).toMatchObject({ chunksDone: K });
      expect(seen.map((r) => r.i).sort((a, b) => a - b)).toEqual(Array.from({ length: K }, (_, i) => i));

      const chunks = await jobsOf(chunkQ);
      expect(chunks).toHaveLength(K);
      for (const c of chunks) expect(c).toMatchObject({ state: 'done', parentId, attempts: 1 });
      const rows = await effects(chunkQ);
      expect(rows).toHaveLength(K);
      expect(new Set(rows)).toEqual(new Set(chunks.map((c) => c.id)));
    });

    it('marks the parent dead when a chunk fails after its last attempt, and never runs the parent', async () => {
      const parentQ = uniq('parent-fail');
      const chunkQ = uniq('chunk-fail');
      const K = 6;
      let parentRuns = 0;
      const parentId = await queue.enqueueChunked(
        ctx,
        {
          queue: parentQ,
          payload: {},
          chunkQueue: chunkQ,
          chunks: Array.from({ length: K }, (_, i) => ({ i })),
        },
        { maxAttempts: 1 },
      );
      startPool(
        [
          {
            queue: chunkQ,
            run: async (run: JobRun<{ i: number }>) => {
              if (run.payload.i === 2) throw new Error('chunk 2 is broken');
              return { i: run.payload.i };
            },
          },
          { queue: parentQ, run: async () => void parentRuns++ },
        ],
        3,
      );
      await until(
        async () => (await jobsOf(chunkQ)).every((c) => c.state === 'done' || c.state === 'dead'),
        'every chunk settled',
      );

      const chunks = await jobsOf(chunkQ);
      expect(chunks.filter((c) => c.state === 'dead').map((c) => JSON.parse(c.payload).i)).toEqual([2]);
      expect(chunks.find((c) => c.state === 'dead')!.lastError).toBe('chunk 2 is broken');
      const parent = await job(parentId);
      expect(parent).toMatchObject({ state: 'dead', chunksDone: K - 1, attempts: 0 });
      expect(parent.lastError).toMatch(/chunk failed/);
      expect(parentRuns).toBe(0);
      expect(await queue.claim('probe', [parentQ], 1000)).toBeNull();
    });
  });

  describe('graceful shutdown', () => {
    it('gives a job that outlives the grace period back to pending without counting the attempt', async () => {
      const q = uniq('shutdown');
      let started!: () => void;
      const startedP = new Promise<void>((r) => (started = r));
      let abortedWith: unknown = null;
      const pool = startPool(
        [
          {
            queue: q,
            run: (run) =>
              new Promise((resolve, reject) => {
                started();
                const t = setTimeout(resolve, 30_000);
                run.signal.addEventListener('abort', () => {
                  clearTimeout(t);
                  abortedWith = run.signal.reason;
                  reject(run.signal.reason);
                });
              }),
          },
        ],
        1,
        1000,
      );
      const id = await queue.enqueue(ctx, q, {});
      await startedP;
      expect(await job(id)).toMatchObject({ state: 'running', lockedBy: pool.workerId, attempts: 1 });

      await pool.stop(300);
      expect((abortedWith as Error)?.message).toBe('shutting down');
      expect(await job(id)).toMatchObject({
        state: 'pending',
        attempts: 0,
        lockedBy: null,
        leaseUntil: null,
      });

      // The next worker gets it as a first attempt.
      startPool([{ queue: q, run: (run) => insertEffect(run, q, { attempt: run.attempt }) }]);
      await until(async () => (await job(id)).state === 'done', 'the released job to run again');
      expect(await job(id)).toMatchObject({ state: 'done', attempts: 1 });
      expect(JSON.parse((await job(id)).result!)).toEqual({ attempt: 1 });
      expect(await effects(q)).toEqual([id]);
    });

    it('drops the writes of a released job whose handler ignores the abort and commits late', async () => {
      const q = uniq('stubborn');
      let started!: () => void;
      const startedP = new Promise<void>((r) => (started = r));
      let finish!: () => void;
      const finishP = new Promise<void>((r) => (finish = r));
      let commitError: unknown = null;
      let settled!: () => void;
      const settledP = new Promise<void>((r) => (settled = r));
      const pool = startPool(
        [
          {
            queue: q,
            run: async (run) => {
              started();
              await finishP;
              try {
                await insertEffect(run, q);
              } catch (err) {
                commitError = err;
                throw err;
              } finally {
                settled();
              }
            },
          },
        ],
        1,
        1000,
      );
      const id = await queue.enqueue(ctx, q, {});
      await startedP;
      const stopping = pool.stop(200);
      await until(async () => (await job(id)).state === 'pending', 'the release');
      finish();
      await settledP;
      await stopping;

      expect((commitError as Error)?.message).toBe('lease lost before commit');
      expect(await effects(q)).toEqual([]);
      expect(await job(id)).toMatchObject({ state: 'pending', attempts: 0, lockedBy: null });
    });

    it('lets a job that finishes within the grace period complete normally', async () => {
      const q = uniq('quick');
      let started!: () => void;
      const startedP = new Promise<void>((r) => (started = r));
      const pool = startPool(
        [
          {
            queue: q,
            run: async (run) => {
              started();
              await sleep(300);
              await insertEffect(run, q);
            },
          },
        ],
        1,
      );
      const id = await queue.enqueue(ctx, q, {});
      await startedP;
      await pool.stop(2000); // far longer than the job needs
      expect(await job(id)).toMatchObject({ state: 'done', attempts: 1 });
      expect(await effects(q)).toEqual([id]);
    });
  });
});
