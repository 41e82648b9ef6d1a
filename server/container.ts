import 'reflect-metadata';
import { createHmac } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { AltchaService } from '../schema/altcha/altcha.service';
import { AddressHasher } from '../schema/common/address-hash';
import type { Authenticate } from '../schema/common/http';
import { createLogger } from '../schema/common/logger';
import { RateLimiter } from '../schema/common/rate-limiter';
import { BreachAnalysisService } from '../schema/breaches/breach-analysis.service';
import { BreachNoticeWriter } from '../schema/breaches/breach-notice-writer';
import { BreachNoticesService } from '../schema/breaches/breach-notices.service';
import { BreachViews } from '../schema/breaches/breach-views';
import { BreachService } from '../schema/breaches/breach.service';
import { DeliveryService } from '../schema/deliveries/delivery.service';
import { ListDeletion } from '../schema/lists/list-deletion.service';
import { ListService } from '../schema/lists/list.service';
import { MailService } from '../schema/mail/mail.service';
import { AuditService } from '../schema/processing/audit.service';
import { ChainVerifier } from '../schema/processing/chain-verifier';
import { CheckpointSigner } from '../schema/processing/checkpoint-signer';
import { CheckpointService } from '../schema/processing/checkpoint.service';
import { ProcessingLogService } from '../schema/processing/processing-log.service';
import { RetentionService } from '../schema/processing/retention.service';
import { securityMeasures } from '../schema/processing/security-measures';
import { RequestService } from '../schema/requests/request.service';
import { SubjectDataService } from '../schema/requests/subject-data.service';
import { ConfirmationMail } from '../schema/subscribers/confirmation-mail';
import { ImportService } from '../schema/subscribers/import.service';
import { SignupService } from '../schema/subscribers/signup.service';
import { PreferencesService } from '../schema/subscribers/preferences.service';
import { SubscriberRetention } from '../schema/subscribers/subscriber-retention';
import { SubscriberService } from '../schema/subscribers/subscriber.service';
import { OffboardingService } from '../schema/tenants/offboarding.service';
import { TenantService } from '../schema/tenants/tenant.service';
import { InvitationService } from '../schema/users/invitation.service';
import { OperatorService } from '../schema/users/operator.service';
import { TenantSettingsService } from '../schema/tenants/tenant-settings';
import { SuspensionService } from '../schema/tenants/suspension';
import { SessionService } from '../schema/users/session.service';
import { TeamService } from '../schema/users/team.service';
import { TokenService } from '../schema/users/tokens';
import { UserService } from '../schema/users/user.service';
import { PasswordResetService } from '../schema/users/password-reset.service';
import { SecretBox } from '../schema/users/totp';
import { TwoFactorService } from '../schema/users/two-factor.service';
import { WebLogRecorder } from '../schema/web-log/web-log-recorder';
import { WebLogService } from '../schema/web-log/web-log.service';
import type { JobHandler } from '../workers/job-handler';
import { JobQueue } from '../workers/job-queue';
import { WorkerPool } from '../workers/worker-pool';
import type { Config } from './config';
import { Database, openDatabase } from './database';
import { authenticate } from './http/authenticate';
import { Metrics } from './metrics';
import { MODULES } from './modules';

