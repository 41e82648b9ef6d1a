import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { OptInMode } from '../common/enums';

/** A hosted list. Tenant-owned; `name` is unique within the tenant, upper-cased (LISTSERV style). */
@ObjectType('MailingList')
@Entity('mailing_lists')
@Index('ux_mailing_lists_tenant_name', ['tenantId', 'name'], { unique: true })
export class MailingList {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Field(() => String, { description: 'LISTSERV style, e.g. NEWS-L; unique within its tenant' })
  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field(() => OptInMode)
  @Column({ name: 'opt_in', type: 'varchar', length: 8 })
  optIn: OptInMode;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Field(() => String, {
    description: 'the sign-up text people agree to; every change makes a new version',
  })
  @Column({ name: 'consent_wording', type: 'varchar', length: 2000 })
  consentWording: string;

  @Field(() => Int, { description: 'starts at 1' })
  @Column({ name: 'consent_version', type: 'int', default: 1 })
  consentVersion: number;

  @Field(() => String, { nullable: true })
  @Column({ name: 'from_name', type: 'varchar', length: 100, nullable: true })
  fromName: string | null;

  @Field(() => String, {
    nullable: true,
    description: "an address on one of the tenant's VERIFIED sending domains, or null (platform sender)",
  })
  @Column({ name: 'from_address', type: 'varchar', length: 254, nullable: true })
  fromAddress: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'reply_to', type: 'varchar', length: 254, nullable: true })
  replyTo: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'plain text added above the unsubscribe and preferences links',
  })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  footer: string | null;

  /** filled by the service (one grouped query for a whole page of lists) */
  @Field(() => Int)
  confirmedCount: number;

  @Field(() => Int)
  pendingCount: number;
}
