import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class MessageInput {
  @Field(() => String)
  @MaxLength(300, { message: 'subject must be at most 300 characters' })
  subject: string;

  @Field(() => String, { description: 'the plain-text body: every subscriber gets it' })
  @MaxLength(500_000, { message: 'text must be at most 500000 characters' })
  text: string;

  @Field(() => String, {
    nullable: true,
    description: 'an HTML body, sent only to subscribers who chose HTML',
  })
  @IsOptional()
  @MaxLength(500_000, { message: 'html must be at most 500000 characters' })
  html?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'later than now, at most 90 days ahead: the delivery waits SCHEDULED',
  })
  @IsOptional()
  scheduledFor?: Date | null;
}
