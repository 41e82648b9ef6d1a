import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, { name: 'ImportStatus' });

@ObjectType()
export class InvalidLine {
  @Field(() => Int, { description: 'line number in the CSV (1 is the first line)' })
  line: number;

  @Field(() => String)
  reason: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => Int, { description: 'data rows read (the header excluded)' })
  rows: number;

  @Field(() => Int)
  added: number;

  @Field(() => Int, { description: 'already on the list, or repeated in the file' })
  alreadyPresent: number;

  @Field(() => Int, { description: 'left this customer before: only the person can subscribe them again' })
  suppressed: number;

  @Field(() => Int)
  invalid: number;

  @Field(() => [InvalidLine], { description: 'the first 1000 invalid lines' })
  invalidLines: InvalidLine[];
}

@ObjectType('Progress')
export class ProgressView {
  @Field(() => Int)
  processed: number;

  @Field(() => Int)
  total: number;
}

@ObjectType()
export class SubscriberImport {
  @Field(() => ID)
  id: string;

  @Field(() => ImportStatus)
  status: ImportStatus;

  @Field(() => ProgressView)
  progress: ProgressView;

  @Field(() => ImportReport, { nullable: true, description: 'when DONE' })
  report: ImportReport | null;

  @Field(() => String, { nullable: true })
  error: string | null;
}
