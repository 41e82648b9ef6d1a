import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A configuration value that cannot be used; the message names the variable in one line. */
export class ConfigError extends Error {}

export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | { type: 'mysql'; url: string; database: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  publicUrl: string;
  jwtSecret: string;
  smtpUrl?: string;
  mailFrom: string;
  /** the platform's contact point for breach notices (Art. 33(3)(b)) */
  privacyContact: string;
  operatorEmail?: string;
  operatorPassword?: string;
  workers: number;
  publicRateLimit: number;
  production: boolean;
  corsOrigins: string[];
  logLevel: string;
  /** Express `trust proxy`: hops or subnets in front of Steward whose X-Forwarded-For is believed */
  trustProxy: boolean | number | string;
  /** key of the keyed address hashes (suppression, data-subject routing); must never change once used */
  hashKey: string;
  /** job lease; a crashed worker's job is taken over this long after its last renewal */
  jobLeaseMs: number;
  /** Where dev-only state (generated secret, SQLite file) lives. */
  dataDir: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const n = Number(raw.trim());
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** A URL for an error message: credentials in it (user:password@) are not repeated. */
function shown(raw: string): string {
  return raw.replace(/\/\/[^/@\s]*@/, '//***@');
}

function url(name: string, raw: string, protocols: string[]): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL: "${shown(raw)}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => p + '//').join(' or ')}, got "${shown(raw)}"`);
  }
  return parsed;
}

export function parseDatabaseUrl(raw: string, name = 'DATABASE_URL'): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new ConfigError(`${name} needs a file after "sqlite:", e.g. sqlite:./data/steward.sqlite`);
    return { type: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  if (raw.startsWith('mysql://') || raw.startsWith('mariadb://')) {
    const parsed = url(name, raw.replace(/^mariadb:/, 'mysql:'), ['mysql:']);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    if (!/^[A-Za-z0-9_$]{1,64}$/.test(database)) {
      throw new ConfigError(`${name} must name a database, e.g. mysql://user:pass@host:3306/steward`);
    }
    return { type: 'mysql', url: parsed.toString(), database };
  }
  throw new ConfigError(`${name} must be sqlite:PATH or mysql://user:pass@host:port/db`);
}

function email(name: string, raw: string): string {
  const v = raw.trim().toLowerCase();
  if (!/^[^\s@]{1,64}@[^\s@]{1,190}$/.test(v)) throw new ConfigError(`${name} is not an email address`);
  return v;
}

/**
 * In development the JWT secret is generated once and kept in the data folder, so tokens survive
 * a restart; production must bring its own.
 */
function devSecret(dataDir: string): string {
  const file = resolve(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** Reads and validates every variable of the operating contract. Throws ConfigError naming the first bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = int(env, 'PORT', 4000, 0, 65535);
  const host = (env.HOST ?? '127.0.0.1').trim() || '127.0.0.1';
  const database = parseDatabaseUrl(env.DATABASE_URL?.trim() || 'sqlite:./data/steward.sqlite');
  const dataDir = database.type === 'sqlite' && database.path !== ':memory:' ? dirname(database.path) : resolve('data');

  const publicUrlRaw = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  url('PUBLIC_URL', publicUrlRaw, ['http:', 'https:']);

  let jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret) {
    if (Buffer.byteLength(jwtSecret) < 32) throw new ConfigError('JWT_SECRET must be at least 32 bytes');
  } else if (production) {
    throw new ConfigError('JWT_SECRET is required when NODE_ENV=production (at least 32 bytes)');
  } else {
    jwtSecret = devSecret(dataDir);
  }

  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  if (smtpUrl) url('SMTP_URL', smtpUrl, ['smtp:', 'smtps:']);

  const mailFrom = env.MAIL_FROM?.trim() || 'Steward <no-reply@localhost>';
  if (!/@/.test(mailFrom)) throw new ConfigError('MAIL_FROM must contain an email address');

  const privacyContact = (env.PRIVACY_CONTACT ?? '').trim() || mailFrom;
  if (privacyContact.length > 300) throw new ConfigError('PRIVACY_CONTACT must be at most 300 characters');

  const operatorEmail = env.OPERATOR_EMAIL ? email('OPERATOR_EMAIL', env.OPERATOR_EMAIL) : undefined;
  const operatorPassword = env.OPERATOR_PASSWORD || undefined;
  if (operatorPassword && !operatorEmail) throw new ConfigError('OPERATOR_PASSWORD is set but OPERATOR_EMAIL is not');
  if (operatorPassword && operatorPassword.length < 12) throw new ConfigError('OPERATOR_PASSWORD must be at least 12 characters');

  const corsOrigins = (env.CORS_ORIGINS?.trim() || new URL(publicUrlRaw).origin)
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of corsOrigins) url('CORS_ORIGINS', o, ['http:', 'https:']);

  const logLevel = (env.LOG_LEVEL ?? 'info').trim();
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const tp = (env.TRUST_PROXY ?? '').trim();
  const trustProxy = tp === '' || tp === 'false' ? false : tp === 'true' ? true : /^\d+$/.test(tp) ? Number(tp) : tp;

  // Defaults to a key derived from JWT_SECRET, so a development setup needs nothing; set it on its
  // own in production, so JWT_SECRET can be rotated without losing suppression and routing hashes.
  const hashKey = env.HASH_KEY ?? '';
  if (hashKey && Buffer.byteLength(hashKey) < 32) throw new ConfigError('HASH_KEY must be at least 32 bytes');

  return {
    hashKey: hashKey || createHmac('sha256', jwtSecret).update('steward address hashes').digest('hex'),
    trustProxy,
    jobLeaseMs: int(env, 'JOB_LEASE_MS', 30_000, 500, 3_600_000),
    port,
    host,
    database,
    publicUrl: publicUrlRaw,
    jwtSecret,
    smtpUrl,
    mailFrom,
    privacyContact,
    operatorEmail,
    operatorPassword,
    workers: int(env, 'WORKERS', 1, 0, 64),
    publicRateLimit: int(env, 'PUBLIC_RATE_LIMIT', 30, 0, 1_000_000),
    production,
    corsOrigins,
    logLevel,
    dataDir,
  };
}
