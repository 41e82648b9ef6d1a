import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Whose session it is: the `kind` of the principal it signs in. */
export type SessionKind = 'operator' | 'tenant_user';

/**
 * A signed-in browser session (the `steward_session` cookie). The cookie carries a random token;
 * only its SHA-256 hash is stored, so a copy of this table signs nobody in. A session ends when its
 * row is deleted (sign-out, revocation, password change, suspension, offboarding), when it expires,
 * or when its account's session version moves past the one it was created under. Not tenant-owned
 * (operators have sessions too): the users module reaches it by account, never across accounts.
 */
@Entity('sessions')
@Index('ux_sessions_token_hash', ['tokenHash'], { unique: true })
@Index('ix_sessions_tenant_user', ['tenantId', 'userId'])
@Index('ix_sessions_expires_at', ['expiresAt'])
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** hex SHA-256 of the cookie's token; the token itself is never stored */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'principal_kind', type: 'varchar', length: 16 })
  kind: SessionKind;

  /** the operator's or tenant user's id */
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** the tenant user's tenant; null for an operator */
  @Column({ name: 'tenant_id', type: 'varchar', length: 36, nullable: true })
  tenantId: string | null;

  /** the account's session version at sign-in: a later bump (password, suspension) ends the session */
  @Column({ name: 'session_version', type: 'int' })
  sessionVersion: number;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  /** updated at most once a minute, not on every request */
  @Column({ name: 'last_seen_at', type: 'datetime', precision: 3 })
  lastSeenAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  /** browser family and operating system only (e.g. "Firefox on Linux"), never the header itself */
  @Column({ name: 'user_agent', type: 'varchar', length: 64, nullable: true })
  userAgent: string | null;
}
