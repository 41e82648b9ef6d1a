import { defineModule } from '../common/module';
import { Operator } from './operator.entity';
import { Session } from './session.entity';
import { TenantUser } from './tenant-user.entity';
import { UserResolver } from './user.resolver';
import type { UserService } from './user.service';

/** Accounts: operators and tenant users, sign-in, tokens and sessions. */
export const usersModule = defineModule<{ users: UserService }>({
  name: 'users',
  entities: [Operator, TenantUser, Session],
  resolvers: [{ type: UserResolver, create: (s) => new UserResolver(s.users) }],
  handlers: () => [],
  schedules: () => [],
  routes: () => [],
});
