import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { Tenant } from './tenant.entity';
import { CreateTenantInput } from './tenant.inputs';
import type { OffboardingService } from './offboarding.service';
import type { TenantService } from './tenant.service';

@Resolver(() => Tenant)
export class TenantResolver {
  constructor(
    private readonly tenantService: TenantService,
    private readonly offboarding: OffboardingService,
  ) {}

  @Query(() => [Tenant], { description: 'operator' })
  @Allow(Access.OPERATOR)
  tenants(@Ctx() { ctx }: GraphQLContext): Promise<Tenant[]> {
    return this.tenantService.list(ctx);
  }

  @Query(() => Tenant, { nullable: true, description: 'operator; a tenant user only its own' })
  @Allow(Access.OPERATOR_OR_TENANT_READ)
  tenant(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Tenant | null> {
    return this.tenantService.find(ctx, id);
  }

  @Mutation(() => Tenant, { description: 'operator' })
  @Allow(Access.OPERATOR)
  createTenant(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => CreateTenantInput) input: CreateTenantInput,
  ): Promise<Tenant> {
    return this.tenantService.create(ctx, input);
  }

  @Mutation(() => Tenant, {
    description: 'operator: return (export to the DPO) then delete all its personal data',
  })
  @Allow(Access.OPERATOR)
  offboardTenant(@Ctx() { ctx }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Tenant> {
    return this.offboarding.offboard(ctx, id);
  }
}
