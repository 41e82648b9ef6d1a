import 'reflect-metadata';
import { createHmac } from 'node:crypto';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import type express from 'express';
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import { AddressHasher } from '../schema/common/address-hash';
import { BreachAnalysisService } from '../schema/breaches/breach-analysis.service';
import { BreachNoticeWriter } from '../schema/breaches/breach-notice-writer';
import { BreachResolver } from '../schema/breaches/breach.resolver';
import { BreachService } from '../schema/breaches/breach.service';
import { DeliveryResolver } from '../schema/deliveries/delivery.resolver';
import { DeliveryService } from '../schema/deliveries/delivery.service';
import { ListResolver } from '../schema/lists/list.resolver';
import { ListService } from '../schema/lists/list.service';
import { MailService } from '../schema/mail/mail.service';
import { ImportResolver } from '../schema/subscribers/import.resolver';
import { ImportService } from '../schema/subscribers/import.service';
import { SubscriberResolver } from '../schema/subscribers/subscriber.resolver';
import { SubscriberService } from '../schema/subscribers/subscriber.service';
import { ProcessingLogService } from '../schema/processing/processing-log.service';
import { AuditResolver } from '../schema/processing/audit.resolver';
import { AuditService } from '../schema/processing/audit.service';
import { ChainVerifier } from '../schema/processing/chain-verifier';
import { CheckpointSigner } from '../schema/processing/checkpoint-signer';
import { AUDIT_CHECKPOINT_QUEUE, CheckpointService } from '../schema/processing/checkpoint.service';
import { ProcessingLogResolver } from '../schema/processing/processing-log.resolver';
import { RetentionResolver } from '../schema/processing/retention.resolver';
import { RetentionService } from '../schema/processing/retention.service';
import { securityMeasures } from '../schema/processing/security-measures';
import { WebLogRecorder } from '../schema/web-log/web-log-recorder';
import { WebLogResolver } from '../schema/web-log/web-log.resolver';
import { WebLogService } from '../schema/web-log/web-log.service';
import { AuditCheckpointJob } from '../workers/audit-checkpoint.job';
import {
  WEB_LOG_RETENTION_EVERY_MS,
  WEB_LOG_RETENTION_QUEUE,
  WebLogRetentionJob,
} from '../workers/web-log-retention.job';
import { TenantResolver } from '../schema/tenants/tenant.resolver';
import { OffboardingService } from '../schema/tenants/offboarding.service';
import { TenantService } from '../schema/tenants/tenant.service';
import { UserResolver } from '../schema/users/user.resolver';
import { UserService } from '../schema/users/user.service';
import { guardRootFields } from '../tenants/permissions';
import { authenticate } from './http/authenticate';
import { HOUSEKEEPING_EVERY_MS, HOUSEKEEPING_QUEUE, HousekeepingJob } from '../workers/housekeeping.job';
import type { JobHandler } from '../workers/job-handler';
import { JobQueue } from '../workers/job-queue';
import { DeliveryChunkJob, DeliveryFinishJob, DeliveryPrepareJob } from '../workers/delivery.jobs';
import { ImportConfirmationsJob, ImportJob } from '../workers/import.job';
import {
  DataSubjectRequestMaintenanceJob,
  DataSubjectRequestReceiveJob,
  DataSubjectRequestRouteJob,
  DataSubjectVerifyMailJob,
} from '../workers/data-subject-request.jobs';
import { RequestResolver } from '../schema/requests/request.resolver';
import {
  DSR_MAINTENANCE_EVERY_MS,
  DSR_MAINTENANCE_QUEUE,
  RequestService,
} from '../schema/requests/request.service';
import { SubjectDataService } from '../schema/requests/subject-data.service';
import { OffboardTenantJob } from '../workers/offboard-tenant.job';
import { SendMailJob } from '../workers/send-mail.job';
import {
  SUBSCRIBER_RETENTION_EVERY_MS,
  SUBSCRIBER_RETENTION_QUEUE,
  SubscriberRetentionJob,
} from '../workers/subscriber-retention.job';
import { SubscriptionRequestJob } from '../workers/subscription-request.job';
import { WorkerPool } from '../workers/worker-pool';
import { BreachChunkJob, BreachFinishJob } from '../workers/breach-analysis.jobs';
import { createApollo } from './apollo';
import { breachExport } from './breach-export';
import { Role } from '../schema/common/enums';
import { TokenService } from '../schema/users/tokens';
import type { Config } from './config';
import { Database, openDatabase } from './database';
import type { GraphQLContext } from '../tenants/graphql-context';
import { buildGraphQLSchema } from './graphql-schema';
import { corsAllowList, graphqlBodyStack, httpErrorHandler, httpStack } from './http-stack';
import { auditRoutes } from './audit-http';
import { linkPages } from './link-pages';
import { createLogger } from '../schema/common/logger';
import { Metrics } from './metrics';
import { clientNetwork, RateLimiter } from '../schema/common/rate-limiter';

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
  lists: ListService;
  subscribers: SubscriberService;
  deliveries: DeliveryService;
  imports: ImportService;
  requests: RequestService;
  offboarding: OffboardingService;
  checkpoints: CheckpointService;
  audit: AuditService;
  retention: RetentionService;
  webLog: WebLogService;
  webLogRecorder: WebLogRecorder;
  breachAnalysis: BreachAnalysisService;
  breaches: BreachService;
  tokens: TokenService;
  handlers: JobHandler[];
}

