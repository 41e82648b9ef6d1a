import { createHmac, createPrivateKey, generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** A configuration value that cannot be used; the message names the variable in one line. */
export class ConfigError extends Error {}

export type DatabaseConfig =
  { type: 'sqlite'; path: string } | { type: 'mysql'; url: string; database: string };

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
  /** key of the at-rest encryption of TOTP secrets (two-factor authentication); must never change once used */
  totpKey: string;
  /** job lease; a crashed worker's job is taken over this long after its last renewal */
  jobLeaseMs: number;
  /** Ed25519 private key (PKCS#8 PEM) that signs processing-log checkpoints */
  auditSigningKey: string;
  /** a file outside the database each new checkpoint is appended to (JSON lines), if set */
  auditCheckpointFile?: string;
  /** how often the chain head is checkpointed */
  auditCheckpointMinutes: number;
  /** fingerprints of earlier signing keys whose checkpoints are still trusted (key rotation) */
  auditTrustedKeys: string[];
  /** web access log: client addresses are truncated (IPv4 /24, IPv6 /48) after this many days */
  webLogTruncateDays: number;
  /** web access log: rows are deleted after this many days */
  webLogRetentionDays: number;
  /** the processor named in the record of processing (Art. 30(2)(a)) */
  processorName: string;
  processorContact: string;
  /** transfers of personal data outside the EU/EEA (Art. 30(2)(c)); none unless configured */
  dataTransfers: string[];
  /** Where dev-only state (generated secret, SQLite file) lives. */
  dataDir: string;
  /** the portal's build (vite's output) served at `/` */
  portalDir: string;
  /** ALTCHA_HMAC_KEY: when set, the public forms need a solved proof-of-work challenge */
  altchaHmacKey?: string;
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
    throw new ConfigError(
      `${name} must start with ${protocols.map((p) => p + '//').join(' or ')}, got "${shown(raw)}"`,
    );
  }
  return parsed;
}

export function parseDatabaseUrl(raw: string, name = 'DATABASE_URL'): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path)
      throw new ConfigError(`${name} needs a file after "sqlite:", e.g. sqlite:./data/steward.sqlite`);
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

/**
 * The checkpoint signing key: PEM, or base64 of the PKCS#8 DER. Only Ed25519 is accepted; the
 * messages never repeat the value.
 */
