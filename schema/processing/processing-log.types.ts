import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProcessingPurpose } from '../common/enums';
import { PageInfo } from '../subscribers/subscriber.types';
import { Tenant } from '../tenants/tenant.entity';
import { LogProblem } from './chain-verifier';
import { ProcessingLogEntry } from './processing-log-entry.entity';

registerEnumType(LogProblem, {
  name: 'LogProblem',
  description: 'what verifyProcessingLog found wrong at an entry',
});

@ObjectType()
export class ProcessingLogConnection {
  @Field(() => [ProcessingLogEntry])
  nodes: ProcessingLogEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'entries matching the filter, over all pages' })
  totalCount: number;
}

@ObjectType()
export class LogIssue {
  @Field(() => Int, { nullable: true, description: 'the entry; null for a problem with a checkpoint alone' })
  seq: number | null;

  @Field(() => LogProblem)
  problem: LogProblem;

  @Field(() => String)
  detail: string;
}

@ObjectType()
export class LogVerification {
  @Field(() => Boolean)
  valid: boolean;

  @Field(() => Int)
  entriesChecked: number;

  @Field(() => Int, { nullable: true, description: 'the first entry whose stored hash does not match' })
  firstInvalidSeq: number | null;

  @Field(() => String, { nullable: true, description: 'the first problem in words' })
  reason: string | null;

  @Field(() => Int, { description: 'the seq the head row names; -1 when the head row is missing' })
  headSeq: number;

  @Field(() => Int, { description: 'signed checkpoints whose entry was compared with the chain' })
  checkpointsChecked: number;

  @Field(() => Int, { nullable: true })
  lastCheckpointSeq: number | null;

  @Field(() => Date, { nullable: true })
  lastCheckpointAt: Date | null;

  @Field(() => [LogIssue], { description: 'the first 100 problems found' })
  issues: LogIssue[];

  @Field(() => [String], {
    description:
      'what weakens the evidence without being a fault of the chain, e.g. old entries no signed checkpoint covers',
  })
  warnings: string[];

  @Field(() => Date)
  checkedAt: Date;
}

@ObjectType()
export class PurposeCount {
  @Field(() => ProcessingPurpose)
  purpose: ProcessingPurpose;

  @Field(() => Int)
  entries: number;

  @Field(() => Int, {
    description: 'data subjects touched, summed over the entries (a person touched twice counts twice)',
  })
  subjects: number;
}

@ObjectType({
  description:
    'one kind of operation carried out for the controller (Art. 30(2)(b): categories of processing)',
})
export class ActivityCount {
  @Field(() => String)
  action: string;

  @Field(() => ProcessingPurpose)
  purpose: ProcessingPurpose;

  @Field(() => Int)
  entries: number;

  @Field(() => Int)
  subjects: number;
}

@ObjectType({ description: "the processor's record of processing for one controller (Art. 30(2) GDPR)" })
export class RecordOfProcessing {
  @Field(() => Tenant, { description: 'the controller; its dpoEmail is the contact' })
  tenant: Tenant;

  @Field(() => String)
  processor: string;

  @Field(() => String, { description: "the processor's contact for data protection" })
  processorContact: string;

  @Field(() => [PurposeCount])
  purposes: PurposeCount[];

  @Field(() => [ActivityCount])
  activities: ActivityCount[];

  @Field(() => [String])
  dataCategories: string[];

  @Field(() => [String], { description: 'transfers outside the EU/EEA; empty: none' })
  transfers: string[];

  @Field(() => [String])
  securityMeasures: string[];

  @Field(() => Date, { nullable: true, description: 'the first processing-log entry for this controller' })
  firstEntryAt: Date | null;

  @Field(() => Date)
  generatedAt: Date;
}
