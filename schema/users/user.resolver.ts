import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ForbiddenError } from '../common/errors';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { CreateTenantUserInput } from './user.inputs';
import type { UserService } from './user.service';
import { AuthPayload, SessionInfo, TenantUserView, Viewer } from './user.types';

@Resolver()
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @Query(() => Viewer, { description: 'any signed-in caller' })
  @Allow({ signedIn: true, withOneTimePassword: true, withoutTwoFactor: true })
  me(@Ctx() { ctx }: GraphQLContext): Promise<Viewer> {
    return this.users.me(ctx);
  }

  @Mutation(() => AuthPayload, {
    description:
      'tenant slug for tenant users, none for operators; otp: a one-time code, for accounts with two-factor authentication',
  })
  @Allow(Access.PUBLIC)
  login(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('tenant', () => String, { nullable: true }) tenant?: string | null,
    @Arg('otp', () => String, { nullable: true }) otp?: string | null,
  ): Promise<AuthPayload> {
    return this.users.login(ctx, email, password, tenant, otp);
  }

  @Mutation(() => Viewer, {
    description:
      "public; the same sign-in as login, for a browser: sets the HttpOnly session cookie (8 h, or 30 days with remember). FORBIDDEN from another site's page",
  })
  @Allow(Access.PUBLIC)
  async startSession(
    @Ctx() { ctx, res, crossSite }: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('tenant', () => String, { nullable: true }) tenant?: string | null,
    @Arg('otp', () => String, { nullable: true }) otp?: string | null,
    @Arg('remember', () => Boolean, { nullable: true, defaultValue: false }) remember?: boolean | null,
  ): Promise<Viewer> {
    // Another site must not sign a browser in, not even into an account of its own choosing.
    if (crossSite) throw new ForbiddenError(`${crossSite}: sessions start only from this site's own pages`);
    const { viewer, cookie } = await this.users.startSession(ctx, { email, password, tenant, otp, remember });
    res.append('Set-Cookie', cookie);
    return viewer;
  }

  @Mutation(() => Boolean, {
    description:
      'any signed-in caller: ends the session this request came with and clears its cookie; false for a request with a Bearer token (no session to end)',
  })
  @Allow({ signedIn: true, withOneTimePassword: true, withoutTwoFactor: true })
  async endSession(@Ctx() { ctx, res }: GraphQLContext): Promise<boolean> {
    const { ended, cookie } = await this.users.endSession(ctx);
    if (cookie) res.append('Set-Cookie', cookie);
    return ended;
  }

  @Mutation(() => Boolean, {
    description: "any signed-in caller, its own sessions (another account's session is NOT_FOUND)",
  })
  @Allow(Access.OWN_ACCOUNT)
  async revokeSession(
    @Ctx() { ctx, res }: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<boolean> {
    const { cookie } = await this.users.revokeSession(ctx, id);
    if (cookie) res.append('Set-Cookie', cookie);
    return true;
  }

  @Query(() => [SessionInfo], {
    description: 'any signed-in caller: its own live sessions (current: the one this request came with)',
  })
  @Allow(Access.OWN_ACCOUNT)
  sessions(@Ctx() { ctx }: GraphQLContext): Promise<SessionInfo[]> {
    return this.users.listSessions(ctx);
  }

  @Mutation(() => Boolean, {
    description:
      'any signed-in caller: replaces its own password (and a one-time password); ends its other sessions and every token',
  })
  @Allow({ signedIn: true, withOneTimePassword: true, withoutTwoFactor: true })
  changePassword(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return this.users.changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => TenantUserView, { description: 'operator, or OWNER of that tenant' })
  @Allow(Access.OPERATOR_OR_TENANT_OWNER)
  createTenantUser(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => CreateTenantUserInput) input: CreateTenantUserInput,
  ): Promise<TenantUserView> {
    return this.users.createTenantUser(ctx, input);
  }
}
