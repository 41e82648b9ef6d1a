import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SessionKind } from './session.entity';

/**
 * A password-reset link: the SHA-256 hash of its random token (the token is only in the mail), the
 * account, and its expiry (1 hour). At most one per account: a new request replaces it, and using
 * it deletes it. Not tenant-owned (operators reset passwords too).
 */
@Entity('password_reset_tokens')
@Index('ux_password_reset_tokens_account', ['kind', 'userId'], { unique: true })
@Index('ix_password_reset_tokens_expires_at', ['expiresAt'])
export class PasswordResetToken {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'principal_kind', type: 'varchar', length: 16 })
  kind: SessionKind;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;
}
