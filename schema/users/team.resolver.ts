import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { TenantRole } from '../common/enums';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import type { InvitationService } from './invitation.service';
import { InviteTenantUserInput } from './team.inputs';
import type { TeamService } from './team.service';
import { TenantUserView } from './user.types';

@Resolver()
export class TeamResolver {
  constructor(
    private readonly team: TeamService,
    private readonly invitations: InvitationService,
  ) {}

  @Query(() => [TenantUserView], {
    description: "tenant user: its own tenant's users (tenantId ignored); operator: tenantId required",
  })
  @Allow(Access.OPERATOR_OR_TENANT_READ)
  tenantUsers(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('tenantId', () => ID, { nullable: true }) tenantId?: string | null,
  ): Promise<TenantUserView[]> {
    return this.team.list(ctx, tenantId);
  }

  @Mutation(() => TenantUserView, {
    description:
      'operator, or OWNER of that tenant; mails an /invitation?token= link valid 7 days (an INVITED address is invited again, an ACTIVE one is a CONFLICT)',
  })
  @Allow(Access.OPERATOR_OR_TENANT_OWNER)
  inviteTenantUser(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => InviteTenantUserInput) input: InviteTenantUserInput,
  ): Promise<TenantUserView> {
    return this.team.invite(ctx, input);
  }

  @Mutation(() => Boolean, {
    description:
      'public; sets the invited user’s password and makes it ACTIVE; an invalid, used or expired link is BAD_USER_INPUT',
  })
  @Allow(Access.PUBLIC)
  async acceptInvitation(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
  ): Promise<boolean> {
    await this.invitations.accept(ctx, token, password);
    return true;
  }

  @Mutation(() => TenantUserView, {
    description: 'operator, or OWNER of that tenant; the last OWNER cannot be demoted (CONFLICT)',
  })
  @Allow(Access.OPERATOR_OR_TENANT_OWNER)
  updateTenantUser(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('role', () => TenantRole) role: TenantRole,
  ): Promise<TenantUserView> {
    return this.team.updateRole(ctx, id, role);
  }

  @Mutation(() => Boolean, {
    description:
      'operator, or OWNER of that tenant; the last OWNER cannot be removed (CONFLICT); revokes its sessions and tokens at once',
  })
  @Allow(Access.OPERATOR_OR_TENANT_OWNER)
  removeTenantUser(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return this.team.remove(ctx, id);
  }
}
