import { defineModule } from '../common/module';
import { DeliveryRecipient } from './delivery-recipient.entity';
import { Delivery } from './delivery.entity';
import { DeliveryChunkJob, DeliveryFinishJob, DeliveryPrepareJob } from './delivery.jobs';
import { deliveryPages } from './delivery.http';
import { DeliveryResolver } from './delivery.resolver';
import type { DeliveryService } from './delivery.service';

/** Sending a message to a list: prepare, chunks, finish, and the opens pixel. */
export const deliveriesModule = defineModule<{ deliveries: DeliveryService }>({
  name: 'deliveries',
  entities: [Delivery, DeliveryRecipient],
  resolvers: [{ type: DeliveryResolver, create: (s) => new DeliveryResolver(s.deliveries) }],
  handlers: (s) => [
    new DeliveryPrepareJob(s.deliveries),
    new DeliveryChunkJob(s.deliveries),
    new DeliveryFinishJob(s.deliveries),
  ],
  schedules: () => [],
  routes: (s) => [{ handler: deliveryPages(s.deliveries) }],
});
