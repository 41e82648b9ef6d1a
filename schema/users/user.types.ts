import { Field, ID, ObjectType } from 'type-graphql';
import { Role, TenantRole } from '../common/enums';
import { Tenant } from '../tenants/tenant.entity';
import { UserStatus } from './user-status';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'JWT, sent back as `Authorization: Bearer <token>`' })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Role)
  role: Role;

  @Field(() => Boolean, {
    description: 'true for a one-time password: only me and changePassword work until it is changed',
  })
  mustChangePassword: boolean;
}

@ObjectType()
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => TenantRole, { nullable: true })
  tenantRole: TenantRole | null;

  @Field(() => Tenant, { nullable: true })
  tenant: Tenant | null;

  @Field(() => Boolean, { description: 'the account signs in with a one-time code too' })
  twoFactorEnabled: boolean;
}

/** The public view of a tenant user (the entity holds the password hash). */
@ObjectType('TenantUser')
export class TenantUserView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => TenantRole)
  role: TenantRole;

  @Field(() => Tenant)
  tenant: Tenant;

  @Field(() => UserStatus, { description: 'INVITED: invitation mailed, no password yet' })
  status: UserStatus;

  @Field(() => Date, { nullable: true, description: 'the last successful sign-in' })
  lastSignInAt: Date | null;
}

/** The public view of an operator (the entity holds the password hash). */
@ObjectType('Operator')
export class OperatorView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => UserStatus, { description: 'INVITED: invitation mailed, no password yet' })
  status: UserStatus;

  @Field(() => Boolean, { description: 'signs in with a one-time code' })
  twoFactorEnabled: boolean;

  @Field(() => Date, { nullable: true, description: 'the last successful sign-in' })
  lastSignInAt: Date | null;
}

/** One of the caller's own signed-in sessions (browser sessions; Bearer tokens are not listed). */
@ObjectType()
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { description: 'updated at most once a minute' })
  lastSeenAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: 'browser family and OS only, never the full string' })
  userAgent: string | null;

  @Field(() => Boolean, { description: 'the session this request came with' })
  current: boolean;
}
