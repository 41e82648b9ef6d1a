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
