import { defineModule } from '../common/module';
import { DataSubjectRequest } from './data-subject-request.entity';
import { DataSubjectTaskRow } from './data-subject-task.entity';
import {
  DataSubjectRequestMaintenanceJob,
  DataSubjectRequestReceiveJob,
  DataSubjectRequestRouteJob,
  DataSubjectVerifyMailJob,
} from './request.jobs';
import { requestRoutes } from './request.http';
import { RequestResolver } from './request.resolver';
import { DSR_MAINTENANCE_EVERY_MS, DSR_MAINTENANCE_QUEUE } from './request.policy';
import type { RequestService } from './request.service';
import { DataSubjectVerifyMail } from './verify-mail.entity';

/** Data-subject requests: intake, verification, routing to every controller, deadlines. */
export const requestsModule = defineModule<{ requests: RequestService }>({
  name: 'requests',
  entities: [DataSubjectRequest, DataSubjectTaskRow, DataSubjectVerifyMail],
  resolvers: [{ type: RequestResolver, create: (s) => new RequestResolver(s.requests) }],
  handlers: (s) => [
    new DataSubjectRequestReceiveJob(s.requests),
    new DataSubjectRequestRouteJob(s.requests),
    new DataSubjectVerifyMailJob(s.requests),
    new DataSubjectRequestMaintenanceJob(s.requests),
  ],
  schedules: () => [{ queue: DSR_MAINTENANCE_QUEUE, everyMs: DSR_MAINTENANCE_EVERY_MS }],
  routes: requestRoutes,
});
