import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { Subscriber } from '../subscribers/subscriber.entity';
import type { AuditService } from './audit.service';
import { InspectSubscribersArgs } from './processing-log.inputs';
import { RecordOfProcessing } from './processing-log.types';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => RecordOfProcessing, {
    description: 'operator, or a user of that tenant (another tenant: NOT_FOUND)',
  })
  @Allow(Access.OPERATOR_OR_TENANT_READ)
  recordOfProcessing(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('tenantId', () => ID) tenantId: string,
  ): Promise<RecordOfProcessing> {
    return this.audit.recordOfProcessing(ctx, tenantId);
  }

  @Query(() => [Subscriber], {
    description: 'operator: purpose-bound, with a written justification, always logged',
  })
  @Allow(Access.OPERATOR)
  inspectSubscribers(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => InspectSubscribersArgs) a: InspectSubscribersArgs,
  ): Promise<Subscriber[]> {
    return this.audit.inspectSubscribers(ctx, a.tenantId, a.email, a.purpose, a.justification);
  }
}
