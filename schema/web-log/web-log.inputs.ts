import { IsEnum, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { ProcessingPurpose } from '../common/enums';

@ArgsType()
export class WebTrafficArgs {
  @Field(() => Date, { nullable: true, description: 'default: 7 days before `to`' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'default: now' })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class WebAccessLookupArgs {
  @Field(() => String, {
    description:
      'an IPv4 or IPv6 address (a truncated row is found by its network address, e.g. 203.0.113.0)',
  })
  @MaxLength(64, { message: 'ip is not an IP address' })
  ip: string;

  @Field(() => ProcessingPurpose, {
    description: 'must be SECURITY: web logs are looked at one visitor at a time only to respond to attacks',
  })
  @IsEnum(ProcessingPurpose)
  purpose: ProcessingPurpose;

  @Field(() => String, {
    description: 'why, in words: at least 20 characters and 3 real words; no address or IP',
  })
  @MaxLength(500, { message: 'justification must be at most 500 characters' })
  justification: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;

  @Field(() => Int, { nullable: true, defaultValue: 100, description: 'newest first, at most 1000' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 1000' })
  @Max(1000, { message: 'first must be between 1 and 1000' })
  first?: number | null;
}
