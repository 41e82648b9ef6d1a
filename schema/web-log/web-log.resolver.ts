import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { WebAccessLookupArgs, WebTrafficArgs } from './web-log.inputs';
import type { WebLogService } from './web-log.service';
import { WebAccessEntry, WebTrafficDay } from './web-log.types';

@Resolver()
export class WebLogResolver {
  constructor(private readonly webLog: WebLogService) {}

  @Query(() => [WebTrafficDay], {
    description: 'operator: daily web traffic in aggregate (no address, no user agent); at most 366 days',
  })
  @Allow(Access.OPERATOR)
  webTraffic(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => WebTrafficArgs) args: WebTrafficArgs,
  ): Promise<WebTrafficDay[]> {
    return this.webLog.daily(ctx, args);
  }

  @Query(() => [WebAccessEntry], {
    description:
      'operator: the requests of one client address; purpose SECURITY and a justification, always logged',
  })
  @Allow(Access.OPERATOR)
  webAccessByIp(
    @Ctx() { ctx }: GraphQLContext,
    @Args(() => WebAccessLookupArgs) args: WebAccessLookupArgs,
  ): Promise<WebAccessEntry[]> {
    return this.webLog.lookup(ctx, args);
  }
}
