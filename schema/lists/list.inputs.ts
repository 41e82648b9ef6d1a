import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OptInMode } from '../common/enums';

@InputType()
export class CreateListInput {
  @Field(() => String, {
    description: 'LISTSERV style, e.g. NEWS-L: letters, digits, - _ . (stored upper-case)',
  })
  @MaxLength(64, { message: 'name must be at most 64 characters' })
  name: string;

  @Field(() => String)
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title: string;

  @Field(() => OptInMode, { nullable: true, defaultValue: OptInMode.DOUBLE })
  @IsOptional()
  @IsEnum(OptInMode)
  optIn?: OptInMode | null;
}

/** A change to a list's settings: fields left out stay as they are; null clears an optional one. */
@InputType()
export class UpdateListInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => OptInMode, { nullable: true })
  @IsOptional()
  @IsEnum(OptInMode)
  optIn?: OptInMode | null;

  @Field(() => String, { nullable: true, description: 'every change makes a new version' })
  consentWording?: string | null;

  @Field(() => String, { nullable: true })
  fromName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "an address on one of the tenant's VERIFIED sending domains, or null (platform sender)",
  })
  fromAddress?: string | null;

  @Field(() => String, { nullable: true })
  replyTo?: string | null;

  @Field(() => String, { nullable: true })
  footer?: string | null;
}