export function parseSigningKey(raw: string, name = 'AUDIT_SIGNING_KEY'): KeyObject {
  const text = raw.trim().replace(/\\n/g, '\n');
  let key: KeyObject;
  try {
    key = text.startsWith('-----BEGIN')
      ? createPrivateKey({ key: text, format: 'pem' })
      : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new ConfigError(
      `${name} must be an Ed25519 private key, as PEM or base64 PKCS#8 (openssl genpkey -algorithm ed25519)`,
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new ConfigError(`${name} must be an Ed25519 key, got ${key.asymmetricKeyType}`);
  return key;
}

/** In development the checkpoint signing key is generated once into the data folder, like the JWT secret. */
function devSigningKey(dataDir: string): string {
  const file = resolve(dataDir, 'audit-signing-key.pem');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Written aside and linked into place (atomic, fails if it exists): of two processes starting
  // together, one key wins and neither reads a half-written file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, pem, { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return readFileSync(file, 'utf8');
  } finally {
    unlinkSync(tmp);
  }
  return pem;
}

/** The installation's folder: the nearest one above this file that holds package.json (the same from src and dist). */
function installDir(): string {
  let dir = __dirname;
  while (!existsSync(resolve(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Reads and validates every variable of the operating contract. Throws ConfigError naming the first bad one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = int(env, 'PORT', 4000, 0, 65535);
  const host = (env.HOST ?? '127.0.0.1').trim() || '127.0.0.1';
  const database = parseDatabaseUrl(env.DATABASE_URL?.trim() || 'sqlite:./data/steward.sqlite');
  const dataDir =
    database.type === 'sqlite' && database.path !== ':memory:' ? dirname(database.path) : resolve('data');

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

  const operatorEmail = env.OPERATOR_EMAIL ? email('OPERATOR_EMAIL', env.OPERATOR_EMAIL) : undefined;
  const operatorPassword = env.OPERATOR_PASSWORD || undefined;
  if (operatorPassword && !operatorEmail)
    throw new ConfigError('OPERATOR_PASSWORD is set but OPERATOR_EMAIL is not');
  if (operatorPassword && operatorPassword.length < 12)
    throw new ConfigError('OPERATOR_PASSWORD must be at least 12 characters');

  const corsOrigins = (env.CORS_ORIGINS?.trim() || new URL(publicUrlRaw).origin)
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of corsOrigins) url('CORS_ORIGINS', o, ['http:', 'https:']);

  const logLevel = (env.LOG_LEVEL ?? 'info').trim();
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const tp = (env.TRUST_PROXY ?? '').trim();
  const trustProxy =
    tp === '' || tp === 'false' ? false : tp === 'true' ? true : /^\d+$/.test(tp) ? Number(tp) : tp;

  // Defaults to a key derived from JWT_SECRET, so a development setup needs nothing; set it on its
  // own in production, so JWT_SECRET can be rotated without losing suppression and routing hashes.
  const hashKey = env.HASH_KEY ?? '';
  if (hashKey && Buffer.byteLength(hashKey) < 32) throw new ConfigError('HASH_KEY must be at least 32 bytes');
  // The same for the key that encrypts TOTP secrets: rotating JWT_SECRET without it turns 2FA off.
  const totpKey = env.TOTP_ENCRYPTION_KEY ?? '';
  if (totpKey && Buffer.byteLength(totpKey) < 32)
    throw new ConfigError('TOTP_ENCRYPTION_KEY must be at least 32 bytes');

  let auditSigningKey: string;
  if (env.AUDIT_SIGNING_KEY?.trim()) {
    auditSigningKey = parseSigningKey(env.AUDIT_SIGNING_KEY)
      .export({ type: 'pkcs8', format: 'pem' })
      .toString();
  } else if (production) {
    throw new ConfigError(
      'AUDIT_SIGNING_KEY is required when NODE_ENV=production (an Ed25519 private key, PEM or base64 PKCS#8)',
    );
  } else {
    auditSigningKey = parseSigningKey(devSigningKey(dataDir))
      .export({ type: 'pkcs8', format: 'pem' })
      .toString();
  }
  const auditTrustedKeys = (env.AUDIT_TRUSTED_KEYS ?? '')
    .split(',')
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  for (const k of auditTrustedKeys) {
    if (!/^[0-9a-f]{64}$/.test(k))
      throw new ConfigError(
        'AUDIT_TRUSTED_KEYS must be comma-separated key fingerprints (64 hex digits each)',
      );
  }
  const webLogTruncateDays = int(env, 'WEB_LOG_TRUNCATE_DAYS', 7, 1, 3650);
  const webLogRetentionDays = int(env, 'WEB_LOG_RETENTION_DAYS', 90, 1, 3650);
  if (webLogRetentionDays < webLogTruncateDays) {
    throw new ConfigError(
      `WEB_LOG_RETENTION_DAYS (${webLogRetentionDays}) must not be shorter than WEB_LOG_TRUNCATE_DAYS (${webLogTruncateDays})`,
    );
  }
  const processorName =
    (env.PROCESSOR_NAME ?? '').trim() || 'Steward email-list hosting (the platform operator)';
  if (processorName.length > 200) throw new ConfigError('PROCESSOR_NAME must be at most 200 characters');
  const processorContact = env.PROCESSOR_CONTACT?.trim()
    ? email('PROCESSOR_CONTACT', env.PROCESSOR_CONTACT)
    : (operatorEmail ?? 'not configured (set PROCESSOR_CONTACT)');
  // The contact point named in breach notices: its own text, or else the processor's contact, or else the sender.
  const privacyContact =
    (env.PRIVACY_CONTACT ?? '').trim() || (env.PROCESSOR_CONTACT?.trim() ? processorContact : mailFrom);
  if (privacyContact.length > 300) throw new ConfigError('PRIVACY_CONTACT must be at most 300 characters');
  const dataTransfers = (env.DATA_TRANSFERS ?? '')
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean);
  if (dataTransfers.some((t) => t.length > 500))
    throw new ConfigError('DATA_TRANSFERS entries must be at most 500 characters each');

  const altchaHmacKey = env.ALTCHA_HMAC_KEY ?? '';
  if (altchaHmacKey && Buffer.byteLength(altchaHmacKey) < 32)
    throw new ConfigError('ALTCHA_HMAC_KEY must be at least 32 bytes (e.g. openssl rand -base64 32)');

  return {
    altchaHmacKey: altchaHmacKey || undefined,
    auditSigningKey,
    auditCheckpointFile: env.AUDIT_CHECKPOINT_FILE?.trim()
      ? resolve(env.AUDIT_CHECKPOINT_FILE.trim())
      : undefined,
    auditCheckpointMinutes: int(env, 'AUDIT_CHECKPOINT_MINUTES', 60, 1, 1440),
    auditTrustedKeys,
    webLogTruncateDays,
    webLogRetentionDays,
    processorName,
    processorContact,
    dataTransfers,
    hashKey: hashKey || createHmac('sha256', jwtSecret).update('steward address hashes').digest('hex'),
    totpKey: totpKey || createHmac('sha256', jwtSecret).update('steward totp secrets').digest('hex'),
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
    portalDir: env.PORTAL_DIR?.trim() ? resolve(env.PORTAL_DIR.trim()) : resolve(installDir(), 'dist/portal'),
  };
}
