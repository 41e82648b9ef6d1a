import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freshDatabase, TestDatabase, testDialect } from './support/test-db';

const MAIN = resolve(__dirname, '..', 'dist', 'server', 'main.js');

interface Started {
  child: ChildProcess;
  out(): string;
  err(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node dist/server/main.js` in `cwd`, with only the given environment (and PATH). */
function start(cwd: string, env: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], {
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
async function waitFor(p: Started, pattern: RegExp, ms = 40_000): Promise<RegExpMatchArray> {
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
async function exitCode(p: Started, ms = 30_000): Promise<number | null> {
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

async function gql(url: string, query: string, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

const SERVING = /Steward is serving (http:\/\/127\.0\.0\.1:(\d+)\/graphql)/;

describe(`npm start (node dist/server/main.js) on ${testDialect() === 'mysql' ? 'MySQL/MariaDB' : 'SQLite'}`, () => {
  const dirs: string[] = [];
  const databases: TestDatabase[] = [];
  const children: ChildProcess[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'steward-start-'));
    dirs.push(d);
    return d;
  };
  /** SQLite: nothing (the default ./data/steward.sqlite under cwd); MySQL: a fresh database. */
  const databaseEnv = (): Record<string, string> => {
    if (testDialect() !== 'mysql') return {};
    const db = freshDatabase();
    databases.push(db);
    return { DATABASE_URL: db.url };
  };
  const run = (cwd: string, env: Record<string, string>) => {
    const p = start(cwd, env);
    children.push(p.child);
    return p;
  };

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    for (const db of databases) await db.drop();
  });

  it('prints the URL and a one-time password once on a fresh database; the password signs in; a restart prints none', async () => {
    const cwd = tmp();
    const env = { PORT: '0', ...databaseEnv() };

    const first = run(cwd, env);
    const [, url, port] = await waitFor(first, SERVING);
    expect(Number(port)).toBeGreaterThan(0);
    const [, email] = first.out().match(/First operator created: (\S+)/)!;
    const [, password] = first.out().match(/One-time password:\s+(\S+)/)!;
    expect(password.length).toBeGreaterThanOrEqual(12);
    // exactly once in everything the process wrote, logs included
    expect((first.out() + first.err()).split(password)).toHaveLength(2);

    const login = await gql(
      url,
      `mutation { login(email: "${email}", password: "${password}") { token role } }`,
    );
    expect(login.data.login.role).toBe('OPERATOR');
    const token: string = login.data.login.token;
    expect((await gql(url, '{ me { email role } }', token)).data.me).toEqual({ email, role: 'OPERATOR' });

    if (testDialect() === 'sqlite') expect(existsSync(join(cwd, 'data', 'steward.sqlite'))).toBe(true);
    expect(existsSync(join(cwd, 'data', 'jwt-secret'))).toBe(true);

    first.child.kill('SIGTERM');
    expect(await exitCode(first)).toBe(0);

    const second = run(cwd, env);
    const [, url2] = await waitFor(second, SERVING);
    expect(second.out()).not.toMatch(/One-time password|First operator/);
    expect(second.out() + second.err()).not.toContain(password);
    // the generated JWT secret was kept under ./data: the first run's token is still good
    expect((await gql(url2, '{ me { email } }', token)).data.me.email).toBe(email);
    second.child.kill('SIGTERM');
    expect(await exitCode(second)).toBe(0);
  });

  it.each([
    ['not a number', 'abc'],
    ['out of range', '70000'],
  ])('exits with code 1 and one line naming PORT when PORT is %s', async (_what, port) => {
    const cwd = tmp();
    const p = run(cwd, { PORT: port, ...databaseEnv() });
    expect(await exitCode(p)).toBe(1);
    const lines = p.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(lines[0]).not.toMatch(/\bat \w|\.js:\d+/);
    expect(p.out()).toBe('');
    expect(existsSync(join(cwd, 'data'))).toBe(false); // refused before touching anything
  });

  it('exits with code 1 and one line when the port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (holder.address() as AddressInfo).port;
      const p = run(tmp(), { PORT: String(port), ...databaseEnv() });
      expect(await exitCode(p)).toBe(1);
      const lines = p.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(String(port));
      expect(p.out()).not.toMatch(/Steward is serving/);
    } finally {
      await new Promise<void>((r) => holder.close(() => r()));
    }
  });
});
