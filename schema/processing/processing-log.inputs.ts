import { IsEnum, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ActorType, ProcessingPurpose } from '../common/enums';

@InputType()
export class ProcessingLogFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'operators only; a tenant user always sees its own tenant',
  })
  @IsOptional()
  @MaxLength(64, { message: 'tenantId is not a tenant id' })
  tenantId?: string | null;

  @Field(() => ProcessingPurpose, { nullable: true })
  @IsOptional()
  @IsEnum(ProcessingPurpose)
  purpose?: ProcessingPurpose | null;

  @Field(() => ActorType, { nullable: true })
  @IsOptional()
  @IsEnum(ActorType)
  actorType?: ActorType | null;

  @Field(() => Date, { nullable: true, description: 'entries at or after this time' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'entries before this time' })
  @IsOptional()
  to?: Date | null;

  @Field(() => String, { nullable: true, description: 'one action, e.g. subscriber.inspect' })
  @IsOptional()
  @MaxLength(64, { message: 'action must be at most 64 characters' })
  action?: string | null;
}

@ArgsType()
export class ProcessingLogArgs {
  @Field(() => ProcessingLogFilter, { nullable: true })
  @IsOptional()
  filter?: ProcessingLogFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'at most 500; oldest first' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 500' })
  @Max(500, { message: 'first must be between 1 and 500' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @MaxLength(100, { message: 'after is not a cursor' })
  after?: string | null;
}

@ArgsType()
export class InspectSubscribersArgs {
  @Field(() => ID)
  @MaxLength(64, { message: 'tenantId is not a tenant id' })
  tenantId: string;

  @Field(() => String)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @Field(() => ProcessingPurpose)
  @IsEnum(ProcessingPurpose)
  purpose: ProcessingPurpose;

  @Field(() => String, {
    description: 'why, in words: at least 20 characters and 3 real words; no address or IP',
  })
  @MaxLength(500, { message: 'justification must be at most 500 characters' })
  justification: string;
}
