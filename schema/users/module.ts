import { defineModule } from '../common/module';
import { Operator } from './operator.entity';
import { TenantUser } from './tenant-user.entity';
import { UserResolver } from './user.resolver';
import type { UserService } from './user.service';

/** Accounts: operators and tenant users, sign-in, tokens. */
export const usersModule = defineModule<{ users: UserService }>({
  name: 'users',
  entities: [Operator, TenantUser],
  resolvers: [{ type: UserResolver, create: (s) => new UserResolver(s.users) }],
  handlers: () => [],
  schedules: () => [],
  routes: () => [],
});
