import type { RateLimiter } from '../common/rate-limiter';
import { defineModule } from '../common/module';
import { ConsentRecord } from './consent-record.entity';
import { ImportConfirmationsJob, ImportJob } from './import.jobs';
import { ImportResolver } from './import.resolver';
import type { ImportService } from './import.service';
import { ListDailyCount } from './list-daily-count.entity';
import type { SignupService } from './signup.service';
import type { SubscriberRetention } from './subscriber-retention';
import {
  SUBSCRIBER_RETENTION_EVERY_MS,
  SUBSCRIBER_RETENTION_QUEUE,
  SubscriberRetentionJob,
} from './subscriber-retention.jobs';
import { Subscriber } from './subscriber.entity';
import { SubscriberResolver } from './subscriber.resolver';
import type { SubscriberService } from './subscriber.service';
import { subscriptionPages } from './subscription.http';
import { SubscriptionRequestJob } from './subscription-request.jobs';
import { SubscriptionToken } from './subscription-token.entity';
import { Suppression } from './suppression.entity';

/** Subscribers, consent, suppression, sign-up and imports, and the confirm and unsubscribe pages. */
export const subscribersModule = defineModule<{
  subscribers: SubscriberService;
  signup: SignupService;
  subscriberRetention: SubscriberRetention;
  imports: ImportService;
  limiter: RateLimiter;
  config: { publicRateLimit: number };
}>({
  name: 'subscribers',
  entities: [Subscriber, ConsentRecord, SubscriptionToken, Suppression, ListDailyCount],
  resolvers: [
    { type: SubscriberResolver, create: (s) => new SubscriberResolver(s.subscribers, s.signup) },
    { type: ImportResolver, create: (s) => new ImportResolver(s.imports) },
  ],
  handlers: (s) => [
    new SubscriptionRequestJob(s.signup),
    new SubscriberRetentionJob(s.subscriberRetention),
    new ImportJob(s.imports),
    new ImportConfirmationsJob(s.imports),
  ],
  schedules: () => [{ queue: SUBSCRIBER_RETENTION_QUEUE, everyMs: SUBSCRIBER_RETENTION_EVERY_MS }],
  routes: (s) => [{ handler: subscriptionPages(s.subscribers, s.limiter, s.config.publicRateLimit) }],
});
