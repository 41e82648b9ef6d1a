import { PURGE_BATCH, type SubscriberRetention } from './subscriber-retention';
import type { JobHandler, JobRun } from '../../workers/job-handler';

export const SUBSCRIBER_RETENTION_QUEUE = 'system.subscriber-retention';
export const SUBSCRIBER_RETENTION_EVERY_MS = 60 * 60 * 1000;

/** Hourly: unconfirmed sign-ups past the confirmation window, and expired link tokens, are deleted. */
export class SubscriberRetentionJob implements JobHandler {
  readonly queue = SUBSCRIBER_RETENTION_QUEUE;

  constructor(private readonly retention: SubscriberRetention) {}

  async run(job: JobRun): Promise<unknown> {
    let purged = 0;
    // purgeExpired takes at most a batch per call; keep going until a short batch.
    for (
      let batch = await this.retention.purgeExpired(job.ctx);
      ;
      batch = await this.retention.purgeExpired(job.ctx)
    ) {
      purged += batch;
      if (batch < PURGE_BATCH || job.signal.aborted) break;
    }
    return { purged };
  }
}
