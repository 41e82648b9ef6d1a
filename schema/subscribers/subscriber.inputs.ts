import { IsBoolean, IsEnum, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { validCountry } from '../common/country';
import { validEmail } from '../common/email';
import { MessageFormat, SubscriberStatus } from '../common/enums';
import { BadInputError } from '../common/errors';
import { isLang, type Lang } from '../common/i18n';

@InputType()
export class SubscriberInput {
  @Field(() => String)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @IsOptional()
  @MaxLength(2, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => MessageFormat, { nullable: true, defaultValue: MessageFormat.TEXT })
  @IsOptional()
  @IsEnum(MessageFormat)
  format?: MessageFormat | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  trackingConsent?: boolean | null;
}

@InputType()
export class PublicSubscribeInput extends SubscriberInput {
  @Field(() => String, { description: 'tenant slug' })
  @MaxLength(40, { message: 'tenant must be a tenant slug' })
  tenant: string;

  @Field(() => String, { description: 'list name' })
  @MaxLength(64, { message: 'list must be a list name' })
  list: string;

  @Field(() => String, {
    nullable: true,
    description:
      "the person's language (ISO 639-1, e.g. de): their confirmation and later mails are written in it; one Steward has no catalogue for is not kept",
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

/** A person's language as stored: one of the catalogue's languages (de-AT -> de), else null. */
export function personLanguage(raw: unknown): Lang | null {
  if (typeof raw !== 'string') return null;
  const primary = raw.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : null;
}

@ArgsType()
export class SubscribersArgs {
  @Field(() => ID)
  listId: string;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'at most 500' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 500' })
  @Max(500, { message: 'first must be between 1 and 500' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'after is not a cursor' })
  after?: string | null;

  @Field(() => SubscriberStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SubscriberStatus)
  status?: SubscriberStatus | null;
}

/** A subscriber's details once checked: what `addSubscriber` and the public sign-up store. */
export interface SubscriberDetails {
  email: string;
  name: string | null;
  country: string | null;
  format: MessageFormat;
  trackingConsent: boolean;
  /** the language of the person's mail, one of the catalogue's; absent or null: English */
  language?: Lang | null;
}

/** Checks and normalises a subscriber's details (BAD_USER_INPUT naming the field). */
export function subscriberDetails(input: SubscriberInput): SubscriberDetails {
  const name = (input.name ?? '').trim();
  if (name.length > 200) throw new BadInputError('name must be at most 200 characters', 'name');
  if (!Object.values(MessageFormat).includes(input.format ?? MessageFormat.TEXT))
    throw new BadInputError('format must be TEXT or HTML', 'format');
  return {
    email: validEmail(input.email),
    name: name || null,
    country: validCountry(input.country),
    format: input.format ?? MessageFormat.TEXT,
    trackingConsent: input.trackingConsent === true,
  };
}

@InputType()
export class UpdateSubscriberInput {
  @Field(() => String, { nullable: true, description: 'empty or null clears it' })
  @IsOptional()
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; empty or null clears it' })
  @IsOptional()
  @MaxLength(2, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string | null;

  @Field(() => MessageFormat, { nullable: true })
  @IsOptional()
  @IsEnum(MessageFormat)
  format?: MessageFormat | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'staff may only withdraw it (false); only the person can give it',
  })
  @IsOptional()
  @IsBoolean()
  trackingConsent?: boolean | null;
}

@ArgsType()
export class SubscriberSearchArgs {
  @Field(() => ID)
  listId: string;

  @Field(() => String, {
    description:
      'an address (exact, case-insensitive), an address prefix of at least 3 characters, or part of a name',
  })
  @MaxLength(254, { message: 'query must be at most 254 characters' })
  query: string;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'at most 500' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'first must be between 1 and 500' })
  @Max(500, { message: 'first must be between 1 and 500' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1200, { message: 'after is not a cursor' })
  after?: string | null;
}
