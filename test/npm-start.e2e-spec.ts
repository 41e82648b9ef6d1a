import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freshDatabase, TestDatabase, testDialect } from './support/test-db';

const MAIN = resolve(__dirname, '..', 'dist', 'server', 'main.js');

interface Started {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, out: () => out, err: () => err, exited };
}

async function waitFor(p: Started, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const m = p.out().match(pattern);
    if (m) return m;
    if (p.child.exitCode !== null) throw new Error(`exited early: ${p.err()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${pattern} in: ${p.out()} ${p.err()}`);
}

describe('npm start (the server entry point)', () => {
  let dir: string;
  let db: TestDatabase | null = null;
  let databaseUrl: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'steward-start-'));
    if (testDialect() === 'mysql') {
      db = freshDatabase();
      databaseUrl = db.url;
    } else {
      databaseUrl = `sqlite:${dir}/steward.sqlite`;
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db?.drop();
  });

  it('on a fresh database prints the URL and a one-time operator password once, which signs in', async () => {
    const first = start({ DATABASE_URL: databaseUrl });
    try {
      const [, url] = await waitFor(first, /Steward is serving (http:\/\/\S+\/graphql)/);
      const [, email] = first.out().match(/First operator created: (\S+)/)!;
      const [, password] = first.out().match(/One-time password:\s+(\S+)/)!;
      expect(first.out().match(/One-time password/g)).toHaveLength(1);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { login(email: "${email}", password: "${password}") { token role mustChangePassword } }`,
        }),
      });
      const body = (await res.json()) as { data: { login: { role: string; mustChangePassword: boolean } } };
      expect(body.data.login).toMatchObject({ role: 'OPERATOR', mustChangePassword: true });
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    } finally {
      first.child.kill('SIGKILL');
    }

    // A second start on the same database creates no operator and prints no password.
    const second = start({ DATABASE_URL: databaseUrl });
    try {
      await waitFor(second, /Steward is serving/);
      expect(second.out()).not.toMatch(/password/i);
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      second.child.kill('SIGKILL');
    }
  });

  it('creates the configured operator without printing a password', async () => {
    const url = testDialect() === 'mysql' ? freshDatabase() : null;
    const p = start({
      DATABASE_URL: url?.url ?? `sqlite:${dir}/configured.sqlite`,
      OPERATOR_EMAIL: 'ops@example.com',
      OPERATOR_PASSWORD: 'a-configured-password',
    });
    try {
      await waitFor(p, /Steward is serving/);
      expect(p.out()).not.toMatch(/password/i);
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
    } finally {
      p.child.kill('SIGKILL');
      await url?.drop();
    }
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://nowhere/steward' }],
    ['JWT_SECRET', { NODE_ENV: 'production', JWT_SECRET: '' }],
  ])('stops at once with one line naming a bad %s', async (name, vars) => {
    const p = start({ DATABASE_URL: databaseUrl, ...vars });
    expect(await p.exited).toBe(1);
    const lines = p.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
  });
});
