import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { UserStatus } from './user-status';

/** Platform (processor) staff. Not tenant-owned. Never a GraphQL type: it carries the password hash. */
@Entity('operators')
@Index('ux_operators_email', ['email'], { unique: true })
export class Operator {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  /** set for a generated one-time password: only `me` and `changePassword` work until it is changed */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  /**
   * Bumped when the credentials change or the account's access is withdrawn (password change,
   * suspension): every token carries the version it was issued under, and an older one is refused.
   */
  @Column({ name: 'session_version', type: 'int', default: 0 })
  sessionVersion: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  /** INVITED until the invitation is accepted (a password set); an INVITED operator cannot sign in */
  @Column({ type: 'varchar', length: 16, default: UserStatus.ACTIVE })
  status: UserStatus;

  /** set at each successful sign-in */
  @Column({ name: 'last_sign_in_at', type: 'datetime', precision: 3, nullable: true })
  lastSignInAt: Date | null;
}
