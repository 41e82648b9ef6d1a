import type { SubmitPayload } from './request-intake.service';
import type { RequestService } from './request.service';
import {
  DSR_MAINTENANCE_QUEUE,
  DSR_ROUTE_QUEUE,
  DSR_SUBMIT_QUEUE,
  DSR_VERIFY_MAIL_QUEUE,
} from './request.policy';
import type { JobHandler, JobRun } from '../../workers/job-handler';

/** A submitted request: its row and verification mail, after the caller got its (identical) receipt. */
export class DataSubjectRequestReceiveJob implements JobHandler<SubmitPayload> {
  readonly queue = DSR_SUBMIT_QUEUE;
  constructor(private readonly requests: RequestService) {}
  run(job: JobRun<SubmitPayload>): Promise<string> {
    return this.requests.receive(job);
  }
}

/** The end of an address's 10 minutes: one mail listing the requests stored within them. */
export class DataSubjectVerifyMailJob implements JobHandler<{ addressHash: string }> {
  readonly queue = DSR_VERIFY_MAIL_QUEUE;
  constructor(private readonly requests: RequestService) {}
  run(job: JobRun<{ addressHash: string }>): Promise<string> {
    return this.requests.mailDue(job);
  }
}

/** A verified request: one task per controller holding the address. */
export class DataSubjectRequestRouteJob implements JobHandler<{ requestId: string }> {
  readonly queue = DSR_ROUTE_QUEUE;
  constructor(private readonly requests: RequestService) {}
  run(job: JobRun<{ requestId: string }>): Promise<string> {
    return this.requests.route(job);
  }
}

/** Hourly: expiry, purge, DPO reminders and overdue flags. */
export class DataSubjectRequestMaintenanceJob implements JobHandler<unknown> {
  readonly queue = DSR_MAINTENANCE_QUEUE;
  constructor(private readonly requests: RequestService) {}
  run(job: JobRun<unknown>): Promise<unknown> {
    return this.requests.maintain(job.ctx);
  }
}
