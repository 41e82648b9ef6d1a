import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RequestStatus, RightType, TaskStatus } from '../common/enums';

@ObjectType()
export class RequestReceipt {
  @Field(() => String, { description: 'the same shape whether or not any data is held' })
  reference: string;

  @Field(() => String)
  message: string;
}

@ObjectType()
export class ControllerResponse {
  @Field(() => String, { description: "the tenant's name" })
  controller: string;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  /**
   * ACCESS only, on the status page: the names of this controller's lists that hold the address
   * (empty once the request's personal data is deleted). Not in the API: the page shows it behind
   * the status token, to the person the request is about.
   */
  lists?: string[];
}

@ObjectType()
export class DataSubjectRequestView {
  @Field(() => String)
  reference: string;

  @Field(() => RightType)
  type: RightType;

  @Field(() => RequestStatus)
  status: RequestStatus;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => Date, { description: 'one calendar month after receipt' })
  dueAt: Date;

  @Field(() => [ControllerResponse])
  responses: ControllerResponse[];
}

@ObjectType()
export class DataSubjectTask {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  reference: string;

  @Field(() => RightType)
  type: RightType;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => String, { description: 'empty once the request has ended and its personal data was deleted' })
  subjectEmail: string;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int, { description: 'subscriptions this tenant holds for the address' })
  records: number;

  @Field(() => [String], { description: 'names of those lists' })
  lists: string[];

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType()
export class DataSubjectRequestSummary {
  @Field(() => String)
  reference: string;

  @Field(() => RightType)
  type: RightType;

  @Field(() => RequestStatus)
  status: RequestStatus;

  @Field(() => Date)
  receivedAt: Date;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int)
  tasks: number;

  @Field(() => Int)
  overdueTasks: number;
}
