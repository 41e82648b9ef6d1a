import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SessionKind } from './session.entity';

/**
 * An account's TOTP credential (RFC 6238: SHA-1, 6 digits, 30 s). The secret is stored encrypted
 * (AES-256-GCM, key from TOTP_ENCRYPTION_KEY or derived from JWT_SECRET). Pending (no `enabledAt`)
 * from beginTwoFactorSetup until confirmTwoFactor; a new setup replaces a pending one. Not
 * tenant-owned (operators have one too): the users module reaches it by account only.
 */
@Entity('two_factor_credentials')
export class TwoFactorCredential {
  @PrimaryColumn({ name: 'principal_kind', type: 'varchar', length: 16 })
  kind: SessionKind;

  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts */
  @Column({ type: 'varchar', length: 255 })
  secret: string;

  @Column({ name: 'enabled_at', type: 'datetime', precision: 3, nullable: true })
  enabledAt: Date | null;

  /** the time step of the last code accepted: a code is never accepted twice */
  @Column({ name: 'last_time_step', type: 'bigint', nullable: true })
  lastTimeStep: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}

/** One of an account's one-time recovery codes, as a SHA-256 hash; deleted when used. */
@Entity('recovery_codes')
@Index('ux_recovery_codes_account_hash', ['kind', 'userId', 'codeHash'], { unique: true })
export class RecoveryCode {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'principal_kind', type: 'varchar', length: 16 })
  kind: SessionKind;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
