import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MessageFormat } from '../common/enums';

/** At most this many list ids in one `subscribeTo` or `unsubscribeFrom`. */
export const PREFERENCES_MAX_LISTS = 100;

@ObjectType()
export class ListMembership {
  @Field(() => ID)
  listId: string;

  @Field(() => String)
  title: string;

  @Field(() => Boolean, { description: 'the address is on it (confirmed, or waiting for its confirmation)' })
  subscribed: boolean;

  /** on it but waiting for the confirmation link (the page says so); not in the API */
  pending: boolean;

  /** the list's consent wording, shown next to a list the person may join; not in the API */
  consentWording: string;
}

@ObjectType()
export class SubscriptionPreferences {
  @Field(() => String, { description: "the controller's name" })
  tenant: string;

  @Field(() => String, { description: "the list's title" })
  list: string;

  @Field(() => String, { description: 'masked, e.g. a***@example.com' })
  email: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field(() => MessageFormat)
  format: MessageFormat;

  @Field(() => Boolean)
  trackingConsent: boolean;

  @Field(() => String, { nullable: true })
  language: string | null;

  @Field(() => [ListMembership], {
    description: "the same controller's public lists, with this address's memberships",
  })
  lists: ListMembership[];

  /** the list the link belongs to (not in the API: the page keeps it apart from the others) */
  listId: string;
}

@InputType()
export class PreferencesInput {
  @Field(() => String, { nullable: true, description: 'empty or null clears it' })
  @IsOptional()
  @MaxLength(200, { message: 'name must be at most 200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; empty or null clears it' })
  @IsOptional()
  @MaxLength(2, { message: 'country must be an ISO 3166-1 alpha-2 code such as DE or FR' })
  country?: string | null;

  @Field(() => MessageFormat, { nullable: true })
  @IsOptional()
  @IsEnum(MessageFormat)
  format?: MessageFormat | null;

  @Field(() => Boolean, { nullable: true, description: 'only with HTML; the person gives or withdraws it' })
  @IsOptional()
  @IsBoolean()
  trackingConsent?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "BCP 47 tag (e.g. de) of one of Steward's languages; empty or null: English",
  })
  @IsOptional()
  @MaxLength(35, { message: 'language must be a BCP 47 language tag such as de' })
  language?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'other lists of the same controller (DOUBLE lists send a confirmation first)',
  })
  @IsOptional()
  @ArrayMaxSize(PREFERENCES_MAX_LISTS, { message: `at most ${PREFERENCES_MAX_LISTS} lists at once` })
  subscribeTo?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(PREFERENCES_MAX_LISTS, { message: `at most ${PREFERENCES_MAX_LISTS} lists at once` })
  unsubscribeFrom?: string[] | null;
}
