import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MessageFormat, SubscriberStatus } from '../common/enums';

/** One address on one list (a record). Holds personal data: deleted, not flagged, on unsubscribe. */
@ObjectType('Subscriber')
@Entity('subscribers')
@Index('ux_subscribers_tenant_list_email', ['tenantId', 'listId', 'email'], { unique: true })
@Index('ix_subscribers_tenant_list_id', ['tenantId', 'listId', 'id'])
@Index('ix_subscribers_tenant_list_status', ['tenantId', 'listId', 'status', 'id'])
@Index('ix_subscribers_address_hash', ['addressHash'])
@Index('ix_subscribers_tenant_subject', ['tenantId', 'addressHash', 'listId', 'country', 'requestedAt'])
@Index('ix_subscribers_tenant_list_name', ['tenantId', 'listId', 'nameLower', 'id'])
@Index('ix_subscribers_tenant_list_name_last', ['tenantId', 'listId', 'nameLastLower', 'id'])
export class Subscriber {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ name: 'list_id', type: 'varchar', length: 36 })
  listId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** keyed hash of the address, indexed: finds every tenant holding it without scanning */
  @Column({ name: 'address_hash', type: 'varchar', length: 64 })
  addressHash: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  name: string | null;

  /** the name in lower case, for searching a name's beginning through an index (see subscriber-search.ts) */
  @Column({ name: 'name_lower', type: 'varchar', length: 200, nullable: true })
  nameLower?: string | null;

  /** the name's last word in lower case (a surname), for searching it through an index */
  @Column({ name: 'name_last_lower', type: 'varchar', length: 200, nullable: true })
  nameLastLower?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' })
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Field(() => String, {
    nullable: true,
    description: "BCP 47 tag the person's own emails are written in",
  })
  @Column({ type: 'varchar', length: 35, nullable: true })
  language?: string | null;

  @Field(() => MessageFormat)
  @Column({ type: 'varchar', length: 8 })
  format: MessageFormat;

  @Field(() => Boolean, { description: 'open tracking pixel only with HTML format and this consent' })
  @Column({ name: 'tracking_consent', type: 'boolean' })
  trackingConsent: boolean;

  @Field(() => SubscriberStatus)
  @Column({ type: 'varchar', length: 16 })
  status: SubscriberStatus;

  @Field(() => Boolean, {
    description: "processing restricted on the person's request (Art. 18): kept, but sent nothing",
  })
  @Column({ type: 'boolean', default: false })
  restricted: boolean;

  @Field(() => Date)
  @Column({ name: 'requested_at', type: 'datetime', precision: 3 })
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'confirmed_at', type: 'datetime', precision: 3, nullable: true })
  confirmedAt: Date | null;
}
