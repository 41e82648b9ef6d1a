import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ProgressView } from '../subscribers/import.types';
import { Tenant } from '../tenants/tenant.entity';
import { BreachEventKind, BreachStatus, BreachDataCategory, RiskLevel } from './breach.enums';

@ObjectType({
  description: 'the scope as reported (addresses only as a count: they are kept as keyed hashes)',
})
export class BreachScope {
  @Field(() => Boolean)
  allTenants: boolean;

  @Field(() => [ID])
  tenantIds: string[];

  @Field(() => [ID])
  listIds: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'distinct leaked addresses given, after normalisation; null without an email scope',
  })
  leakedAddresses: number | null;
}

@ObjectType()
export class BreachImpact {
  @Field(() => ID, { description: "the controller's notice" })
  noticeId: string;

  @Field(() => Tenant)
  tenant: Tenant;

  @Field(() => Int, { description: 'distinct addresses in this tenant' })
  affectedSubjects: number;

  @Field(() => Int, { description: 'subscriptions in this tenant' })
  affectedRecords: number;

  @Field(() => Int)
  affectedLists: number;

  @Field(() => Int, { description: 'subjects with a subscription in an EU/EEA country' })
  euEeaSubjects: number;

  @Field(() => Int, { description: 'subjects with no country on any subscription' })
  unknownCountrySubjects: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'at most this many more subscriptions in scope were deleted since the window began (anonymous daily counters); null for an email scope',
  })
  deletedRecordsEstimate: number | null;

  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => String)
  riskReason: string;

  @Field(() => Date)
  analyzedAt: Date;

  @Field(() => Date, { nullable: true })
  notifiedAt: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: 'hours from discovery until this controller was notified',
  })
  platformDelayHours: number | null;

  @Field(() => String, {
    nullable: true,
    description: "the notice email's outbox state: queued, sent, kept (no SMTP), failed; null once purged",
  })
  emailState: string | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;
}

@ObjectType()
export class BreachEvent {
  @Field(() => Date)
  at: Date;

  @Field(() => BreachEventKind)
  kind: BreachEventKind;

  @Field(() => Tenant, { nullable: true, description: 'the controller, for notice steps' })
  tenant: Tenant | null;

  @Field(() => String)
  detail: string;
}

@ObjectType()
export class BreachIncident {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  description: string;

  @Field(() => BreachStatus)
  status: BreachStatus;

  @Field(() => Date)
  discoveredAt: Date;

  @Field(() => Date, { description: "discoveredAt + 72h: when the controllers' own clock runs out" })
  controllerDeadline: Date;

  @Field(() => Date)
  reportedAt: Date;

  @Field(() => Date, { nullable: true })
  occurredFrom: Date | null;

  @Field(() => Date, { nullable: true })
  occurredTo: Date | null;

  @Field(() => [BreachDataCategory])
  dataCategories: BreachDataCategory[];

  @Field(() => Boolean)
  encrypted: boolean;

  @Field(() => Boolean)
  holdNotifications: boolean;

  @Field(() => String, { nullable: true })
  measuresTaken: string | null;

  @Field(() => String, {
    nullable: true,
    description: "the operator's justification of the report, if one was given",
  })
  justification: string | null;

  @Field(() => BreachScope)
  scope: BreachScope;

  @Field(() => ProgressView, { description: 'finished analysis chunks of the current run' })
  progress: ProgressView;

  @Field(() => String, {
    nullable: true,
    description: 'set when the analysis stopped: a chunk failed after its last attempt',
  })
  analysisError: string | null;

  @Field(() => Int)
  affectedControllers: number;

  @Field(() => Int, {
    description: 'distinct addresses across all tenants (final once the analysis is done)',
  })
  affectedSubjects: number;

  @Field(() => Int, { description: 'subscriptions across all tenants' })
  affectedRecords: number;

  @Field(() => RiskLevel, { nullable: true, description: 'the highest risk level of any controller' })
  riskLevel: RiskLevel | null;

  @Field(() => Int)
  noticesSent: number;

  @Field(() => Int)
  noticesAcknowledged: number;

  @Field(() => Date, { nullable: true })
  analysisStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  analyzedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'when the last affected controller was notified' })
  notifiedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Float, {
    description:
      "hours of the controllers' 72 the platform used: from discovery until the last affected controller was notified, or until now while notices are outstanding",
  })
  platformDelayHours: number;

  @Field(() => Float, {
    description: 'hours left of the 72 when the last controller was told (or now); negative once past',
  })
  controllerHoursLeft: number;

  /** resolved by BreachResolver (batched) */
  impacts?: BreachImpact[];

  /** resolved by BreachResolver (batched) */
  timeline?: BreachEvent[];
}

@ObjectType()
export class BreachNotice {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  incidentId: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  nature: string;

  @Field(() => [BreachDataCategory])
  dataCategories: BreachDataCategory[];

  @Field(() => Int)
  affectedSubjects: number;

  @Field(() => Int)
  affectedRecords: number;

  @Field(() => Int)
  affectedLists: number;

  @Field(() => Int)
  euEeaSubjects: number;

  @Field(() => Int)
  unknownCountrySubjects: number;

  @Field(() => Int, { nullable: true })
  deletedRecordsEstimate: number | null;

  @Field(() => String)
  likelyConsequences: string;

  @Field(() => String)
  measuresTaken: string;

  @Field(() => String)
  contact: string;

  @Field(() => RiskLevel)
  riskLevel: RiskLevel;

  @Field(() => String)
  riskReason: string;

  @Field(() => Boolean)
  encrypted: boolean;

  @Field(() => Date)
  discoveredAt: Date;

  @Field(() => Date, { nullable: true })
  occurredFrom: Date | null;

  @Field(() => Date, { nullable: true })
  occurredTo: Date | null;

  @Field(() => Date, { description: 'discoveredAt + 72h' })
  controllerDeadline: Date;

  @Field(() => Date)
  notifiedAt: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;
}
