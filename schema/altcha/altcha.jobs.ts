import type { JobHandler } from '../../workers/job-handler';
import type { AltchaService } from './altcha.service';

export const ALTCHA_PURGE_QUEUE = 'system.altcha-purge';
/** Every 10 minutes, the challenges' lifetime: a spent solution outlives its challenge by at most that. */
export const ALTCHA_PURGE_EVERY_MS = 10 * 60 * 1000;

/** Deletes the spent solutions whose challenges have expired. */
export class AltchaPurgeJob implements JobHandler {
  readonly queue = ALTCHA_PURGE_QUEUE;

  constructor(private readonly altcha: AltchaService) {}

  async run(): Promise<unknown> {
    return { purged: await this.altcha.purge() };
  }
}
