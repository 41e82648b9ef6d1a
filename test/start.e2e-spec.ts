import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCode, SERVER_MAIN, spawnNode, waitForOutput } from './support/process';
import { freshDatabase, TestDatabase, testDialect } from './support/test-db';

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
    const p = spawnNode(SERVER_MAIN, env, cwd);
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
    const [, url, port] = await waitForOutput(first, SERVING);
    expect(Number(port)).toBeGreaterThan(0);
    const [, email] = first.out().match(/First operator created: (\S+)/)!;
    const [, password] = first.out().match(/One-time password:\s+(\S+)/)!;
    expect(password.length).toBeGreaterThanOrEqual(12);
    // exactly once in everything the process wrote, logs included
    expect((first.out() + first.err()).split(password)).toHaveLength(2);

    const login = await gql(
      url,
      `mutation { login(email: "${email}", password: "${password}") { token role mustChangePassword } }`,
    );
    expect(login.data.login).toMatchObject({ role: 'OPERATOR', mustChangePassword: true });
    const token: string = login.data.login.token;
    expect((await gql(url, '{ me { email role } }', token)).data.me).toEqual({ email, role: 'OPERATOR' });

    if (testDialect() === 'sqlite') expect(existsSync(join(cwd, 'data', 'steward.sqlite'))).toBe(true);
    expect(existsSync(join(cwd, 'data', 'jwt-secret'))).toBe(true);

    first.child.kill('SIGTERM');
    expect(await exitCode(first)).toBe(0);

    const second = run(cwd, env);
    const [, url2] = await waitForOutput(second, SERVING);
    expect(second.out()).not.toMatch(/One-time password|First operator/);
    expect(second.out() + second.err()).not.toContain(password);
    // the generated JWT secret was kept under ./data: the first run's token is still good
    expect((await gql(url2, '{ me { email } }', token)).data.me.email).toBe(email);
    second.child.kill('SIGTERM');
    expect(await exitCode(second)).toBe(0);
  });

  it('creates the configured operator without printing a password; the configured one signs in', async () => {
    const p = run(tmp(), {
      PORT: '0',
      ...databaseEnv(),
      OPERATOR_EMAIL: 'ops@example.com',
      OPERATOR_PASSWORD: 'a-configured-password',
    });
    const [, url] = await waitForOutput(p, SERVING);
    expect(p.out()).not.toMatch(/password|First operator/i);
    expect(p.out() + p.err()).not.toContain('a-configured-password');
    const login = await gql(
      url,
      'mutation { login(email: "ops@example.com", password: "a-configured-password") { role mustChangePassword } }',
    );
    expect(login.data.login).toEqual({ role: 'OPERATOR', mustChangePassword: false });
    p.child.kill('SIGTERM');
    expect(await exitCode(p)).toBe(0);
  });

  it.each([
    ['PORT', 'not a number', { PORT: 'abc' }],
    ['PORT', 'out of range', { PORT: '70000' }],
    ['DATABASE_URL', 'an unsupported engine', { DATABASE_URL: 'postgres://nowhere/steward' }],
    ['JWT_SECRET', 'empty in production', { NODE_ENV: 'production', JWT_SECRET: '' }],
  ])('exits with code 1 and one line naming %s when it is %s', async (name, _what, vars) => {
    const cwd = tmp();
    const p = run(cwd, { PORT: '0', ...databaseEnv(), ...vars });
    expect(await exitCode(p)).toBe(1);
    const lines = p.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    // no stack frame (`at fn (file:line)` or `file.js:line`); words like "(at least ...)" are fine
    expect(lines[0]).not.toMatch(/\bat [\w.<>]+ \(|\.js:\d+/);
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
