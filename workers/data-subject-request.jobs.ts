import type { RequestService, SubmitPayload } from '../schema/requests/request.service';
import { DSR_MAINTENANCE_QUEUE, DSR_ROUTE_QUEUE, DSR_SUBMIT_QUEUE } from '../schema/requests/request.service';
import type { JobHandler, JobRun } from './job-handler';

/** A submitted request: its row and verification mail, after the caller got its (identical) receipt. */
export class DataSubjectRequestReceiveJob implements JobHandler<SubmitPayload> {
  readonly queue = DSR_SUBMIT_QUEUE;
  constructor(private readonly requests: RequestService) {}
  run(job: JobRun<SubmitPayload>): Promise<string> {
    return this.requests.receive(job);
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
