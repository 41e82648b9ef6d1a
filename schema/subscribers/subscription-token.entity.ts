import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * CONFIRM and UNSUBSCRIBE links are single use. A PREFERENCES link is not: a person may come back
 * to the page from the same mail, so it stays usable until it expires, and it goes when its
 * subscriber does (an unsubscribe deletes every token of the subscription).
 */
export type TokenPurpose = 'CONFIRM' | 'UNSUBSCRIBE' | 'PREFERENCES';

/** A link token, stored only as its SHA-256: single-purpose, expiring, single-use but for PREFERENCES. */
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
