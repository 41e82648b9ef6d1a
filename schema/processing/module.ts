import type { Database } from '../common/database';
import type { Authenticate } from '../common/http';
import { defineModule } from '../common/module';
import type { RateLimiter } from '../common/rate-limiter';
import type { MailService } from '../mail/mail.service';
import type { JobQueue } from '../../workers/job-queue';
import type { SessionService } from '../users/session.service';
import { AuditCheckpointJob } from './audit-checkpoint.jobs';
import { auditRoutes } from './audit.http';
import { AuditResolver } from './audit.resolver';
import type { AuditService } from './audit.service';
import { AUDIT_CHECKPOINT_QUEUE, type CheckpointService } from './checkpoint.service';
import { HOUSEKEEPING_EVERY_MS, HOUSEKEEPING_QUEUE, HousekeepingJob } from './housekeeping.jobs';
import { ProcessingLogCheckpoint } from './processing-log-checkpoint.entity';
import { ProcessingLogEntry } from './processing-log-entry.entity';
import { ProcessingLogResolver } from './processing-log.resolver';
import type { ProcessingLogService } from './processing-log.service';
import { RetentionResolver } from './retention.resolver';
import type { RetentionService } from './retention.service';

/** The processing log (tamper-evident, checkpointed), its audit, the record of processing, retention. */
export const processingModule = defineModule<{
  db: Database;
  limiter: RateLimiter;
  mail: MailService;
  queue: JobQueue;
  processingLog: ProcessingLogService;
  audit: AuditService;
  checkpoints: CheckpointService;
  retention: RetentionService;
  sessions: SessionService;
  authenticate: Authenticate;
  config: { auditCheckpointMinutes: number };
}>({
  name: 'processing',
  entities: [ProcessingLogEntry, ProcessingLogCheckpoint],
  resolvers: [
    { type: ProcessingLogResolver, create: (s) => new ProcessingLogResolver(s.audit) },
    { type: AuditResolver, create: (s) => new AuditResolver(s.audit) },
    { type: RetentionResolver, create: (s) => new RetentionResolver(s.retention) },
  ],
  handlers: (s) => [
    new HousekeepingJob(s.db, s.limiter, s.processingLog, s.mail, s.queue, s.sessions),
    new AuditCheckpointJob(s.checkpoints),
  ],
  schedules: (s) => [
    { queue: HOUSEKEEPING_QUEUE, everyMs: HOUSEKEEPING_EVERY_MS },
    { queue: AUDIT_CHECKPOINT_QUEUE, everyMs: s.config.auditCheckpointMinutes * 60_000 },
  ],
  routes: (s) => [{ path: '/audit', crossOrigin: true, handler: auditRoutes(s.authenticate, s.audit) }],
});
