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

  /** filled by the service (one grouped query for a whole page of lists) */
  @Field(() => Int)
  confirmedCount: number;

  @Field(() => Int)
  pendingCount: number;
}
