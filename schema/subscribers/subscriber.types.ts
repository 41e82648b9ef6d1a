import { Field, Int, ObjectType } from 'type-graphql';
import { Subscriber } from './subscriber.entity';

/**
 * How far a search counts its matches: counting every match of a short prefix reads as many index
 * entries as there are matches (a tenth of a list for "reader-1"), so past this the count stops
 * and says so; the page itself reads at most `first + 1` rows per index whatever the list's size.
 */
export const SEARCH_COUNT_CAP = 1000;

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

  @Field(() => Int, {
    description: `a list's subscribers: all of them; a search: its matches, counted up to ${SEARCH_COUNT_CAP}`,
  })
  totalCount: number;

  @Field(() => Boolean, {
    description: `true when a search found more than ${SEARCH_COUNT_CAP} (totalCount then says ${SEARCH_COUNT_CAP}); false otherwise`,
  })
  totalCountCapped: boolean;
}

@ObjectType()
export class Receipt {
  @Field(() => Boolean)
  accepted: boolean;

  @Field(() => String)
  message: string;
}
