import 'reflect-metadata';
import pino from 'pino';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createServices, createWorkerPool, listen, RunningServer, Services } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { WorkerPool } from '../../workers/worker-pool';
import { generate } from '@otplib/totp';
import { hashPassword } from '../../schema/users/password';
import { Operator } from '../../schema/users/operator.entity';
import { UserStatus } from '../../schema/users/user-status';
import { newId } from '../../schema/common/ids';
import { base32Decode, base32Encode, nodeCrypto, SecretBox } from '../../schema/users/totp';
import { RecoveryCode, TwoFactorCredential } from '../../schema/users/two-factor.entity';
import { recoveryHash } from '../../schema/users/two-factor.service';
import { randomBytes } from 'node:crypto';
import { TEST_AUDIT_SIGNING_KEY } from './keys';
import { freshDatabase, TestDatabase } from './test-db';

export { TEST_AUDIT_SIGNING_KEY };

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789abcdef';
export const OPERATOR_EMAIL = 'operator@steward.test';
export const OPERATOR_PASSWORD = 'operator-password-1234';
/**
 * Operators must use 2FA: `operatorToken()` is a token of this console operator (2FA on), not of
 * the bootstrap operator above, which stays password-only (its token reaches only `me`, the
 * password change, its sessions and the 2FA setup).
 */
export const CONSOLE_OPERATOR_EMAIL = 'console-operator@steward.test';
export const CONSOLE_OPERATOR_PASSWORD = 'console-operator-password-1234';

/** An operator with 2FA on: its address, password, and a fresh one-time code for each sign-in. */
export interface ConsoleOperator {
  email: string;
  password: string;
  /**
   * A code not used yet: the TOTP code of the earliest time step the server still accepts (this
   * one or the next) after the last one used, else one of its recovery codes, else the TOTP code
   * of the next step once it comes.
   */
  code(): Promise<string>;
}

const TOTP_PERIOD_MS = 30_000;
const currentStep = () => Math.floor(Date.now() / TOTP_PERIOD_MS);

/** The TOTP code of `secret` (base32) for a time step, computed with otplib. */
export const totpCodeOf = (secret: string, step: number): Promise<string> =>
  generate({
    secret: base32Decode(secret),
    crypto: nodeCrypto,
    algorithm: 'sha1',
    digits: 6,
    period: 30,
    epoch: step * 30 + 1,
  });

/** What is known of a database's console operator (a database may outlive one test server). */
interface ConsoleOperatorState {
  secret: string;
  lastStep: number;
  recovery: string[];
}
const consoleOperators = new Map<string, ConsoleOperatorState>();
const databaseKey = (url: string) => {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  return u.toString();
};

