import { altchaModule } from '../schema/altcha/module';
import { breachesModule } from '../schema/breaches/module';
import type { StewardModule } from '../schema/common/module';
import { RateLimitBucket } from '../schema/common/rate-limiter';
import { deliveriesModule } from '../schema/deliveries/module';
import { listsModule } from '../schema/lists/module';
import { mailModule } from '../schema/mail/module';
import { portalModule } from '../schema/portal/module';
import { processingModule } from '../schema/processing/module';
import { publicModule } from '../schema/public/module';
import { requestsModule } from '../schema/requests/module';
import { subscribersModule } from '../schema/subscribers/module';
import { tenantsModule } from '../schema/tenants/module';
import { usersModule } from '../schema/users/module';
import { webLogModule } from '../schema/web-log/module';
import { Job } from '../workers/job.entity';
import type { Services } from './container';

/**
 * Every domain of Steward, in the order their HTTP routes are mounted. The entities, the GraphQL
 * resolvers, the job handlers, the timers and the routes of a process all come from this list.
 */
export const MODULES: StewardModule<Services>[] = [
  usersModule,
  tenantsModule,
  listsModule,
  subscribersModule,
  deliveriesModule,
  requestsModule,
  processingModule,
  webLogModule,
  breachesModule,
  mailModule,
  publicModule,
  altchaModule,
  // Last: its fallback serves the portal for every GET no module above answered.
  portalModule,
];

/** The kernel's own tables: the job queue and the rate limiter's buckets. */
export const KERNEL_ENTITIES = [Job, RateLimitBucket];
