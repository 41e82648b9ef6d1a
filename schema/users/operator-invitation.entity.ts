import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An invitation link of an INVITED operator, stored only as the SHA-256 of its token, as a tenant
 * user's is: one per operator (inviting again replaces it), valid 7 days, deleted when it is used.
 * Not tenant-owned: operators belong to the platform.
 */
@Entity('operator_invitations')
@Index('ux_operator_invitations_token_hash', ['tokenHash'], { unique: true })
@Index('ux_operator_invitations_operator', ['operatorId'], { unique: true })
export class OperatorInvitation {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'operator_id', type: 'varchar', length: 36 })
  operatorId: string;

  /** hex SHA-256 of the link's token; the token itself is only in the mail */
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;
}
