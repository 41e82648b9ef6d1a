import type { SignupService, SubscribeRequest } from './signup.service';
import { SUBSCRIBE_QUEUE } from './signup.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';

/** A public sign-up, processed after the caller got its (always identical) receipt. */
export class SubscriptionRequestJob implements JobHandler<SubscribeRequest> {
  readonly queue = SUBSCRIBE_QUEUE;

  constructor(private readonly signup: SignupService) {}

  run(job: JobRun<SubscribeRequest>): Promise<string> {
    return this.signup.processPublicRequest(job.ctx, job.payload);
  }
}
