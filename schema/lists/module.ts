import { defineModule } from '../common/module';
import { ListConsentWording } from './list-consent-wording.entity';
import type { ListDeletion } from './list-deletion.service';
import { ListResolver } from './list.resolver';
import type { ListService } from './list.service';
import { MailingList } from './mailing-list.entity';

/** A tenant's mailing lists. */
export const listsModule = defineModule<{ lists: ListService; listDeletion: ListDeletion }>({
  name: 'lists',
  entities: [MailingList, ListConsentWording],
  resolvers: [{ type: ListResolver, create: (s) => new ListResolver(s.lists, s.listDeletion) }],
  handlers: () => [],
  schedules: () => [],
  routes: () => [],
});
