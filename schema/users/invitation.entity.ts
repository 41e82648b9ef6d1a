import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An invitation link of an INVITED tenant user, stored only as the SHA-256 of its token: one per
 * user (re-inviting replaces it), valid 7 days, deleted when it is used or the user is removed.
 */
@Entity('invitations')
@Index('ux_invitations_token_hash', ['tokenHash'], { unique: true })
@Index('ux_invitations_tenant_user', ['tenantId', 'userId'], { unique: true })
export class Invitation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** hex SHA-256 of the link's token; the token itself is only in the mail */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;
}