export async function createServices(
  config: Config,
  log: Logger = createLogger(config.logLevel),
): Promise<Services> {
  const db = await openDatabase(config.database, { hashKey: config.hashKey });
  const queue = new JobQueue(db);
  const metrics = new Metrics(queue);
  // Keys for hashes derive from the one configured secret, each for a single purpose.
  const limiter = new RateLimiter(
    db,
    createHmac('sha256', config.jwtSecret).update('rate-limit').digest('hex'),
  );
  const processingLog = new ProcessingLogService(db);
  const mail = new MailService(db, queue, new URL(config.publicUrl).hostname || 'steward');
  const tenants = new TenantService(db, processingLog);
  const tokens = new TokenService(config.jwtSecret);
  const users = new UserService(db, tokens, limiter, tenants, processingLog);
  const lists = new ListService(db);
  const hasher = new AddressHasher(config.hashKey);
  const subscribers = new SubscriberService(
    db,
    lists,
    mail,
    queue,
    processingLog,
    hasher,
    limiter,
    config.publicUrl,
  );
  const imports = new ImportService(db, lists, queue, mail, processingLog, hasher, config.publicUrl);
  const transport = config.smtpUrl
    ? nodemailer.createTransport({
        url: config.smtpUrl,
        pool: true,
        maxConnections: 5,
        maxMessages: 100,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- nodemailer's pool options type lacks `url`
      } as any)
    : null;
  const deliveries = new DeliveryService(
    db,
    lists,
    queue,
    processingLog,
    transport,
    config.mailFrom,
    config.publicUrl,
    log,
  );
  const requests = new RequestService(
    db,
    queue,
    mail,
    processingLog,
    hasher,
    subscribers,
    new SubjectDataService(db, hasher),
    config.publicUrl,
  );
  const offboarding = new OffboardingService(db, queue, mail, processingLog, requests, users);
  const verifier = new ChainVerifier(db);
  const signer = new CheckpointSigner(config.auditSigningKey);
  const checkpoints = new CheckpointService(
    db,
    signer,
    verifier,
    config.auditCheckpointFile,
    config.auditTrustedKeys,
    config.auditCheckpointMinutes,
    log,
  );
  const audit = new AuditService(db, processingLog, verifier, checkpoints, tenants, hasher, {
    name: config.processorName,
    contact: config.processorContact,
    transfers: config.dataTransfers,
    securityMeasures: securityMeasures(config, signer.keyId),
  });
  const webLogRetention = {
    truncateDays: config.webLogTruncateDays,
    retentionDays: config.webLogRetentionDays,
  };
  const webLog = new WebLogService(db, processingLog, webLogRetention);
  const webLogRecorder = new WebLogRecorder(db, log);
  webLogRecorder.onDrop = (n) => metrics.webLogDropped.inc(n);
  const retention = new RetentionService(db, webLogRetention);
  const breachAnalysis = new BreachAnalysisService(
    db,
    queue,
    mail,
    processingLog,
    new BreachNoticeWriter(config.privacyContact),
  );
  const breaches = new BreachService(db, breachAnalysis, processingLog, hasher, queue);
  const handlers: JobHandler[] = [
    new SendMailJob(db, transport, config.mailFrom, log, !config.production),
    new HousekeepingJob(db, limiter, processingLog),
    new SubscriptionRequestJob(subscribers),
    new SubscriberRetentionJob(subscribers),
    new DeliveryPrepareJob(deliveries),
    new DeliveryChunkJob(deliveries),
    new DeliveryFinishJob(deliveries),
    new ImportJob(imports),
    new ImportConfirmationsJob(imports),
    new DataSubjectRequestReceiveJob(requests),
    new DataSubjectRequestRouteJob(requests),
    new DataSubjectVerifyMailJob(requests),
    new DataSubjectRequestMaintenanceJob(requests),
    new OffboardTenantJob(offboarding),
    new AuditCheckpointJob(checkpoints),
    new WebLogRetentionJob(webLog),
    new BreachChunkJob(breachAnalysis),
    new BreachFinishJob(breachAnalysis),
  ];
  return {
    config,
    db,
    log,
    metrics,
    queue,
    limiter,
    processingLog,
    mail,
    tenants,
    users,
    lists,
    subscribers,
    deliveries,
    imports,
    requests,
    offboarding,
    checkpoints,
    audit,
    retention,
    webLog,
    webLogRecorder,
    breachAnalysis,
    breaches,
    tokens,
    handlers,
  };
}

