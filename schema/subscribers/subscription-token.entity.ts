import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type TokenPurpose = 'CONFIRM' | 'UNSUBSCRIBE';

/** A link token, stored only as its SHA-256: single-purpose, single-use, expiring. */
@Entity('subscription_tokens')
@Index('ux_subscription_tokens_hash', ['tokenHash'], { unique: true })
@Index('ix_subscription_tokens_tenant_subscriber', ['tenantId', 'subscriberId'])
@Index('ix_subscription_tokens_expires', ['expiresAt'])
export class SubscriptionToken {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ name: 'subscriber_id', type: 'varchar', length: 36 })
  subscriberId: string;

  @Column({ type: 'varchar', length: 16 })
  purpose: TokenPurpose;

  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'datetime', precision: 3 })
  expiresAt: Date;

  /** the delivery whose message carried this (unsubscribe) link, so that it counts there */
  @Column({ name: 'delivery_id', type: 'varchar', length: 36, nullable: true })
  deliveryId: string | null;

  @Column({ name: 'used_at', type: 'datetime', precision: 3, nullable: true })
  usedAt: Date | null;
}
