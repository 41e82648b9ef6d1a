import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { CreateTenantUserInput } from './user.inputs';
import type { UserService } from './user.service';
import { AuthPayload, TenantUserView, Viewer } from './user.types';

@Resolver()
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @Query(() => Viewer, { description: 'any signed-in caller' })
  @Allow({ signedIn: true, withOneTimePassword: true })
  me(@Ctx() { ctx }: GraphQLContext): Promise<Viewer> {
    return this.users.me(ctx);
  }

  @Mutation(() => AuthPayload, { description: 'tenant slug for tenant users, none for operators' })
  @Allow(Access.PUBLIC)
  login(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('tenant', () => String, { nullable: true }) tenant?: string | null,
  ): Promise<AuthPayload> {
    return this.users.login(ctx, email, password, tenant);
  }

  @Mutation(() => Boolean, {
    description: 'any signed-in caller: replaces its own password (and a one-time password)',
  })
  @Allow({ signedIn: true, withOneTimePassword: true })
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