export function createWorkerPool(s: Services, loops: number, leaseMs = s.config.jobLeaseMs): WorkerPool {
  return new WorkerPool(
    s.queue,
    s.handlers,
    {
      loops,
      leaseMs,
      schedules: [
        { queue: HOUSEKEEPING_QUEUE, everyMs: HOUSEKEEPING_EVERY_MS },
        { queue: SUBSCRIBER_RETENTION_QUEUE, everyMs: SUBSCRIBER_RETENTION_EVERY_MS },
        { queue: DSR_MAINTENANCE_QUEUE, everyMs: DSR_MAINTENANCE_EVERY_MS },
        { queue: AUDIT_CHECKPOINT_QUEUE, everyMs: s.config.auditCheckpointMinutes * 60_000 },
        { queue: WEB_LOG_RETENTION_QUEUE, everyMs: WEB_LOG_RETENTION_EVERY_MS },
      ],
    },
    s.log,
    s.metrics,
  );
}

/** The HTTP application: security middleware, the GraphQL endpoint and the operations endpoints. */
export async function createHttpApp(
  s: Services,
): Promise<{ app: express.Express; stopApollo: () => Promise<void> }> {
  const resolvers = [
    new UserResolver(s.users),
    new TenantResolver(s.tenants, s.offboarding),
    new ListResolver(s.lists),
    new SubscriberResolver(s.subscribers),
    new DeliveryResolver(s.deliveries),
    new ImportResolver(s.imports),
    new RequestResolver(s.requests),
    new ProcessingLogResolver(s.audit),
    new AuditResolver(s.audit),
    new RetentionResolver(s.retention),
    new WebLogResolver(s.webLog),
    new BreachResolver(s.breaches),
  ];
  const schema = guardRootFields(buildGraphQLSchema(resolvers), {
    beforePublicMutation: (ctx) =>
      s.limiter.consume('public', clientNetwork(ctx.ip), s.config.publicRateLimit, 60_000),
  });
  const apollo = createApollo(schema, { production: s.config.production, log: s.log, metrics: s.metrics });
  await apollo.start();

  const app = httpStack({
    log: s.log,
    metrics: s.metrics,
    trustProxy: s.config.trustProxy,
    production: s.config.production,
  });
  // Every request, in the web access log (buffered: written off the request path).
  app.use(s.webLogRecorder.middleware());
  s.webLogRecorder.start();

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

  app.use(linkPages(s.subscribers, s.deliveries, s.requests, s.limiter, s.config.publicRateLimit));
  app.use('/audit', corsAllowList(s.config.corsOrigins), auditRoutes(s.users, s.audit));
  app.use(breachExport(s.users, s.breaches));

  // Only an operator's verified token may send a large body (a breach report's leaked addresses).
  const operatorBody = (req: express.Request) => {
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!m) return false;
    try {
      return s.tokens.verify(m[1]).role === Role.OPERATOR;
    } catch {
      return false;
    }
  };

  app.use(
    '/graphql',
    ...graphqlBodyStack(s.config.corsOrigins, operatorBody),
    expressMiddleware(apollo, {
      context: ({ req }): Promise<GraphQLContext> => authenticate(s.users, req),
    }),
  );

  app.use(httpErrorHandler(s.log));

  return {
    app,
    stopApollo: async () => {
      await apollo.stop();
      await s.webLogRecorder.stop();
    },
  };
}

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function listen(
  s: Services,
  port = s.config.port,
  host = s.config.host,
): Promise<RunningServer> {
  const { app, stopApollo } = await createHttpApp(s);
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address() as AddressInfo;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
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