export interface GqlResult<T = any> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }>;
  headers: Headers;
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  base: string;
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  services: Services;
  database: TestDatabase;
  workers: WorkerPool | null;
  /** every JSON log line the server wrote */
  logs: string[];
  /** the generated one-time password, when the environment named no OPERATOR_PASSWORD */
  oneTimePassword?: string;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GqlResult<T>>;
  login(email: string, password: string, tenant?: string): Promise<string>;
  /** a token of the console operator (2FA on), signed in once per server with a code */
  operatorToken(): Promise<string>;
  /** the console operator (made on first use, 2FA on with a known secret; otplib computes its codes) */
  consoleOperator(): Promise<ConsoleOperator>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** job loops inside the server (default 0: tests drive workers themselves) */
  workers?: number;
  /** extra environment, e.g. SMTP_URL, PUBLIC_RATE_LIMIT, NODE_ENV */
  env?: Record<string, string>;
  /** reuse a database made by the caller instead of a fresh one */
  database?: TestDatabase;
  /**
   * listen on a free port chosen first and make PUBLIC_URL that address (http://127.0.0.1:PORT), so
   * a browser on `base` is on the server's own origin (the session cookie's checks compare them)
   */
  ownOrigin?: boolean;
}

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A real Steward (real database, real HTTP server on a free port) for one test file. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const database = opts.database ?? freshDatabase();
  const port = opts.ownOrigin ? await freePort() : 0;
  const config = loadConfig({
    DATABASE_URL: database.url,
    JWT_SECRET: TEST_JWT_SECRET,
    AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    OPERATOR_EMAIL,
    OPERATOR_PASSWORD,
    PORT: '0',
    PUBLIC_URL: 'http://localhost:4000',
    WORKERS: String(opts.workers ?? 0),
    PUBLIC_RATE_LIMIT: '0',
    LOG_LEVEL: 'info',
    ...opts.env,
    ...(port ? { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}` } : {}),
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  const services = await createServices(config, pino({ level: config.logLevel }, sink));
  const bootstrap = await services.users.ensureOperator(config.operatorEmail, config.operatorPassword);
  const running: RunningServer = await listen(services, port, '127.0.0.1');
  const workers = config.workers > 0 ? createWorkerPool(services, config.workers) : null;
  workers?.start();
  const base = running.url.replace(/\/graphql$/, '');
  let opToken: Promise<string> | null = null;
  let consoleOp: Promise<ConsoleOperator> | null = null;

  const makeConsoleOperator = async (): Promise<ConsoleOperator> => {
    const key = databaseKey(database.url);
    let state = consoleOperators.get(key);
    if (!state) {
      // Inserted directly (no request, no processing-log entry: the tests that count them count
      // what they do), with a known secret sealed as the server seals its own, and recovery codes.
      const id = newId();
      const secret = base32Encode(randomBytes(20));
      const recovery = Array.from({ length: 10 }, () => {
        const c = base32Encode(randomBytes(7)).slice(0, 10);
        return `${c.slice(0, 5)}-${c.slice(5)}`;
      });
      const now = new Date();
      await services.db.transaction(async (em) => {
        await em.insert(Operator, {
          id,
          email: CONSOLE_OPERATOR_EMAIL,
          passwordHash: await hashPassword(CONSOLE_OPERATOR_PASSWORD),
          mustChangePassword: false,
          createdAt: now,
          status: UserStatus.ACTIVE,
          lastSignInAt: null,
        });
        await em.insert(TwoFactorCredential, {
          kind: 'operator',
          userId: id,
          secret: new SecretBox(config.totpKey).seal(secret),
          enabledAt: now,
          lastTimeStep: null,
          createdAt: now,
        });
        await em.insert(
          RecoveryCode,
          recovery.map((c) => ({
            id: newId(),
            kind: 'operator' as const,
            userId: id,
            tenantId: null,
            codeHash: recoveryHash(c),
            createdAt: now,
          })),
        );
      });
      state = { secret, lastStep: currentStep() - 2, recovery };
      consoleOperators.set(key, state);
    }
    const known = state;
    return {
      email: CONSOLE_OPERATOR_EMAIL,
      password: CONSOLE_OPERATOR_PASSWORD,
      async code() {
        const now = currentStep();
        let step = Math.max(now, known.lastStep + 1);
        if (step > now + 1) {
          const recovery = known.recovery.shift();
          if (recovery) return recovery;
          await new Promise((r) => setTimeout(r, (step - 1) * TOTP_PERIOD_MS - Date.now() + 50));
          step = Math.max(currentStep(), known.lastStep + 1);
        }
        known.lastStep = step;
        return totpCodeOf(known.secret, step);
      },
    };
  };

  const server: TestServer = {
    base,
    url: running.url,
    services,
    database,
    workers,
    logs,
    oneTimePassword: bootstrap?.password,
    async gql(query, variables = {}, token, headers = {}) {
      const res = await fetch(running.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: GqlResult['errors'] };
      return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
    },
    async login(email, password, tenant) {
      const r = await server.gql(
        'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token } }',
        { e: email, p: password, t: tenant ?? null },
      );
      if (!r.data?.login?.token) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
      return r.data.login.token;
    },
    async operatorToken() {
      opToken ??= server.consoleOperator().then(async (op) => {
        const r = await server.gql(
          'mutation($e: String!, $p: String!, $o: String) { login(email: $e, password: $p, otp: $o) { token } }',
          { e: op.email, p: op.password, o: await op.code() },
        );
        if (!r.data?.login?.token) throw new Error(`login failed: ${JSON.stringify(r.errors)}`);
        return r.data.login.token as string;
      });
      return opToken;
    },
    consoleOperator() {
      consoleOp ??= makeConsoleOperator();
      return consoleOp;
    },
    async close() {
      await workers?.stop(2000);
      await running.close();
      await services.db.close();
      if (!opts.database) await database.drop();
    },
  };
  return server;
}

/** The first error's code, for terse assertions. */
export function codeOf(r: GqlResult): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}
