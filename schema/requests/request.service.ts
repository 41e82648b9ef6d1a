import type { AltchaService } from '../altcha/altcha.service';
import type { AddressHasher } from '../common/address-hash';
import type { Database } from '../common/database';
import type { RequestStatus, TaskStatus } from '../common/enums';
import type { RequestContext } from '../../tenants/request-context';
import type { JobRun } from '../../workers/job-handler';
import type { JobQueue } from '../../workers/job-queue';
import type { MailService } from '../mail/mail.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import type { SubscriberService } from '../subscribers/subscriber.service';
import type { Tenant } from '../tenants/tenant.entity';
import { RequestIntakeService, type SubmitPayload } from './request-intake.service';
import { RequestMaintenanceService } from './request-maintenance.service';
import { RequestRoutingService } from './request-routing.service';
import { RequestSummariesService } from './request-summaries.service';
import type { DataSubjectRequestInput, TaskResponseInput } from './request.inputs';
import type {
  DataSubjectRequestStats,
  DataSubjectRequestSummary,
  DataSubjectRequestView,
  DataSubjectTask,
  RequestReceipt,
} from './request.types';
import type { SubjectDataService } from './subject-data.service';
import { TaskService } from './task.service';

// What other modules, tests and benchmarks import from here.
export { HOLDINGS_SQL } from './request-routing.service';
export type { SubmitPayload } from './request-intake.service';
export { RECEIPT_MESSAGE } from './request.mails';
export {
  DSR_MAINTENANCE_EVERY_MS,
  DSR_MAINTENANCE_QUEUE,
  DSR_ROUTE_QUEUE,
  DSR_SUBMIT_QUEUE,
  DSR_VERIFY_MAIL_QUEUE,
  KEEP_AFTER_END_MS,
  MAX_SUMMARIES,
  REMIND_BEFORE_MS,
  STATUS_LINK_GRACE_MS,
  STATUS_LINK_MONTHS,
  VERIFY_MAIL_INTERVAL_MS,
  VERIFY_TTL_MS,
  newReference,
  statusLinkExpiry,
} from './request.policy';

/**
 * Data-subject requests (Art. 15-21), the module's one entry point for its resolver, jobs, link
 * pages and offboarding: intake and verification (RequestIntakeService), routing to every
 * controller that holds the address (RequestRoutingService), the controllers' answers
 * (TaskService), the operators' summaries and the hourly clock (Art. 12(3)). Each method hands
 * over to the part that owns it.
 */
export class RequestService {
  private readonly intake: RequestIntakeService;
  private readonly routing: RequestRoutingService;
  private readonly controllerTasks: TaskService;
  private readonly maintenance: RequestMaintenanceService;
  private readonly operatorSummaries: RequestSummariesService;

  constructor(
    db: Database,
    queue: JobQueue,
    mail: MailService,
    processingLog: ProcessingLogService,
    hasher: AddressHasher,
    subscribers: SubscriberService,
    subjectData: SubjectDataService,
    publicUrl: string,
    private readonly altcha: Pick<AltchaService, 'verify'>,
  ) {
    this.intake = new RequestIntakeService(db, queue, mail, processingLog, hasher, publicUrl);
    this.routing = new RequestRoutingService(db, mail, processingLog, hasher, publicUrl);
    this.controllerTasks = new TaskService(db, mail, processingLog, hasher, subscribers, subjectData);
    this.maintenance = new RequestMaintenanceService(db, mail, processingLog, this.intake);
    this.operatorSummaries = new RequestSummariesService(db);
  }

  /**
   * The public form: the same receipt for anyone. With ALTCHA on, the input's solved challenge is
   * checked and spent once the fields are valid (a typo does not cost the person a new one).
   */
  submit(ctx: RequestContext, input: DataSubjectRequestInput): Promise<RequestReceipt> {
    return this.intake.submit(ctx, input, () => this.altcha.verify(input.altcha));
  }

  /** Job behind `submit`. */
  receive(run: JobRun<SubmitPayload>): Promise<string> {
    return this.intake.receive(run);
  }

  /** Job at the end of an address's 10 minutes. */
  mailDue(run: JobRun<{ addressHash: string }>): Promise<string> {
    return this.intake.mailDue(run);
  }

  /** The verification link. */
  verify(ctx: RequestContext, token: string): Promise<DataSubjectRequestView> {
    return this.intake.verify(ctx, token);
  }

  /** The status link; null for any token that is not a live status token. */
  status(token: string, now?: Date): Promise<DataSubjectRequestView | null> {
    return this.intake.status(token, now);
  }

  /** Job: forwards a verified request to every controller holding the address. */
  route(run: JobRun<{ requestId: string }>): Promise<string> {
    return this.routing.route(run);
  }

  /** The context tenant's tasks, soonest due first. */
  tasks(ctx: RequestContext, status?: TaskStatus | null): Promise<DataSubjectTask[]> {
    return this.controllerTasks.tasks(ctx, status);
  }

  /** A controller's answer. */
  respond(ctx: RequestContext, input: TaskResponseInput): Promise<DataSubjectTask> {
    return this.controllerTasks.respond(ctx, input);
  }

  /** Offboarding: closes the tenant's open tasks and tells each requester whom to ask. */
  closeForOffboarding(ctx: RequestContext, tenant: Tenant, now?: Date): Promise<number> {
    return this.controllerTasks.closeForOffboarding(ctx, tenant, now);
  }

  /** Operators: requests with their task counts, newest first; no personal data. */
  summaries(
    status?: RequestStatus | null,
    overdue?: boolean | null,
    now?: Date,
  ): Promise<DataSubjectRequestSummary[]> {
    return this.operatorSummaries.summaries(status, overdue, now);
  }

  /** Operators: the SLA board's figures (counts by status and week, answer times); no personal data. */
  stats(weeks?: number, now?: Date): Promise<DataSubjectRequestStats> {
    return this.operatorSummaries.stats(weeks, now);
  }

  /** Job, hourly: expiry, purge, lapsed status links, DPO reminders and overdue flags. */
  maintain(ctx: RequestContext, now?: Date) {
    return this.maintenance.maintain(ctx, now);
  }
}
