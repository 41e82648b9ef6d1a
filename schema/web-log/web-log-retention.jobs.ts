import type { WebLogService } from './web-log.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';

export const WEB_LOG_RETENTION_QUEUE = 'system.web-log-retention';
export const WEB_LOG_RETENTION_EVERY_MS = 60 * 60 * 1000;

/** Hourly: web access log addresses truncated after WEB_LOG_TRUNCATE_DAYS, rows deleted after WEB_LOG_RETENTION_DAYS. */
export class WebLogRetentionJob implements JobHandler {
  readonly queue = WEB_LOG_RETENTION_QUEUE;

  constructor(private readonly webLog: WebLogService) {}

  run(job: JobRun): Promise<unknown> {
    return this.webLog.maintain(job.ctx);
  }
}
