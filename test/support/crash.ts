import { startTestSmtp, TestSmtp } from './smtp';
import { startTestServer, TestServer } from './test-server';
import { until } from './wait';
import { whileAlive, WorkerProcess, workerFleet } from './worker-process';

/** The job lease of the crash tests: short, so a killed worker's job is free again soon. */
export const CRASH_LEASE_MS = 1500;

export interface CrashSuite {
  /** the test server (no worker loops of its own), on the suite's database */
  readonly s: TestServer;
  /** the test SMTP server the server and the workers send to (only with `smtp: true`) */
  readonly smtp: TestSmtp;
  /** spawns one more worker process on the suite's database */
  start(): WorkerProcess;
}

/**
 * What every crash test needs, set up in beforeAll and torn down in afterAll of the describe it is
 * called in: a test server, optionally a test SMTP server (without one the workers keep mail in the
 * outbox), and worker processes on the same database with a CRASH_LEASE_MS lease, none of them left
 * running afterwards.
 */
export function crashSuite(opts: { smtp?: boolean; serverEnv?: Record<string, string> } = {}): CrashSuite {
  let s: TestServer | undefined;
  let smtp: TestSmtp | undefined;
  const fleet = workerFleet(() => ({
    DATABASE_URL: s!.database.url,
    SMTP_URL: smtp?.url ?? '',
    JOB_LEASE_MS: String(CRASH_LEASE_MS),
  }));

  beforeAll(async () => {
    if (opts.smtp) smtp = await startTestSmtp();
    s = await startTestServer({ env: { ...(smtp ? { SMTP_URL: smtp.url } : {}), ...opts.serverEnv } });
  });
  afterAll(async () => {
    await fleet.killAll();
    await s?.close();
    await smtp?.close();
  });

  return {
    get s() {
      if (!s) throw new Error('the crash suite has not started yet (use it inside a test or hook)');
      return s;
    },
    get smtp() {
      if (!smtp) throw new Error('this crash suite has no SMTP server: crashSuite({ smtp: true })');
      return smtp;
    },
    start: () => fleet.start(),
  };
}

/** Polls `check` until it holds, failing early (with the worker's output) if `w` exits first. */
export function untilWhileAlive(
  w: WorkerProcess,
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
  pollMs?: number,
): Promise<void> {
  return whileAlive(w, until(check, what, timeoutMs, pollMs), what, timeoutMs + 5_000);
}

/** Kills `w` at once (SIGKILL: no clean-up of any kind) and waits until it is gone. */
export async function killWorker(
  w: WorkerProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  w.child.kill('SIGKILL');
  return w.exited;
}

/** Asks `w` to stop (SIGTERM, a clean shutdown) and waits until it has. */
export async function stopWorker(
  w: WorkerProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  w.child.kill('SIGTERM');
  return w.exited;
}

/**
 * Kills a worker in the middle of a job: waits (failing if the worker exits first) until `reached`
 * (a promise, or a check polled every `pollMs` for up to `timeoutMs`) says the worker is inside the
 * job; with `freeze`, stops it there (SIGSTOP) so that `inspect` sees exactly what it had committed
 * at that instant; then kills it (SIGKILL) and waits until it is gone. Returns what `inspect` found
 * and how the worker ended.
 */
export async function killMidJob<T = undefined>(
  w: WorkerProcess,
  reached: Promise<unknown> | (() => Promise<boolean>),
  what: string,
  opts: { freeze?: boolean; inspect?: () => Promise<T>; timeoutMs?: number; pollMs?: number } = {},
): Promise<{ inspected: T; exit: { code: number | null; signal: NodeJS.Signals | null } }> {
  if (typeof reached === 'function') await untilWhileAlive(w, reached, what, opts.timeoutMs, opts.pollMs);
  else await whileAlive(w, reached, what, opts.timeoutMs);
  if (opts.freeze) w.child.kill('SIGSTOP');
  const inspected = (opts.inspect ? await opts.inspect() : undefined) as T;
  const exit = await killWorker(w);
  return { inspected, exit };
}
