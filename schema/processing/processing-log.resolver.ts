import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { selects } from '../common/graphql-selection';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import type { AuditService } from './audit.service';
import { ProcessingLogArgs } from './processing-log.inputs';
import { LogVerification, ProcessingLogConnection } from './processing-log.types';

@Resolver()
export class ProcessingLogResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => ProcessingLogConnection, {
    description:
      "operator: all; tenant user: its own tenant's only, whatever the filter says; oldest first, first <= 500",
  })
  @Allow(Access.OPERATOR_OR_TENANT_READ)
  processingLog(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => ProcessingLogArgs) args: ProcessingLogArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProcessingLogConnection> {
    return this.audit.page(ctx, args, { count: selects(info, 'totalCount') });
  }

  @Query(() => LogVerification, {
    description:
      'operator: recomputes the hash chain and checks it against the head and the signed checkpoints',
  })
  @Allow(Access.OPERATOR)
  verifyProcessingLog(@Ctx() { ctx }: GraphQLContext): Promise<LogVerification> {
    return this.audit.verify(ctx);
  }
}
