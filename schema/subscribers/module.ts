import type { Authenticate } from '../common/http';
import type { Database } from '../common/database';
import type { RateLimiter } from '../common/rate-limiter';
import type { ListService } from '../lists/list.service';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { defineModule } from '../common/module';
import { ConsentRecord } from './consent-record.entity';
import { ImportConfirmationsJob, ImportJob, ImportSweepJob } from './import.jobs';
import { ImportChunk } from './import-chunk.entity';
import { ImportResolver } from './import.resolver';
import { IMPORT_SWEEP_EVERY_MS, IMPORT_SWEEP_QUEUE, type ImportService } from './import.service';
import { ListDailyCount } from './list-daily-count.entity';
import type { SignupService } from './signup.service';
import { preferencesPages } from './preferences.http';
import { PreferencesResolver } from './preferences.resolver';
import type { PreferencesService } from './preferences.service';
import type { SubscriberRetention } from './subscriber-retention';
import {
  SUBSCRIBER_RETENTION_EVERY_MS,
  SUBSCRIBER_RETENTION_QUEUE,
  SubscriberRetentionJob,
} from './subscriber-retention.jobs';
import { Subscriber } from './subscriber.entity';
import { SubscriberResolver } from './subscriber.resolver';
import type { SubscriberService } from './subscriber.service';
import { SubscriberExport } from './subscriber-export';
import { signupPages } from './signup.http';
import { subscriptionPages } from './subscription.http';
import { transferRoutes } from './transfer.http';
import { SubscriptionRequestJob } from './subscription-request.jobs';
import { SubscriptionToken } from './subscription-token.entity';
import { Suppression } from './suppression.entity';

/**
 * Subscribers, consent, suppression, sign-up and imports, the hosted sign-up form and its embed, the
 * confirm and unsubscribe pages, and the preferences page.
 */
export const subscribersModule = defineModule<{
  subscribers: SubscriberService;
  signup: SignupService;
  preferences: PreferencesService;
  subscriberRetention: SubscriberRetention;
  imports: ImportService;
  limiter: RateLimiter;
  db: Database;
  lists: ListService;
  processingLog: ProcessingLogService;
  authenticate: Authenticate;
  altcha: { enabled: boolean };
  config: { publicRateLimit: number; publicUrl: string };
}>({
  name: 'subscribers',
  entities: [Subscriber, ConsentRecord, SubscriptionToken, Suppression, ListDailyCount, ImportChunk],
  resolvers: [
    { type: SubscriberResolver, create: (s) => new SubscriberResolver(s.subscribers, s.signup) },
    { type: ImportResolver, create: (s) => new ImportResolver(s.imports) },
    { type: PreferencesResolver, create: (s) => new PreferencesResolver(s.preferences) },
  ],
  handlers: (s) => [
    new SubscriptionRequestJob(s.signup),
    new SubscriberRetentionJob(s.subscriberRetention),
    new ImportJob(s.imports),
    new ImportConfirmationsJob(s.imports),
    new ImportSweepJob(s.imports),
  ],
  schedules: () => [
    { queue: SUBSCRIBER_RETENTION_QUEUE, everyMs: SUBSCRIBER_RETENTION_EVERY_MS },
    { queue: IMPORT_SWEEP_QUEUE, everyMs: IMPORT_SWEEP_EVERY_MS },
  ],
  routes: (s) => [
    { handler: subscriptionPages(s.subscribers, s.limiter, s.config.publicRateLimit) },
    {
      handler: signupPages(
        s.signup,
        s.limiter,
        s.config.publicRateLimit,
        s.config.publicUrl,
        s.altcha.enabled,
      ),
    },
    {
      handler: preferencesPages(s.preferences, s.limiter, s.config.publicRateLimit, s.config.publicUrl),
    },
    {
      handler: transferRoutes(
        s.authenticate,
        s.imports,
        new SubscriberExport(s.db, s.lists, s.processingLog),
      ),
    },
  ],
});
