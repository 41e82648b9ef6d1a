import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TenantRole } from '../common/enums';
import { UserStatus } from './user-status';

/** A hosting customer's staff member. Tenant-owned; the GraphQL view is TenantUserView (no hash). */
@Entity('tenant_users')
@Index('ux_tenant_users_tenant_email', ['tenantId', 'email'], { unique: true })
export class TenantUser {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** empty while the user is INVITED (no password yet): no password verifies against it */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: TenantRole;

  /**
   * Bumped when the credentials change or the account's access is withdrawn (password change,
   * suspension): every token carries the version it was issued under, and an older one is refused.
   */
  @Column({ name: 'session_version', type: 'int', default: 0 })
  sessionVersion: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  /** INVITED until the invitation is accepted (a password set); an INVITED user cannot sign in */
  @Column({ type: 'varchar', length: 16, default: UserStatus.ACTIVE })
  status: UserStatus;

  /** set at each successful sign-in */
  @Column({ name: 'last_sign_in_at', type: 'datetime', precision: 3, nullable: true })
  lastSignInAt: Date | null;
}
