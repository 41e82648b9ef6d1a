import { defineModule } from '../common/module';
import { WebAccess } from './web-access.entity';
import { WebLogSalt } from './web-log-salt.entity';
import {
  WEB_LOG_RETENTION_EVERY_MS,
  WEB_LOG_RETENTION_QUEUE,
  WebLogRetentionJob,
} from './web-log-retention.jobs';
import { WebLogResolver } from './web-log.resolver';
import type { WebLogService } from './web-log.service';

/** The web access log: pseudonymised requests, daily aggregates, truncation and deletion. */
export const webLogModule = defineModule<{ webLog: WebLogService }>({
  name: 'web-log',
  entities: [WebAccess, WebLogSalt],
  resolvers: [{ type: WebLogResolver, create: (s) => new WebLogResolver(s.webLog) }],
  handlers: (s) => [new WebLogRetentionJob(s.webLog)],
  schedules: () => [{ queue: WEB_LOG_RETENTION_QUEUE, everyMs: WEB_LOG_RETENTION_EVERY_MS }],
  routes: () => [],
});
