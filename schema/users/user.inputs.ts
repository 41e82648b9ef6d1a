import { IsEnum, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { TenantRole } from '../common/enums';

@InputType()
export class CreateTenantUserInput {
  @Field(() => ID)
  @MaxLength(36, { message: 'tenantId is not a tenant id' })
  @Matches(/^\S+$/, { message: 'tenantId is not a tenant id' })
  tenantId: string;

  @Field(() => String)
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @Field(() => String, { description: 'at least 12 characters' })
  @Length(12, 200, { message: 'password must be 12-200 characters' })
  @Matches(/\S/, { message: 'password must not be only white space' })
  password: string;

  @Field(() => TenantRole)
  @IsEnum(TenantRole)
  role: TenantRole;
}
