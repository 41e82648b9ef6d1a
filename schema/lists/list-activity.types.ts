import { Field, Int, ObjectType } from 'type-graphql';

/** One UTC day of a list's anonymous counters (zero on a day without any event). */
@ObjectType('ListActivityDay')
export class ListActivityDay {
  @Field(() => String, { description: 'UTC day, YYYY-MM-DD' })
  date: string;

  @Field(() => Int, { description: 'sign-ups requested (form, API, import)' })
  signups: number;

  @Field(() => Int, { description: 'subscriptions confirmed (or single opt-in additions)' })
  confirmations: number;

  @Field(() => Int, { description: "people who unsubscribed through a link or on the person's objection" })
  unsubscribes: number;

  @Field(() => Int, { description: 'removed by the customer, erased on request, or purged unconfirmed' })
  removals: number;
}
