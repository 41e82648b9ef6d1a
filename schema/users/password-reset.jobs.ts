import type { JobHandler, JobRun } from '../../workers/job-handler';
import { PASSWORD_RESET_QUEUE, type PasswordResetService, type ResetRequest } from './password-reset.service';

/** A password-reset request, processed after the caller got its (always identical) receipt. */
export class PasswordResetRequestJob implements JobHandler<ResetRequest> {
  readonly queue = PASSWORD_RESET_QUEUE;

  constructor(private readonly resets: PasswordResetService) {}

  run(job: JobRun<ResetRequest>): Promise<string> {
    return this.resets.process(job.ctx, job.payload);
  }
}
