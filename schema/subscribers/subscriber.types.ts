import { Field, Int, ObjectType } from 'type-graphql';
import { Subscriber } from './subscriber.entity';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class SubscriberConnection {
  @Field(() => [Subscriber])
  nodes: Subscriber[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class Receipt {
  @Field(() => Boolean)
  accepted: boolean;

  @Field(() => String)
  message: string;
}
