import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../tenants/graphql-context';
import { Access, Allow } from '../../tenants/permissions';
import { RequestStatus, TaskStatus } from '../common/enums';
import { DataSubjectRequestInput, TaskResponseInput } from './request.inputs';
import type { RequestService } from './request.service';
import {
  DataSubjectRequestStats,
  DataSubjectRequestSummary,
  DataSubjectRequestView,
  DataSubjectTask,
  RequestReceipt,
} from './request.types';

@Resolver()
export class RequestResolver {
  constructor(private readonly requests: RequestService) {}

  @Query(() => DataSubjectRequestView, {
    nullable: true,
    description: "public: token from the request's emails",
  })
  @Allow(Access.PUBLIC)
  dataSubjectRequestStatus(
    @Arg('token', () => String) token: string,
  ): Promise<DataSubjectRequestView | null> {
    return this.requests.status(token);
  }

  @Query(() => [DataSubjectTask], { description: "tenant user: its own tenant's" })
  @Allow(Access.TENANT_READ)
  dataSubjectTasks(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('status', () => TaskStatus, { nullable: true }) status?: TaskStatus | null,
  ): Promise<DataSubjectTask[]> {
    return this.requests.tasks(ctx, status);
  }

  @Query(() => [DataSubjectRequestSummary], { description: 'operator; no personal data; the newest 1000' })
  @Allow(Access.OPERATOR)
  dataSubjectRequests(
    @Arg('status', () => RequestStatus, { nullable: true }) status?: RequestStatus | null,
    @Arg('overdue', () => Boolean, { nullable: true }) overdue?: boolean | null,
  ): Promise<DataSubjectRequestSummary[]> {
    return this.requests.summaries(status, overdue);
  }

  @Query(() => DataSubjectRequestStats, {
    description: 'operator; the SLA board: counts by status, per ISO week, answer times; no personal data',
  })
  @Allow(Access.OPERATOR)
  dataSubjectRequestStats(
    @Arg('weeks', () => Int, { defaultValue: 26, description: '1 to 104' }) weeks: number,
  ): Promise<DataSubjectRequestStats> {
    return this.requests.stats(weeks);
  }

  @Mutation(() => RequestReceipt, { description: 'public; same answer whether or not data is held' })
  @Allow(Access.PUBLIC)
  submitDataSubjectRequest(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => DataSubjectRequestInput) input: DataSubjectRequestInput,
  ): Promise<RequestReceipt> {
    return this.requests.submit(ctx, input);
  }

  @Mutation(() => DataSubjectRequestView, { description: 'public; token from the verification email' })
  @Allow(Access.PUBLIC)
  verifyDataSubjectRequest(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('token', () => String) token: string,
  ): Promise<DataSubjectRequestView> {
    return this.requests.verify(ctx, token);
  }

  @Mutation(() => DataSubjectTask, { description: 'tenant OWNER/ADMIN' })
  @Allow(Access.TENANT_WRITE)
  respondToDataSubjectTask(
    @Ctx() { ctx }: GraphQLContext,
    @Arg('input', () => TaskResponseInput) input: TaskResponseInput,
  ): Promise<DataSubjectTask> {
    return this.requests.respond(ctx, input);
  }
}
