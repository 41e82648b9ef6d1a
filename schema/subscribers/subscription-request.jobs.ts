import type { SubscribeRequest, SubscriberService } from './subscriber.service';
import { SUBSCRIBE_QUEUE } from './subscriber.service';
import type { JobHandler, JobRun } from '../../workers/job-handler';

/** A public sign-up, processed after the caller got its (always identical) receipt. */
export class SubscriptionRequestJob implements JobHandler<SubscribeRequest> {
  readonly queue = SUBSCRIBE_QUEUE;

  constructor(private readonly subscribers: SubscriberService) {}

  run(job: JobRun<SubscribeRequest>): Promise<string> {
    return this.subscribers.processPublicRequest(job.ctx, job.payload);
  }
}
