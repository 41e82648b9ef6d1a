import { defineModule } from '../common/module';
import { Invitation } from './invitation.entity';
import { invitationPage } from './invitation.http';
import type { InvitationService } from './invitation.service';
import { Operator } from './operator.entity';
import { Session } from './session.entity';
import { TeamResolver } from './team.resolver';
import type { TeamService } from './team.service';
import { TenantUser } from './tenant-user.entity';
import { UserResolver } from './user.resolver';
import type { UserService } from './user.service';

/** Accounts: operators and tenant users, sign-in, tokens and sessions, teams and invitations. */
export const usersModule = defineModule<{
  users: UserService;
  team: TeamService;
  invitations: InvitationService;
}>({
  name: 'users',
  entities: [Operator, TenantUser, Session, Invitation],
  resolvers: [
    { type: UserResolver, create: (s) => new UserResolver(s.users) },
    { type: TeamResolver, create: (s) => new TeamResolver(s.team, s.invitations) },
  ],
  handlers: () => [],
  schedules: () => [],
  routes: (s) => [{ handler: invitationPage(s.invitations) }],
});
