import type { RateLimiter } from '../common/rate-limiter';
import { defineModule } from '../common/module';
import type { DeliveryService } from '../deliveries/delivery.service';
import type { RequestService } from '../requests/request.service';
import { ConsentRecord } from './consent-record.entity';
import { ImportConfirmationsJob, ImportJob } from './import.jobs';
import { ImportResolver } from './import.resolver';
import type { ImportService } from './import.service';
import { linkPages } from './link-pages.http';
import { ListDailyCount } from './list-daily-count.entity';
import {
  SUBSCRIBER_RETENTION_EVERY_MS,
  SUBSCRIBER_RETENTION_QUEUE,
  SubscriberRetentionJob,
} from './subscriber-retention.jobs';
import { Subscriber } from './subscriber.entity';
import { SubscriberResolver } from './subscriber.resolver';
import type { SubscriberService } from './subscriber.service';
import { SubscriptionRequestJob } from './subscription-request.jobs';
import { SubscriptionToken } from './subscription-token.entity';
import { Suppression } from './suppression.entity';

/** Subscribers, consent, suppression, sign-up and imports, and the pages reached from a mail. */
export const subscribersModule = defineModule<{
  subscribers: SubscriberService;
  imports: ImportService;
  deliveries: DeliveryService;
  requests: RequestService;
  limiter: RateLimiter;
  config: { publicRateLimit: number };
}>({
  name: 'subscribers',
  entities: [Subscriber, ConsentRecord, SubscriptionToken, Suppression, ListDailyCount],
  resolvers: [
    { type: SubscriberResolver, create: (s) => new SubscriberResolver(s.subscribers) },
    { type: ImportResolver, create: (s) => new ImportResolver(s.imports) },
  ],
  handlers: (s) => [
    new SubscriptionRequestJob(s.subscribers),
    new SubscriberRetentionJob(s.subscribers),
    new ImportJob(s.imports),
    new ImportConfirmationsJob(s.imports),
  ],
  schedules: () => [{ queue: SUBSCRIBER_RETENTION_QUEUE, everyMs: SUBSCRIBER_RETENTION_EVERY_MS }],
  routes: (s) => [
    { handler: linkPages(s.subscribers, s.deliveries, s.requests, s.limiter, s.config.publicRateLimit) },
  ],
});
