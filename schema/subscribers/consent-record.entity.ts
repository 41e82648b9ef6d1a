import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type ConsentEvent = 'REQUESTED' | 'CONFIRMED' | 'ATTESTED' | 'CHANGED' | 'WITHDRAWN';
/**
 * STAFF: a tenant user changed it in the portal or the API (`updateSubscriber`); PREFERENCES: the
 * person did, on the preferences page (or `updateSubscriptionPreferences`)
 */
export type ConsentSource = 'FORM' | 'API' | 'IMPORT' | 'STAFF' | 'PREFERENCES';

/** The consent ledger: when and how consent was asked and given. Deleted with its subscriber. */
@Entity('consent_records')
@Index('ix_consent_records_tenant_subscriber', ['tenantId', 'subscriberId'])
export class ConsentRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ name: 'subscriber_id', type: 'varchar', length: 36 })
  subscriberId: string;

  @Column({ type: 'varchar', length: 16 })
  event: ConsentEvent;

  @Column({ type: 'varchar', length: 16 })
  source: ConsentSource;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  /** which wording the person saw (the confirmation mail's version, or the customer's statement) */
  @Column({ name: 'wording_version', type: 'varchar', length: 200 })
  wordingVersion: string;
}
