import { RETENTION } from '../common/retention';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import type { RateLimiter } from '../common/rate-limiter';
import { ProcessingPurpose } from '../common/enums';
import type { ProcessingLogService } from './processing-log.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import type { MailService } from '../mail/mail.service';
import type { SessionService } from '../users/session.service';

export const HOUSEKEEPING_QUEUE = 'system.housekeeping';
export const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;

const DAY = 86_400_000;

/** Hourly: deletes old outbox mail, finished jobs, expired sessions and spent rate-limit windows. */
export class HousekeepingJob implements JobHandler {
  readonly queue = HOUSEKEEPING_QUEUE;

  constructor(
    private readonly db: Database,
    private readonly limiter: RateLimiter,
    private readonly processingLog: ProcessingLogService,
    private readonly mail: MailService,
    private readonly jobs: JobQueue,
    private readonly sessions: Pick<SessionService, 'deleteExpired'>,
  ) {}

  async run(job: JobRun): Promise<unknown> {
    const now = Date.now();
    const mailCutoff = new Date(now - RETENTION.sentMailDays * DAY);
    const mail = await this.db.transaction(async () => {
      const purged = await this.mail.purgeFinished(mailCutoff);
      for (const r of purged) {
        await this.processingLog.append(job.ctx, {
          tenantId: r.tenantId,
          purpose: ProcessingPurpose.SERVICE_DELIVERY,
          action: 'mail.purge',
          subjects: r.count,
          dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.MESSAGE_CONTENT],
          description: `Sent and failed mail older than ${RETENTION.sentMailDays} days deleted from the outbox`,
        });
      }
      return purged.reduce((s, r) => s + r.count, 0);
    });
    const jobs = await this.jobs.purgeFinished({
      done: new Date(now - RETENTION.doneJobDays * DAY),
      dead: new Date(now - RETENTION.deadJobDays * DAY),
    });
    const sessions = await this.db.transaction(async () => {
      const expired = await this.sessions.deleteExpired(new Date(now));
      for (const r of expired) {
        await this.processingLog.append(job.ctx, {
          tenantId: r.tenantId,
          purpose: ProcessingPurpose.SECURITY,
          action: 'session.purge',
          subjects: r.count,
          dataCategories: [DataCategory.USER_AGENT],
          description: `${r.count} expired browser session(s) deleted`,
        });
      }
      return expired.reduce((s, r) => s + r.count, 0);
    });
    const windows = await this.limiter.prune(now);
    return { mail, jobs, sessions, windows };
  }
}
