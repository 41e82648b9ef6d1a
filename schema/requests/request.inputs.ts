import { IsEnum, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { RightType, TaskDecision } from '../common/enums';

@InputType()
export class DataSubjectRequestInput {
  @Field(() => String)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @Field(() => RightType)
  @IsEnum(RightType)
  type: RightType;

  @Field(() => String, {
    nullable: true,
    description: 'what the person asks, in their words (at most 2000 characters)',
  })
  @IsOptional()
  @MaxLength(2000, { message: 'details must be at most 2000 characters' })
  details?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @MaxLength(2, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "BCP 47 tag of the language the person's mails about the request are written in",
  })
  @IsOptional()
  @MaxLength(35, { message: 'language must be a BCP 47 language tag' })
  language?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "proof-of-work payload from the form's widget (GET /altcha/challenge, solved); required when ALTCHA_HMAC_KEY is set",
  })
  @IsOptional()
  @MaxLength(4000, { message: 'altcha must be a proof-of-work payload' })
  altcha?: string | null;
}

@InputType()
export class RectificationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;
}

@InputType()
export class TaskResponseInput {
  @Field(() => ID)
  @MaxLength(64, { message: 'taskId is not a task id' })
  taskId: string;

  @Field(() => TaskDecision)
  @IsEnum(TaskDecision)
  decision: TaskDecision;

  @Field(() => String, { nullable: true, description: 'required for REJECT and EXTEND' })
  @IsOptional()
  @MaxLength(2000, { message: 'reason must be at most 2000 characters' })
  reason?: string | null;

  @Field(() => RectificationInput, {
    nullable: true,
    description: 'required for FULFILL of a RECTIFICATION task',
  })
  @IsOptional()
  @ValidateNested()
  rectification?: RectificationInput | null;
}
