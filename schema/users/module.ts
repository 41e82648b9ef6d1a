import { defineModule } from '../common/module';
import { Invitation } from './invitation.entity';
import { invitationPage } from './invitation.http';
import type { InvitationService } from './invitation.service';
import type { RateLimiter } from '../common/rate-limiter';
import { AccountResolver, TenantUserTwoFactorResolver } from './account.resolver';
import { Operator } from './operator.entity';
import { OperatorInvitation } from './operator-invitation.entity';
import { OperatorResolver, type OperatorService } from './operator.service';
import { PasswordResetToken } from './password-reset.entity';
import { PasswordResetRequestJob } from './password-reset.jobs';
import type { PasswordResetService } from './password-reset.service';
import { resetPasswordRoutes } from './reset-password.http';
import { Session } from './session.entity';
import { TeamResolver } from './team.resolver';
import type { TeamService } from './team.service';
import { TenantUser } from './tenant-user.entity';
import { RecoveryCode, TwoFactorCredential } from './two-factor.entity';
import type { TwoFactorService } from './two-factor.service';
import { UserResolver } from './user.resolver';
import type { UserService } from './user.service';

/**
 * Accounts: operators and tenant users, sign-in, tokens and sessions, 2FA and password reset,
 * teams and invitations.
 */
export const usersModule = defineModule<{
  users: UserService;
  team: TeamService;
  operators: OperatorService;
  invitations: InvitationService;
  twoFactor: TwoFactorService;
  passwordReset: PasswordResetService;
  limiter: RateLimiter;
  config: { publicRateLimit: number };
}>({
  name: 'users',
  entities: [
    Operator,
    TenantUser,
    Session,
    Invitation,
    OperatorInvitation,
    TwoFactorCredential,
    RecoveryCode,
    PasswordResetToken,
  ],
  resolvers: [
    { type: UserResolver, create: (s) => new UserResolver(s.users) },
    { type: TeamResolver, create: (s) => new TeamResolver(s.team, s.invitations) },
    { type: OperatorResolver, create: (s) => new OperatorResolver(s.operators) },
    { type: AccountResolver, create: (s) => new AccountResolver(s.passwordReset, s.twoFactor) },
    { type: TenantUserTwoFactorResolver, create: (s) => new TenantUserTwoFactorResolver(s.twoFactor) },
  ],
  handlers: (s) => [new PasswordResetRequestJob(s.passwordReset)],
  schedules: () => [],
  routes: (s) => [{ handler: invitationPage(s.invitations) }, ...resetPasswordRoutes(s)],
});
