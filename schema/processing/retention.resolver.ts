import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import type { RetentionService } from './retention.service';
import { RetentionStatus } from './retention.types';

@Resolver()
export class RetentionResolver {
  constructor(private readonly retention: RetentionService) {}

  @Query(() => [RetentionStatus], {
    description:
      'operator: each kind of personal data kept, its retention rule, and the rows past it (should be 0)',
  })
  @Allow(Access.OPERATOR)
  retentionOverview(@Ctx() { ctx }: GraphQLContext): Promise<RetentionStatus[]> {
    return this.retention.overview(ctx);
  }
}
