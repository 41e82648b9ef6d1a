import { RETENTION } from '../common/retention';
import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import type { RateLimiter } from '../common/rate-limiter';
import { ProcessingPurpose } from '../common/enums';
import type { ProcessingLogService } from './processing-log.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';
import { Job } from '../../workers/job.entity';

export const HOUSEKEEPING_QUEUE = 'system.housekeeping';
export const HOUSEKEEPING_EVERY_MS = 60 * 60 * 1000;

const DAY = 86_400_000;

/** Hourly: deletes old outbox mail, finished jobs and spent rate-limit windows. */
export class HousekeepingJob implements JobHandler {
  readonly queue = HOUSEKEEPING_QUEUE;

  constructor(
    private readonly db: Database,
    private readonly limiter: RateLimiter,
    private readonly processingLog: ProcessingLogService,
  ) {}

  async run(job: JobRun): Promise<unknown> {
    const now = Date.now();
    const mailCutoff = this.db.param(new Date(now - RETENTION.sentMailDays * DAY));
    const mail = await this.db.transaction(async (em) => {
      const rows: Array<{ tenant_id: string | null; n: number | string }> = await em.query(
        `SELECT tenant_id, COUNT(*) AS n FROM outbound_mail WHERE state IN ('sent', 'kept') AND created_at < ? GROUP BY tenant_id`,
        [mailCutoff],
      );
      if (!rows.length) return 0;
      await em.query(`DELETE FROM outbound_mail WHERE state IN ('sent', 'kept') AND created_at < ?`, [
        mailCutoff,
      ]);
      for (const r of rows) {
        await this.processingLog.append(job.ctx, {
          tenantId: r.tenant_id,
          purpose: ProcessingPurpose.SERVICE_DELIVERY,
          action: 'mail.purge',
          subjects: Number(r.n),
          dataCategories: [DataCategory.EMAIL_ADDRESS, DataCategory.MESSAGE_CONTENT],
          description: `Delivered mail older than ${RETENTION.sentMailDays} days deleted from the outbox`,
        });
      }
      return rows.reduce((s, r) => s + Number(r.n), 0);
    });
    const jobs = await this.db.transaction(async (em) => {
      const purge = async (state: 'done' | 'dead', days: number) =>
        (
          await em
            .createQueryBuilder()
            .delete()
            .from(Job)
            .where('state = :state AND finished_at < :cutoff', {
              state,
              cutoff: this.db.param(new Date(now - days * DAY)),
            })
            .execute()
        ).affected ?? 0;
      return (await purge('done', RETENTION.doneJobDays)) + (await purge('dead', RETENTION.deadJobDays));
    });
    const windows = await this.limiter.prune(now);
    return { mail, jobs, windows };
  }
}
