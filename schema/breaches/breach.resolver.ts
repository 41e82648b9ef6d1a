import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { BreachStatus } from './breach.enums';
import { ReportBreachInput } from './breach.inputs';
import type { BreachService } from './breach.service';
import type { BreachViews } from './breach-views';
import { BreachEvent, BreachImpact, BreachIncident, BreachNotice } from './breach.types';

@Resolver(() => BreachIncident)
export class BreachResolver {
  constructor(
    private readonly breaches: BreachService,
    private readonly views: BreachViews,
  ) {}

  @Query(() => [BreachIncident], { description: 'operator; newest first (at most 500)' })
  @Allow(Access.OPERATOR)
  breachIncidents(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('status', () => BreachStatus, { nullable: true }) status?: BreachStatus | null,
  ): Promise<BreachIncident[]> {
    return this.views.list(ctx, status);
  }

  @Query(() => BreachIncident, { nullable: true, description: 'operator' })
  @Allow(Access.OPERATOR)
  breachIncident(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<BreachIncident | null> {
    return this.views.find(ctx, id);
  }

  @Query(() => [BreachNotice], { description: "tenant user: its own tenant's, newest first" })
  @Allow(Access.TENANT_READ)
  breachNotices(@Ctx() { ctx }: GraphQLContext): Promise<BreachNotice[]> {
    return this.breaches.tenantNotices(ctx);
  }

  @Mutation(() => BreachIncident, { description: 'operator; analysis runs in workers' })
  @Allow(Access.OPERATOR)
  reportBreach(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => ReportBreachInput) input: ReportBreachInput,
  ): Promise<BreachIncident> {
    return this.breaches.report(ctx, input);
  }

  @Mutation(() => BreachIncident, { description: 'operator; sends held notices' })
  @Allow(Access.OPERATOR)
  notifyBreach(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('incidentId', () => ID) incidentId: string,
  ): Promise<BreachIncident> {
    return this.breaches.notify(ctx, incidentId);
  }

  @Mutation(() => BreachIncident, {
    description:
      'operator; runs the analysis again (not while it runs, not once closed); notices already sent stay as sent',
  })
  @Allow(Access.OPERATOR)
  reanalyzeBreach(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('incidentId', () => ID) incidentId: string,
  ): Promise<BreachIncident> {
    return this.breaches.reanalyze(ctx, incidentId);
  }

  @Mutation(() => BreachIncident, { description: 'operator; once analysed and every notice sent' })
  @Allow(Access.OPERATOR)
  closeBreach(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('incidentId', () => ID) incidentId: string,
  ): Promise<BreachIncident> {
    return this.breaches.close(ctx, incidentId);
  }

  @Mutation(() => BreachNotice, { description: 'tenant OWNER/ADMIN' })
  @Allow(Access.TENANT_WRITE)
  acknowledgeBreachNotice(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('id', () => ID) id: string,
  ): Promise<BreachNotice> {
    return this.breaches.acknowledge(ctx, id);
  }

  @FieldResolver(() => [BreachImpact], {
    description: 'one per affected controller, most affected subjects first',
  })
  impacts(@Root() incident: BreachIncident, @Ctx() { ctx }: GraphQLContext): Promise<BreachImpact[]> {
    return this.views.impacts(ctx, incident);
  }

  @FieldResolver(() => [BreachEvent], {
    description:
      'Art. 33(5) documentation: reported, analysis started and finished, each notice sent and acknowledged',
  })
  timeline(@Root() incident: BreachIncident, @Ctx() { ctx }: GraphQLContext): Promise<BreachEvent[]> {
    return this.views.timeline(ctx, incident);
  }
}
