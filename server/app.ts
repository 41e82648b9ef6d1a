import 'reflect-metadata';
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import nodemailer from 'nodemailer';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { MailService } from '../schema/mail/mail.service';
import { ProcessingLogService } from '../schema/processing/processing-log.service';
import { TenantResolver } from '../schema/tenants/tenant.resolver';
import { TenantService } from '../schema/tenants/tenant.service';
import { UserResolver } from '../schema/users/user.resolver';
import { UserService } from '../schema/users/user.service';
import { guardRootFields } from '../tenants/permissions';
import { Principal, RequestContext } from '../tenants/request-context';
import { HOUSEKEEPING_EVERY_MS, HOUSEKEEPING_QUEUE, HousekeepingJob } from '../workers/housekeeping.job';
import type { JobHandler } from '../workers/job-handler';
import { JobQueue } from '../workers/job-queue';
import { SendMailJob } from '../workers/send-mail.job';
import { WorkerPool } from '../workers/worker-pool';
import { createApollo } from './apollo';
import { TokenService } from './auth/tokens';
import type { Config } from './config';
import { Database, openDatabase } from './database';
import type { GraphQLContext } from './graphql-context';
import { buildGraphQLSchema } from './graphql-schema';
import { createLogger } from './logger';
import { Metrics } from './metrics';
import { RateLimiter } from './rate-limiter';

/** Largest accepted request body. */
export const BODY_LIMIT = '1mb';

/** Everything one process runs, wired once (the composition root). */
export interface Services {
  config: Config;
  db: Database;
  log: Logger;
  metrics: Metrics;
  queue: JobQueue;
  limiter: RateLimiter;
  processingLog: ProcessingLogService;
  mail: MailService;
  tenants: TenantService;
  users: UserService;
  handlers: JobHandler[];
}

export async function createServices(config: Config, log: Logger = createLogger(config.logLevel)): Promise<Services> {
  const db = await openDatabase(config.database);
  const queue = new JobQueue(db);
  const metrics = new Metrics(queue);
  // Keys for hashes derive from the one configured secret, each for a single purpose.
  const limiter = new RateLimiter(db, createHmac('sha256', config.jwtSecret).update('rate-limit').digest('hex'));
  const processingLog = new ProcessingLogService(db);
  const mail = new MailService(db, queue, new URL(config.publicUrl).hostname || 'steward');
  const tenants = new TenantService(db, processingLog);
  const users = new UserService(db, new TokenService(config.jwtSecret), limiter, tenants, processingLog);
  const transport = config.smtpUrl
    ? nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: 5, maxMessages: 100 } as any)
    : null;
  const handlers: JobHandler[] = [
    new SendMailJob(db, transport, config.mailFrom, log),
    new HousekeepingJob(db, limiter, processingLog),
  ];
  return { config, db, log, metrics, queue, limiter, processingLog, mail, tenants, users, handlers };
}

export function createWorkerPool(s: Services, loops: number, leaseMs = s.config.jobLeaseMs): WorkerPool {
  return new WorkerPool(
    s.queue,
    s.handlers,
    { loops, leaseMs, schedules: [{ queue: HOUSEKEEPING_QUEUE, everyMs: HOUSEKEEPING_EVERY_MS }] },
    s.log,
    s.metrics,
  );
}

const ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

/** The HTTP application: security middleware, the GraphQL endpoint and the operations endpoints. */
export async function createHttpApp(s: Services): Promise<{ app: express.Express; stopApollo: () => Promise<void> }> {
  const resolvers = [new UserResolver(s.users), new TenantResolver(s.tenants)];
  const schema = guardRootFields(buildGraphQLSchema(resolvers), {
    beforePublicMutation: (ctx) => s.limiter.consume('public', ctx.ip ?? 'unknown', s.config.publicRateLimit, 60_000),
  });
  const apollo = createApollo(schema, { production: s.config.production, log: s.log, metrics: s.metrics });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', s.config.trustProxy);

  app.use(
    pinoHttp({
      logger: s.log,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // The path only: query strings carry tokens, and client addresses are personal data.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/metrics' },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = ROUTES.has(req.path) ? req.path : 'other';
      s.metrics.httpDuration.observe(
        { method: req.method, route, status: String(res.statusCode) },
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    });
    next();
  });
  app.use(helmet({ contentSecurityPolicy: s.config.production ? undefined : false }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await s.db.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unavailable' });
  });
  app.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', s.metrics.registry.contentType);
    res.send(await s.metrics.registry.metrics());
  });

  const allowed = new Set(s.config.corsOrigins);
  app.use(
    '/graphql',
    cors({
      origin: (origin, cb) => cb(null, !origin || allowed.has(origin)),
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
      maxAge: 600,
    }),
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphQLContext> => {
        let principal: Principal = { kind: 'anonymous' };
        let authError: string | undefined;
        const header = req.headers.authorization;
        if (header) {
          const m = /^Bearer\s+(\S+)$/i.exec(header);
          if (!m) authError = 'The Authorization header must be "Bearer <token>"';
          else {
            try {
              principal = await s.users.principalFromToken(m[1]);
            } catch {
              authError = 'The token is invalid or has expired; sign in again';
            }
          }
        }
        const ctx = RequestContext.forRequest(principal, String(req.id), req.ip ?? null, req.headers['user-agent'] ?? null);
        return { ctx, authError };
      },
    }),
  );

  // Malformed JSON and oversized bodies: a contract code, never a stack trace.
  app.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      err.type === 'entity.too.large' ? `Request body larger than ${BODY_LIMIT}` : status < 500 ? 'Malformed request' : 'Internal server error';
    if (status >= 500) s.log.error({ err }, 'http error');
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
  });

  return { app, stopApollo: () => apollo.stop() };
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function listen(s: Services, port = s.config.port, host = s.config.host): Promise<RunningServer> {
  const { app, stopApollo } = await createHttpApp(s);
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shownHost}:${addr.port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await stopApollo();
    },
  };
}
