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

  @Field(() => Date, {
    nullable: true,
    description: 'when it was answered (COMPLETED or NO_DATA_HELD); null otherwise',
  })
  completedAt?: Date | null;
}

@ObjectType({ description: 'how many requests have one status' })
export class RequestStatusCount {
  @Field(() => RequestStatus)
  status: RequestStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'one ISO week (Monday to Sunday, UTC)' })
export class RequestWeek {
  @Field(() => String, { description: 'the ISO week, e.g. `2026-W49`' })
  week: string;

  @Field(() => Date, { description: 'its Monday, 00:00 UTC' })
  weekStart: Date;

  @Field(() => Int, { description: 'requests received in the week' })
  received: number;

  @Field(() => Int, { description: 'requests answered (COMPLETED or NO_DATA_HELD) in the week' })
  completed: number;
}

@ObjectType({ description: 'answered requests whose answer took this many whole days' })
export class AnswerTimeBucket {
  @Field(() => String, { description: 'e.g. `0-7`, `>90`' })
  label: string;

  @Field(() => Int)
  fromDays: number;

  @Field(() => Int, { nullable: true, description: 'inclusive; null: no upper bound' })
  toDays: number | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({
  description: 'operator: the SLA figures of data-subject requests; counts only, no personal data',
})
export class DataSubjectRequestStats {
  @Field(() => Int)
  weeks: number;

  @Field(() => Date, { description: 'the Monday (00:00 UTC) the first week starts' })
  since: Date;

  @Field(() => [RequestStatusCount], {
    description: 'every request ever received, by status (every status listed)',
  })
  byStatus: RequestStatusCount[];

  @Field(() => Int, {
    description: 'requests with at least one controller task past its due date and unanswered',
  })
  overdue: number;

  @Field(() => [RequestWeek], {
    description: 'the last `weeks` ISO weeks, oldest first, the current one last',
  })
  perWeek: RequestWeek[];

  @Field(() => [AnswerTimeBucket], {
    description: 'answer times (receipt to the answer) of the requests answered since `since`',
  })
  answerTimes: AnswerTimeBucket[];

  @Field(() => Int, { description: 'requests answered since `since`' })
  answered: number;

  @Field(() => Int, {
    description:
      'of those, answered after their due date (one month, or three where a controller extended it)',
  })
  answeredLate: number;

  @Field(() => Int, { description: 'of those, where a controller extended the deadline (Art. 12(3))' })
  extended: number;
}
