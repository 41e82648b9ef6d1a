import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../server/config';
import { TEST_AUDIT_SIGNING_KEY } from './support/keys';

describe('configuration', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'steward-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** An environment with a data dir of its own, so no test writes ./data. */
  const env = (vars: Record<string, string | undefined> = {}) => ({
    DATABASE_URL: `sqlite:${dir}/steward.sqlite`,
    ...vars,
  });

  it('has the contract defaults', () => {
    const c = loadConfig(env());
    expect(c).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:4000',
      mailFrom: 'Steward <no-reply@localhost>',
      workers: 1,
      publicRateLimit: 30,
      production: false,
      smtpUrl: undefined,
      corsOrigins: ['http://localhost:4000'],
    });
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32) }).database).toEqual({
      type: 'sqlite',
      path: resolve('data/steward.sqlite'),
    });
  });

  it('derives PUBLIC_URL from PORT', () => {
    expect(loadConfig(env({ PORT: '8080' })).publicUrl).toBe('http://localhost:8080');
  });

  it('parses a MySQL URL', () => {
    expect(
      loadConfig(env({ DATABASE_URL: 'mysql://app:pw@db.internal:3307/steward' })).database,
    ).toMatchObject({ type: 'mysql', database: 'steward' });
  });

  const bad: Array<[string, Record<string, string>]> = [
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '-1' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://localhost/steward' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost:3306' }],
    ['DATABASE_URL', { DATABASE_URL: 'sqlite:' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'ftp://example.com' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'not a url' }],
    ['JWT_SECRET', { JWT_SECRET: 'too-short' }],
    ['SMTP_URL', { SMTP_URL: 'http://mail.example.com' }],
    ['MAIL_FROM', { MAIL_FROM: 'Steward' }],
    ['OPERATOR_EMAIL', { OPERATOR_EMAIL: 'not-an-address' }],
    ['OPERATOR_PASSWORD', { OPERATOR_EMAIL: 'op@example.com', OPERATOR_PASSWORD: 'short' }],
    ['OPERATOR_PASSWORD', { OPERATOR_PASSWORD: 'long-enough-password' }],
    ['WORKERS', { WORKERS: '-1' }],
    ['WORKERS', { WORKERS: 'many' }],
    ['PUBLIC_RATE_LIMIT', { PUBLIC_RATE_LIMIT: 'x' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'portal.example.com' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['JOB_LEASE_MS', { JOB_LEASE_MS: '10' }],
    ['JWT_SECRET', { NODE_ENV: 'production' }],
  ];
  it.each(bad)('refuses a bad %s with one line naming it (%j)', (name, vars) => {
    let error: unknown;
    try {
      loadConfig(env(vars));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
  });

  it('does not repeat credentials from a bad URL', () => {
    for (const vars of [
      { SMTP_URL: 'http://mailer:s3cret-pw@mail.example' },
      { PUBLIC_URL: 'ftp://admin:s3cret-pw@example.com' },
    ]) {
      expect(() => loadConfig(env(vars))).toThrow(ConfigError);
      try {
        loadConfig(env(vars));
      } catch (e) {
        expect((e as Error).message).not.toContain('s3cret-pw');
      }
    }
  });

  it('requires a long JWT_SECRET in production and accepts one', () => {
    const secret = 'p'.repeat(32);
    expect(
      loadConfig(
        env({ NODE_ENV: 'production', JWT_SECRET: secret, AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY }),
      ).jwtSecret,
    ).toBe(secret);
    expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
  });

  it('generates a development JWT secret once, keeps it in the data folder, and reuses it', () => {
    const first = loadConfig(env()).jwtSecret;
    expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(loadConfig(env()).jwtSecret).toBe(first);
  });
});
