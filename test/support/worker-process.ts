import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { spawnNode } from './process';
import { TEST_AUDIT_SIGNING_KEY, TEST_JWT_SECRET } from './test-server';

const WORKER_MAIN = join(__dirname, '..', '..', 'dist', 'server', 'worker-main.js');

export interface WorkerProcess {
  child: ChildProcess;
  /** stdout, then stderr */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm run worker` as built (dist/server/worker-main.js): a separate process on the test's database. */
export function spawnWorker(
  env: { DATABASE_URL: string; SMTP_URL: string; JOB_LEASE_MS: string } & Record<string, string>,
): WorkerProcess {
  const p = spawnNode(WORKER_MAIN, {
    JWT_SECRET: TEST_JWT_SECRET,
    AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    MAIL_FROM: 'Steward <no-reply@steward.test>',
    PUBLIC_URL: 'http://localhost:4000',
    WORKERS: '1',
    LOG_LEVEL: 'silent',
    ...env,
  });
  return { child: p.child, output: () => p.out() + p.err(), exited: p.exited };
}

/** Waits for `p`, failing early (with the worker's output) if the worker exits first. */
export async function whileAlive<T>(
  w: WorkerProcess,
  p: Promise<T>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      w.exited.then(({ code, signal }) => {
        throw new Error(`worker exited (${code ?? signal}) before ${what}: ${w.output()}`);
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${what}; worker output: ${w.output()}`)),
          timeoutMs,
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The worker processes one test file starts: `start` spawns one more, `killAll` (in afterAll) leaves none running. */
export function workerFleet(env: () => Parameters<typeof spawnWorker>[0]): {
  start(): WorkerProcess;
  killAll(): Promise<void>;
} {
  const workers: WorkerProcess[] = [];
  return {
    start() {
      const w = spawnWorker(env());
      workers.push(w);
      return w;
    },
    async killAll() {
      for (const w of workers)
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      await Promise.all(workers.map((w) => w.exited));
    },
  };
}
