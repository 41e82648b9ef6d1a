import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { HostingService, TenantStatus } from '../common/enums';

/** A hosting customer: the controller of its subscribers' data. The root of tenancy, not tenant-owned. */
@ObjectType()
@Entity('tenants')
@Index('ux_tenants_slug', ['slug'], { unique: true })
export class Tenant {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 40 })
  slug: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => HostingService)
  @Column({ type: 'varchar', length: 16 })
  service: HostingService;

  @Field(() => String)
  @Column({ name: 'dpo_email', type: 'varchar', length: 254 })
  dpoEmail: string;

  @Field(() => TenantStatus)
  @Column({ type: 'varchar', length: 16 })
  status: TenantStatus;

  @Field(() => Date)
  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'when offboardTenant ended the service (the status became OFFBOARDED)',
  })
  @Column({ name: 'offboarded_at', type: 'datetime', precision: 3, nullable: true })
  offboardedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "when the offboarded tenant's personal data was deleted, after its export was delivered to the DPO (Art. 28(3)(g))",
  })
  @Column({ name: 'data_deleted_at', type: 'datetime', precision: 3, nullable: true })
  dataDeletedAt: Date | null;

  @Field(() => Boolean, {
    description: "the tenant's users must sign in with a one-time code (two-factor authentication)",
  })
  @Column({ name: 'require_two_factor', type: 'boolean', default: false })
  requireTwoFactor: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'when an operator suspended the tenant (status SUSPENDED); null when it is not suspended',
  })
  @Column({ name: 'suspended_at', type: 'datetime', precision: 3, nullable: true })
  suspendedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "the operator's reason for the suspension; null when the tenant is not suspended",
  })
  @Column({ name: 'suspension_reason', type: 'varchar', length: 500, nullable: true })
  suspensionReason: string | null;
}
