import { IsEnum, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { HostingService } from '../common/enums';

@InputType()
export class CreateTenantInput {
  @Field(() => String, { description: '[a-z0-9-]{2,40}, unique' })
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'slug must be 2-40 characters of a-z, 0-9 and -' })
  slug: string;

  @Field(() => String)
  @Length(1, 200, { message: 'name must be 1-200 characters' })
  name: string;

  @Field(() => HostingService)
  @IsEnum(HostingService)
  service: HostingService;

  @Field(() => String, { description: 'where data-subject tasks and breach notices are sent' })
  @MaxLength(254, { message: 'dpoEmail must be at most 254 characters' })
  dpoEmail: string;
}
