import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DeliveryStatus } from '../common/enums';

/** One message sent to a list. The counts are read live from its recipients (see DeliveryService). */
@ObjectType('Delivery')
@Entity('deliveries')
@Index('ix_deliveries_tenant_list', ['tenantId', 'listId', 'createdAt'])
export class Delivery {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ name: 'list_id', type: 'varchar', length: 36 })
  listId: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  @Field(() => DeliveryStatus)
  @Column({ type: 'varchar', length: 16 })
  status: DeliveryStatus;

  /** opens counted without naming anyone (the recipient no longer consents to tracking) */
  @Field(() => Int, { description: 'opens counted without identifying anyone' })
  @Column({ name: 'anonymous_opens', type: 'int', default: 0 })
  anonymousOpens: number;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  /** SCHEDULED until then; null: sent at once */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'scheduled_for', type: 'datetime', precision: 3, nullable: true })
  scheduledFor: Date | null;

  /** when its recipients were snapshotted and sending began */
  @Field(() => Date, { nullable: true })
  @Column({ name: 'started_at', type: 'datetime', precision: 3, nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt: Date | null;

  @Field(() => Int, { description: "unsubscribes through this message's links" })
  @Column({ type: 'int', default: 0 })
  unsubscribes: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  bounces: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  complaints: number;

  /** distinct consenting subscribers who opened (read live from the recipients) */
  @Field(() => Int, { description: 'distinct consenting subscribers who opened' })
  opens: number;

  @Field(() => Int)
  recipients: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  failed: number;
}
