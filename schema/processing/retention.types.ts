import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'one kind of personal data Steward keeps, its retention rule, and the rows past it (should be 0)',
})
export class RetentionStatus {
  @Field(() => String, { description: 'a stable key, e.g. subscribers.pending' })
  kind: string;

  @Field(() => String)
  data: string;

  @Field(() => String)
  rule: string;

  @Field(() => Int, {
    nullable: true,
    description: 'the age limit in days; null when the data lives as long as what it belongs to',
  })
  keepDays: number | null;

  @Field(() => Int, { description: 'rows of this kind held now' })
  rows: number;

  @Field(() => Int, {
    description:
      'rows still held past the rule (older than the rule plus one run of its hourly job): should be 0',
  })
  pastRule: number;
}
