import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

/** An Ed25519 key in PEM, as AUDIT_SIGNING_KEY takes it. */
const SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'steward-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** An environment whose data dir is a temp dir, so nothing is written under ./data. */
  const env = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    DATABASE_URL: `sqlite:${dir}/x.sqlite`,
    ...vars,
  });

  const errorOf = (vars: NodeJS.ProcessEnv): unknown => {
    try {
      loadConfig(vars);
    } catch (e) {
      return e;
    }
    return undefined;
  };

  describe('refuses a bad value with a one-line ConfigError naming the variable', () => {
    const cases: Array<[string, string, Record<string, string>]> = [
      ['PORT', 'not a number', { PORT: 'abc' }],
      ['PORT', 'out of range', { PORT: '70000' }],
      ['PORT', 'a fraction', { PORT: '80.5' }],
      ['PORT', 'negative', { PORT: '-1' }],
      ['DATABASE_URL', 'an unsupported engine', { DATABASE_URL: 'postgres://x' }],
      ['DATABASE_URL', 'a MySQL URL without a database', { DATABASE_URL: 'mysql://host' }],
      ['DATABASE_URL', 'a MySQL URL with an empty database', { DATABASE_URL: 'mysql://user:pw@host:3306/' }],
      ['DATABASE_URL', 'sqlite without a file', { DATABASE_URL: 'sqlite:' }],
      ['PUBLIC_URL', 'a non-HTTP scheme', { PUBLIC_URL: 'ftp://x' }],
      ['PUBLIC_URL', 'not a URL', { PUBLIC_URL: 'localhost:4000' }],
      ['PUBLIC_URL', 'not parseable as a URL', { PUBLIC_URL: 'not a url' }],
      ['JWT_SECRET', 'too short', { JWT_SECRET: 'only-31-bytes-long-secret-value' }],
      ['SMTP_URL', 'a non-SMTP scheme', { SMTP_URL: 'http://x' }],
      ['MAIL_FROM', 'no address', { MAIL_FROM: 'Steward' }],
      ['WORKERS', 'negative', { WORKERS: '-1' }],
      ['WORKERS', 'too many', { WORKERS: '1000' }],
      ['WORKERS', 'not a number', { WORKERS: 'many' }],
      ['PUBLIC_RATE_LIMIT', 'not a number', { PUBLIC_RATE_LIMIT: 'x' }],
      [
        'OPERATOR_EMAIL',
        'not an address',
        { OPERATOR_EMAIL: 'operator', OPERATOR_PASSWORD: 'long-enough-password' },
      ],
      ['OPERATOR_EMAIL', 'not an address, without a password', { OPERATOR_EMAIL: 'not-an-address' }],
      ['OPERATOR_PASSWORD', 'too short', { OPERATOR_EMAIL: 'op@example.com', OPERATOR_PASSWORD: 'short-pw' }],
      ['OPERATOR_PASSWORD', 'set without OPERATOR_EMAIL', { OPERATOR_PASSWORD: 'long-enough-password' }],
      [
        'CORS_ORIGINS',
        'an origin without a scheme',
        { CORS_ORIGINS: 'https://ok.example.com,portal.example.com' },
      ],
      ['CORS_ORIGINS', 'a non-HTTP origin', { CORS_ORIGINS: 'ftp://files.example.com' }],
      ['LOG_LEVEL', 'an unknown level', { LOG_LEVEL: 'loud' }],
      ['JOB_LEASE_MS', 'too short', { JOB_LEASE_MS: '10' }],
      ['JWT_SECRET', 'missing in production', { NODE_ENV: 'production' }],
      ['JWT_SECRET', 'too short in production', { NODE_ENV: 'production', JWT_SECRET: 'short' }],
    ];

    it.each(cases)('%s: %s', (name, _what, vars) => {
      const error = errorOf(env(vars));
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain(name);
      expect(message).not.toMatch(/[\r\n]/);
      expect(message.length).toBeLessThan(200);
    });

    it('never repeats a secret in the message', () => {
      const cases: Array<Record<string, string>> = [
        { JWT_SECRET: 'short-secret-value' },
        { OPERATOR_EMAIL: 'op@example.com', OPERATOR_PASSWORD: 'pw-secret' },
      ];
      for (const vars of cases) {
        const message = (errorOf(env(vars)) as Error).message;
        for (const secret of Object.values(vars).filter((v) => !v.includes('@')))
          expect(message).not.toContain(secret);
      }
    });

    it('does not repeat credentials from a bad URL', () => {
      const cases: Array<Record<string, string>> = [
        { SMTP_URL: 'http://mailer:s3cret-pw@mail.example' },
        { PUBLIC_URL: 'ftp://admin:s3cret-pw@example.com' },
      ];
      for (const vars of cases) {
        const error = errorOf(env(vars));
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as Error).message).not.toContain('s3cret-pw');
      }
    });

    it('writes nothing when it refuses', () => {
      expect(errorOf(env({ PORT: 'abc' }))).toBeInstanceOf(ConfigError);
      expect(errorOf(env({ NODE_ENV: 'production' }))).toBeInstanceOf(ConfigError);
      expect(() => statSync(join(dir, 'jwt-secret'))).toThrow();
    });
  });

  describe('defaults (the operating contract)', () => {
    it('PORT 4000, HOST 127.0.0.1, PUBLIC_URL http://localhost:$PORT, MAIL_FROM, WORKERS 1, PUBLIC_RATE_LIMIT 30', () => {
      expect(loadConfig(env())).toMatchObject({
        port: 4000,
        host: '127.0.0.1',
        publicUrl: 'http://localhost:4000',
        mailFrom: 'Steward <no-reply@localhost>',
        workers: 1,
        publicRateLimit: 30,
        smtpUrl: undefined,
        operatorEmail: undefined,
        operatorPassword: undefined,
        production: false,
        corsOrigins: ['http://localhost:4000'],
        logLevel: 'info',
      });
    });

    it('DATABASE_URL sqlite:./data/steward.sqlite, relative to the working directory', () => {
      // JWT_SECRET given, so nothing is written to ./data
      const c = loadConfig({ JWT_SECRET: 'j'.repeat(32) });
      expect(c.database).toEqual({ type: 'sqlite', path: resolve('data', 'steward.sqlite') });
      expect(c.dataDir).toBe(resolve('data'));
    });

    it('PUBLIC_URL follows PORT, and CORS_ORIGINS follows PUBLIC_URL', () => {
      expect(loadConfig(env({ PORT: '8080' })).publicUrl).toBe('http://localhost:8080');
      const c = loadConfig(env({ PUBLIC_URL: 'https://lists.example.com/' }));
      expect(c.publicUrl).toBe('https://lists.example.com');
      expect(c.corsOrigins).toEqual(['https://lists.example.com']);
    });

    it('treats empty values as unset', () => {
      expect(
        loadConfig(env({ PORT: '', WORKERS: '', PUBLIC_RATE_LIMIT: '', SMTP_URL: '', MAIL_FROM: '' })),
      ).toMatchObject({
        port: 4000,
        workers: 1,
        publicRateLimit: 30,
        smtpUrl: undefined,
        mailFrom: 'Steward <no-reply@localhost>',
      });
    });
  });

  describe('accepted values', () => {
    it('reads every variable', () => {
      const c = loadConfig({
        PORT: '8081',
        HOST: '0.0.0.0',
        DATABASE_URL: 'mysql://app:pw@db.internal:3307/steward',
        PUBLIC_URL: 'https://lists.example.com',
        JWT_SECRET: 's'.repeat(32),
        SMTP_URL: 'smtps://user:pw@mail.example.com:465',
        MAIL_FROM: 'Lists <lists@example.com>',
        OPERATOR_EMAIL: ' Ops@Example.COM ',
        OPERATOR_PASSWORD: 'twelve-chars',
        WORKERS: '0',
        PUBLIC_RATE_LIMIT: '0',
        CORS_ORIGINS: 'https://portal.example.com, https://admin.example.com',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        AUDIT_SIGNING_KEY: SIGNING_KEY,
      });
      expect(c).toMatchObject({
        port: 8081,
        host: '0.0.0.0',
        database: { type: 'mysql', database: 'steward' },
        publicUrl: 'https://lists.example.com',
        jwtSecret: 's'.repeat(32),
        smtpUrl: 'smtps://user:pw@mail.example.com:465',
        mailFrom: 'Lists <lists@example.com>',
        operatorEmail: 'ops@example.com',
        operatorPassword: 'twelve-chars',
        workers: 0,
        publicRateLimit: 0,
        corsOrigins: ['https://portal.example.com', 'https://admin.example.com'],
        logLevel: 'warn',
        production: true,
      });
    });

    it('accepts the edges of the ranges: PORT 0 and 65535', () => {
      expect(loadConfig(env({ PORT: '0' })).port).toBe(0);
      expect(loadConfig(env({ PORT: '65535' })).port).toBe(65535);
    });

    it('accepts a mariadb:// URL as MySQL', () => {
      expect(
        loadConfig(env({ DATABASE_URL: 'mariadb://root@127.0.0.1:3306/steward' })).database,
      ).toMatchObject({ type: 'mysql', database: 'steward' });
    });
  });

  describe('JWT secret in development', () => {
    it('is generated once under the data dir, readable by the owner only, and reused', () => {
      const first = loadConfig(env()).jwtSecret;
      expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(32);
      const file = join(dir, 'jwt-secret');
      expect(readFileSync(file, 'utf8').trim()).toBe(first);
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(loadConfig(env()).jwtSecret).toBe(first);
      expect(loadConfig(env({ PORT: '5000' })).jwtSecret).toBe(first);
    });

    it('differs between data dirs', () => {
      const other = mkdtempSync(join(tmpdir(), 'steward-config-'));
      try {
        const a = loadConfig(env()).jwtSecret;
        const b = loadConfig({ DATABASE_URL: `sqlite:${other}/x.sqlite` }).jwtSecret;
        expect(a).not.toBe(b);
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
    });

    it('is not generated when JWT_SECRET is set, in development or production', () => {
      const secret = 'given-secret-that-is-long-enough-1234';
      expect(loadConfig(env({ JWT_SECRET: secret })).jwtSecret).toBe(secret);
      expect(
        loadConfig(env({ JWT_SECRET: secret, NODE_ENV: 'production', AUDIT_SIGNING_KEY: SIGNING_KEY }))
          .jwtSecret,
      ).toBe(secret);
      expect(() => statSync(join(dir, 'jwt-secret'))).toThrow();
    });

    it('derives the address-hash key from the secret unless HASH_KEY is set', () => {
      const a = loadConfig(env({ JWT_SECRET: 'a'.repeat(32) })).hashKey;
      expect(loadConfig(env({ JWT_SECRET: 'a'.repeat(32) })).hashKey).toBe(a);
      expect(loadConfig(env({ JWT_SECRET: 'b'.repeat(32) })).hashKey).not.toBe(a);
      expect(a).not.toContain('a'.repeat(32));
      const fixed = 'h'.repeat(32);
      expect(loadConfig(env({ JWT_SECRET: 'b'.repeat(32), HASH_KEY: fixed })).hashKey).toBe(fixed);
    });
  });

  describe('audit and web-log settings', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const ed = generateKeyPairSync('ed25519').privateKey;
    const cases: Array<[string, string, Record<string, string>]> = [
      ['AUDIT_SIGNING_KEY', 'garbage', { AUDIT_SIGNING_KEY: 'not-a-key-at-all' }],
      ['AUDIT_SIGNING_KEY', 'an RSA key', { AUDIT_SIGNING_KEY: rsa }],
      ['AUDIT_SIGNING_KEY', 'missing in production', { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32) }],
      ['AUDIT_TRUSTED_KEYS', 'not fingerprints', { AUDIT_TRUSTED_KEYS: 'abc,def' }],
      ['AUDIT_CHECKPOINT_MINUTES', 'zero', { AUDIT_CHECKPOINT_MINUTES: '0' }],
      ['AUDIT_CHECKPOINT_MINUTES', 'more than a day', { AUDIT_CHECKPOINT_MINUTES: '1441' }],
      ['WEB_LOG_TRUNCATE_DAYS', 'not a number', { WEB_LOG_TRUNCATE_DAYS: 'seven' }],
      ['WEB_LOG_TRUNCATE_DAYS', 'zero', { WEB_LOG_TRUNCATE_DAYS: '0' }],
      ['WEB_LOG_RETENTION_DAYS', 'negative', { WEB_LOG_RETENTION_DAYS: '-1' }],
      [
        'WEB_LOG_RETENTION_DAYS',
        'shorter than the truncation',
        { WEB_LOG_TRUNCATE_DAYS: '30', WEB_LOG_RETENTION_DAYS: '10' },
      ],
      ['PROCESSOR_CONTACT', 'not an address', { PROCESSOR_CONTACT: 'privacy desk' }],
      ['PROCESSOR_NAME', 'too long', { PROCESSOR_NAME: 'n'.repeat(201) }],
      ['DATA_TRANSFERS', 'an entry too long', { DATA_TRANSFERS: 'x'.repeat(501) }],
    ];
    it.each(cases)('refuses %s: %s, in one line naming it', (name, _what, vars) => {
      const error = errorOf(env(vars));
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain(name);
      expect(message).not.toMatch(/[\r\n]/);
      expect(message).not.toContain('BEGIN');
      expect(message).not.toContain('not-a-key-at-all');
    });

    it('defaults: truncate web-log addresses after 7 days, delete after 90, checkpoint hourly, no transfers', () => {
      expect(loadConfig(env())).toMatchObject({
        webLogTruncateDays: 7,
        webLogRetentionDays: 90,
        auditCheckpointMinutes: 60,
        auditCheckpointFile: undefined,
        auditTrustedKeys: [],
        dataTransfers: [],
        processorContact: 'not configured (set PROCESSOR_CONTACT)',
      });
      expect(
        loadConfig(env({ OPERATOR_EMAIL: 'ops@example.com', OPERATOR_PASSWORD: 'long-enough-pw' }))
          .processorContact,
      ).toBe('ops@example.com');
    });

    it('reads every audit and web-log variable', () => {
      const fp = 'AB'.repeat(32);
      expect(
        loadConfig(
          env({
            AUDIT_SIGNING_KEY: ed.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
            AUDIT_CHECKPOINT_FILE: 'checkpoints.jsonl',
            AUDIT_CHECKPOINT_MINUTES: '15',
            AUDIT_TRUSTED_KEYS: ` ${fp}, ${'0'.repeat(64)} `,
            WEB_LOG_TRUNCATE_DAYS: '2',
            WEB_LOG_RETENTION_DAYS: '2',
            PROCESSOR_NAME: 'Hosting Ltd',
            PROCESSOR_CONTACT: ' DPO@Hosting.example ',
            DATA_TRANSFERS: 'Backups in the USA (SCCs); ; Support in Canada ',
          }),
        ),
      ).toMatchObject({
        auditSigningKey: ed.export({ type: 'pkcs8', format: 'pem' }).toString(),
        auditCheckpointFile: resolve('checkpoints.jsonl'),
        auditCheckpointMinutes: 15,
        auditTrustedKeys: [fp.toLowerCase(), '0'.repeat(64)],
        webLogTruncateDays: 2,
        webLogRetentionDays: 2,
        processorName: 'Hosting Ltd',
        processorContact: 'dpo@hosting.example',
        dataTransfers: ['Backups in the USA (SCCs)', 'Support in Canada'],
      });
      // PEM with its line breaks written as \n, as some secret stores hand it over.
      expect(loadConfig(env({ AUDIT_SIGNING_KEY: SIGNING_KEY.replace(/\n/g, '\\n') })).auditSigningKey).toBe(
        SIGNING_KEY,
      );
    });

    it('generates a development signing key once under the data dir, readable by the owner only, and reuses it', () => {
      const first = loadConfig(env()).auditSigningKey;
      const file = join(dir, 'audit-signing-key.pem');
      expect(readFileSync(file, 'utf8')).toBe(first);
      expect(statSync(file).mode & 0o077).toBe(0);
      expect(loadConfig(env()).auditSigningKey).toBe(first);
      expect(loadConfig(env({ AUDIT_SIGNING_KEY: SIGNING_KEY })).auditSigningKey).toBe(SIGNING_KEY);
    });
  });
});
