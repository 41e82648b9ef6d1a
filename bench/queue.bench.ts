import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createServices, Services } from '../server/app';
import { loadConfig } from '../server/config';
import type { JobHandler } from '../workers/job-handler';
import { WorkerPool } from '../workers/worker-pool';
import { RequestContext } from '../tenants/request-context';
import { benchDatabase, report, sleep } from './support';

const QUEUE = 'bench.noop';
const JOBS = Number(process.env.BENCH_QUEUE_JOBS ?? 2000);

const noop: JobHandler = { queue: QUEUE, run: async () => undefined };

async function enqueueAll(s: Services, n: number): Promise<void> {
  const ctx = RequestContext.system('bench');
  for (let i = 0; i < n; i += 500) {
    await s.db.transaction(async () => {
      for (let j = i; j < Math.min(n, i + 500); j++) await s.queue.enqueue(ctx, QUEUE, { i: j });
    });
  }
}

async function doneCount(s: Services): Promise<number> {
  const [{ n }] = await s.db.query(`SELECT COUNT(*) AS n FROM jobs WHERE queue = ? AND state = 'done'`, [
    QUEUE,
  ]);
  return Number(n);
}

/** Jobs per second through the real queue with `loops` worker loops in this process. */
async function throughQueue(s: Services, loops: number): Promise<number> {
  await s.db.query('DELETE FROM jobs WHERE queue = ?', [QUEUE]);
  await enqueueAll(s, JOBS);
  const pool = new WorkerPool(s.queue, [noop], { loops, leaseMs: 30_000, pollMs: 50 }, s.log);
  const t0 = process.hrtime.bigint();
  pool.start();
  while ((await doneCount(s)) < JOBS) await sleep(10);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await pool.stop(1000);
  return JOBS / seconds;
}

/** The same row changes without the queue: insert, then per job one claim-like and one done-like update. */
async function plainLoop(s: Services): Promise<number> {
  await s.db.query('DELETE FROM jobs WHERE queue = ?', [QUEUE]);
  await enqueueAll(s, JOBS);
  const ids: Array<{ id: string }> = await s.db.query(`SELECT id FROM jobs WHERE queue = ? ORDER BY run_at`, [
    QUEUE,
  ]);
  const worker = `plain-${randomUUID().slice(0, 8)}`;
  const t0 = process.hrtime.bigint();
  for (const { id } of ids) {
    await s.db.query(
      `UPDATE jobs SET state = 'running', locked_by = ?, attempts = attempts + 1, lease_until = ? WHERE id = ?`,
      [worker, new Date(Date.now() + 30_000), id],
    );
    await s.db.query(
      `UPDATE jobs SET state = 'done', locked_by = NULL, lease_until = NULL, finished_at = ? WHERE id = ?`,
      [new Date(), id],
    );
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return ids.length / seconds;
}

export async function queueBench(): Promise<void> {
  const bdb = await benchDatabase();
  const s = await createServices(
    loadConfig({
      DATABASE_URL: bdb.url,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
      LOG_LEVEL: 'silent',
    }),
    pino({ level: 'silent' }),
  );
  try {
    const plain = await plainLoop(s);
    const one = await throughQueue(s, 1);
    const four = await throughQueue(s, 4);
    report({
      bench: 'queue',
      metric: 'plain_loop_jobs_per_s',
      value: plain,
      unit: 'jobs/s',
      baseline: plain,
    });
    report({ bench: 'queue', metric: 'loops_1_jobs_per_s', value: one, unit: 'jobs/s', baseline: plain });
    report({ bench: 'queue', metric: 'loops_4_jobs_per_s', value: four, unit: 'jobs/s', baseline: plain });
    report({ bench: 'queue', metric: 'loops_4_vs_1', value: four, unit: 'jobs/s', baseline: one });
  } finally {
    await s.db.query('DELETE FROM jobs WHERE queue = ?', [QUEUE]).catch(() => undefined);
    await s.db.close();
    await bdb.cleanup();
  }
}
