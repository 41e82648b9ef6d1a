import 'reflect-metadata';
import pino from 'pino';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createServices, createWorkerPool, listen, RunningServer, Services } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { WorkerPool } from '../../workers/worker-pool';
import { TEST_AUDIT_SIGNING_KEY } from './keys';
import { freshDatabase, TestDatabase } from './test-db';

export { TEST_AUDIT_SIGNING_KEY };

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789abcdef';
export const OPERATOR_EMAIL = 'operator@steward.test';
export const OPERATOR_PASSWORD = 'operator-password-1234';

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
  operatorToken(): Promise<string>;
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
  let opToken: string | null = null;

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
      opToken ??= await server.login(OPERATOR_EMAIL, OPERATOR_PASSWORD);
      return opToken;
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
