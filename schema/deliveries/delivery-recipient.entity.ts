import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One recipient of one delivery. `sending` is written and committed before the SMTP transaction,
 * so a worker that dies mid-send leaves the row in doubt rather than pending: a re-run never
 * sends it again (at most once per recipient). `pending` rows are known not to have gone out.
 */
export type RecipientState = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown' | 'skipped';

@Entity('delivery_recipients')
@Index('ux_delivery_recipients_subscriber', ['tenantId', 'deliveryId', 'subscriberId'], { unique: true })
@Index('ix_delivery_recipients_chunk', ['tenantId', 'deliveryId', 'chunk', 'state'])
@Index('ux_delivery_recipients_open', ['openTokenHash'], { unique: true })
@Index('ix_delivery_recipients_tenant_subscriber', ['tenantId', 'subscriberId'])
export class DeliveryRecipient {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ name: 'delivery_id', type: 'varchar', length: 36 })
  deliveryId: string;

  @Column({ name: 'subscriber_id', type: 'varchar', length: 36 })
  subscriberId: string;

  @Column({ type: 'int' })
  chunk: number;

  @Column({ type: 'varchar', length: 16 })
  state: RecipientState;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'sent_at', type: 'datetime', precision: 3, nullable: true })
  sentAt: Date | null;

  /** SHA-256 of the tracking-pixel token, only for HTML recipients who consented to tracking */
  @Column({ name: 'open_token_hash', type: 'varchar', length: 64, nullable: true })
  openTokenHash: string | null;

  @Column({ name: 'opened_at', type: 'datetime', precision: 3, nullable: true })
  openedAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;
}
