import { Field, ID, InputType } from 'type-graphql';
import { TenantRole } from '../common/enums';

@InputType()
export class InviteTenantUserInput {
  @Field(() => ID)
  tenantId: string;

  @Field(() => String)
  email: string;

  @Field(() => TenantRole)
  role: TenantRole;
}
