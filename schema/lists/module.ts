import { defineModule } from '../common/module';
import { ListResolver } from './list.resolver';
import type { ListService } from './list.service';
import { MailingList } from './mailing-list.entity';

/** A tenant's mailing lists. */
export const listsModule = defineModule<{ lists: ListService }>({
  name: 'lists',
  entities: [MailingList],
  resolvers: [{ type: ListResolver, create: (s) => new ListResolver(s.lists) }],
  handlers: () => [],
  schedules: () => [],
  routes: () => [],
});
