import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The built server entry point (`npm start` runs it after building). */
export const SERVER_MAIN = resolve(__dirname, '..', '..', 'dist', 'server', 'main.js');

export interface Started {
  child: ChildProcess;
  /** everything written to stdout so far */
  out(): string;
  /** everything written to stderr so far */
  err(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node script` in `cwd`, with only the given environment (and PATH), its output collected. */
export function spawnNode(script: string, env: Record<string, string>, cwd?: string): Started {
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );
  return { child, out: () => out, err: () => err, exited };
}

/** Waits for `pattern` on stdout; fails with the output if the process exits or time runs out. */
export async function waitForOutput(p: Started, pattern: RegExp, ms = 40_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const m = p.out().match(pattern);
    if (m) return m;
    if (p.child.exitCode !== null || p.child.signalCode !== null)
      throw new Error(`exited early:\n${p.out()}\n${p.err()}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${ms} ms:\n${p.out()}\n${p.err()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Exit code, or a failure if the process is still running after `ms`. */
export async function exitCode(p: Started, ms = 30_000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const r = await Promise.race([
      p.exited,
      new Promise<never>(
        (_, reject) =>
          (timer = setTimeout(
            () => reject(new Error(`still running after ${ms} ms:\n${p.out()}\n${p.err()}`)),
            ms,
          )),
      ),
    ]);
    return r.code;
  } finally {
    clearTimeout(timer);
  }
}