/** Everything one process runs, wired once (the composition root). */
export interface Services {
  config: Config;
  db: Database;
  log: Logger;
  metrics: Metrics;
  queue: JobQueue;
  limiter: RateLimiter;
  /** the proof of work of the public forms (ALTCHA_HMAC_KEY), off without a key */
  altcha: AltchaService;
  processingLog: ProcessingLogService;
  mail: MailService;
  tenants: TenantService;
  tenantSettings: TenantSettingsService;
  /** suspendTenant / reactivateTenant */
  suspension: SuspensionService;
  users: UserService;
  /** the sessions table (browser sign-ins), owned by the users module */
  sessions: SessionService;
  /** a tenant's users: invitations, roles, removals */
  team: TeamService;
  invitations: InvitationService;
  /** the platform's operators and their invitations */
  operators: OperatorService;
  /** two-factor authentication (TOTP) and password reset by mail, owned by the users module */
  twoFactor: TwoFactorService;
  passwordReset: PasswordResetService;
  lists: ListService;
  /** deleting a list: its deliveries, imports and subscribers with it */
  listDeletion: ListDeletion;
  subscribers: SubscriberService;
  signup: SignupService;
  /** the preferences page and its API */
  preferences: PreferencesService;
  subscriberRetention: SubscriberRetention;
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
  breachViews: BreachViews;
  breaches: BreachService;
  tokens: TokenService;
  /** the pooled SMTP transport, or null without SMTP_URL (mail then stays in the outbox) */
  transport: Transporter | null;
  /** the one authentication path (Bearer or session cookie -> principal -> context), for GraphQL and every route */
  authenticate: Authenticate;
  /** every module's job handlers */
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
  const altcha = new AltchaService(db, config.altchaHmacKey);
  const mail = new MailService(db, queue, new URL(config.publicUrl).hostname || 'steward');
  const tenants = new TenantService(db, processingLog);
  const tokens = new TokenService(config.jwtSecret);
  const publicUrl = new URL(config.publicUrl);
  const sessions = new SessionService(db, publicUrl.protocol === 'https:');
  const twoFactor = new TwoFactorService(db, limiter, processingLog, new SecretBox(config.totpKey));
  const users = new UserService(db, tokens, limiter, tenants, processingLog, sessions, twoFactor);
  const passwordReset = new PasswordResetService(
    db,
    queue,
    mail,
    limiter,
    processingLog,
    sessions,
    config.publicUrl,
  );
  const invitations = new InvitationService(db, limiter, processingLog, config.publicUrl);
  const team = new TeamService(db, tenants, processingLog, sessions, invitations, mail);
  const lists = new ListService(db, processingLog);
  const hasher = new AddressHasher(config.hashKey);
  const confirmations = new ConfirmationMail(db, mail, limiter, config.publicUrl);
  const subscribers = new SubscriberService(db, lists, mail, confirmations, processingLog, hasher);
  const signup = new SignupService(db, queue, subscribers, confirmations, altcha);
  const preferences = new PreferencesService(db, subscribers, signup, processingLog, hasher);
  const subscriberRetention = new SubscriberRetention(db, processingLog);
  const imports = new ImportService(db, lists, queue, confirmations, processingLog, hasher);
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
    mail,
    limiter,
  );
  const listDeletion = new ListDeletion(db, lists, subscribers, deliveries, imports, processingLog);
  const requests = new RequestService(
    db,
    queue,
    mail,
    processingLog,
    hasher,
    subscribers,
    new SubjectDataService(db, hasher),
    config.publicUrl,
    altcha,
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
  const breachNotices = new BreachNoticesService(
    db,
    mail,
    processingLog,
    new BreachNoticeWriter(config.privacyContact),
  );
  const breachAnalysis = new BreachAnalysisService(db, queue, processingLog, breachNotices);
  const breachViews = new BreachViews(db, queue);
  const breaches = new BreachService(
    db,
    breachAnalysis,
    breachNotices,
    breachViews,
    processingLog,
    hasher,
    queue,
  );
  const services: Services = {
    config,
    db,
    log,
    metrics,
    queue,
    limiter,
    altcha,
    processingLog,
    mail,
    tenants,
    tenantSettings: new TenantSettingsService(db, processingLog),
    suspension: new SuspensionService(db, queue, processingLog),
    users,
    sessions,
    team,
    invitations,
    operators: new OperatorService(db, invitations, mail, processingLog),
    twoFactor,
    passwordReset,
    lists,
    listDeletion,
    subscribers,
    signup,
    preferences,
    subscriberRetention,
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
    breachViews,
    breaches,
    tokens,
    transport,
    authenticate: (req, opts) => authenticate(users, req, { ...opts, publicOrigin: publicUrl.origin }),
    handlers: [],
  };
  services.handlers = MODULES.flatMap((m) => m.handlers(services));
  return services;
}

export function createWorkerPool(s: Services, loops: number, leaseMs = s.config.jobLeaseMs): WorkerPool {
  return new WorkerPool(
    s.queue,
    s.handlers,
    {
      loops,
      leaseMs,
      schedules: MODULES.flatMap((m) => m.schedules(s)),
    },
    s.log,
    s.metrics,
  );
}
