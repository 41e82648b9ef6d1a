import { Field, ID, InputType } from 'type-graphql';
import { BreachDataCategory } from './breach.enums';

/**
 * Where a breach reached and whom. Where: `allTenants`, or the union of `tenantIds` (whole tenants)
 * and `listIds` (single lists). Who: everyone there, or only the `emails` given (normalised and
 * matched by keyed hash); `emails` alone means those addresses anywhere on the platform.
 * BreachService checks and documents the limits.
 */
@InputType()
export class BreachScopeInput {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  allTenants?: boolean | null;

  @Field(() => [ID], { nullable: true })
  tenantIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  listIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'addresses known to have leaked (at most 200,000)' })
  emails?: string[] | null;
}

@InputType()
export class ReportBreachInput {
  @Field(() => String, { description: '1-200 characters' })
  title: string;

  @Field(() => String, {
    description: 'the nature of the breach, as the controllers will read it (1-10,000 characters)',
  })
  description: string;

  @Field(() => Date, { description: 'when the platform became aware; not in the future' })
  discoveredAt: Date;

  @Field(() => Date, { nullable: true, description: 'not after occurredTo nor after discoveredAt' })
  occurredFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'only subscriptions that existed by then count; open: until the report',
  })
  occurredTo?: Date | null;

  @Field(() => [BreachDataCategory])
  dataCategories: BreachDataCategory[];

  @Field(() => Boolean)
  encrypted: boolean;

  @Field(() => BreachScopeInput)
  scope: BreachScopeInput;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'keep the notices for review until notifyBreach',
  })
  holdNotifications?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'measures taken or proposed (Art. 33(3)(d)), at most 5,000 characters; a default says the incident is being investigated',
  })
  measuresTaken?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'why, in words (the rule of inspectSubscribers: at least 20 characters and 3 real words; no address or IP); required when scope.emails holds fewer than 100 distinct addresses, and then kept in the processing log of every controller the look-up finds',
  })
  justification?: string | null;
}
