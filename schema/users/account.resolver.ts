import { Arg, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { Receipt } from '../subscribers/subscriber.types';
import type { PasswordResetService } from './password-reset.service';
import type { TwoFactorService } from './two-factor.service';
import { TenantUserView } from './user.types';

@ObjectType()
export class TwoFactorSetup {
  @Field(() => String, { description: 'base32 TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s)' })
  secret: string;

  @Field(() => String, { description: 'otpauth://totp/... for a QR code' })
  otpauthUri: string;
}

/** The 2FA rule of the caller's own account: open before a required 2FA and a one-time password are dealt with. */
const OWN_2FA = { signedIn: true, withOneTimePassword: true, withoutTwoFactor: true };

/** Password reset by mail and two-factor authentication of the caller's own account. */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  @Mutation(() => Receipt, {
    description:
      'public; same answer whether or not the account exists; mails a /reset-password?token= link valid 1 hour',
  })
  @Allow(Access.PUBLIC)
  requestPasswordReset(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('tenant', () => String, { nullable: true }) tenant?: string | null,
  ): Promise<Receipt> {
    return this.resets.request(ctx, email, tenant);
  }

  @Mutation(() => Boolean, { description: 'public; revokes every session of the account' })
  @Allow(Access.PUBLIC)
  resetPassword(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return this.resets.reset(ctx, token, newPassword);
  }

  @Mutation(() => TwoFactorSetup, { description: 'any signed-in caller' })
  @Allow(OWN_2FA)
  beginTwoFactorSetup(@Ctx() { ctx }: GraphQLContext): Promise<TwoFactorSetup> {
    return this.twoFactor.begin(ctx).then((s) => Object.assign(new TwoFactorSetup(), s));
  }

  @Mutation(() => [String], {
    description: 'any signed-in caller; turns 2FA on, returns 10 one-time recovery codes (shown once)',
  })
  @Allow(OWN_2FA)
  confirmTwoFactor(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('code', () => String) code: string,
  ): Promise<string[]> {
    return this.twoFactor.confirm(ctx, code);
  }

  @Mutation(() => Boolean, { description: 'any signed-in caller; a current code or a recovery code' })
  @Allow(OWN_2FA)
  disableTwoFactor(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('code', () => String) code: string,
  ): Promise<boolean> {
    return this.twoFactor.disable(ctx, code);
  }
}

@Resolver(() => TenantUserView)
export class TenantUserTwoFactorResolver {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @FieldResolver(() => Boolean, { description: 'the user signs in with a one-time code too' })
  twoFactorEnabled(@Root() user: TenantUserView, @Ctx() { ctx }: GraphQLContext): Promise<boolean> {
    return this.twoFactor.tenantUserEnabled(ctx, user.id);
  }
}
