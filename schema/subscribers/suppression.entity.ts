import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address that left a tenant's lists, as a keyed hash only (never the address): a customer
 * cannot re-add it on a SINGLE list or by import until the person opts in again themselves.
 */
@Entity('suppressions')
export class Suppression {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @PrimaryColumn({ name: 'address_hash', type: 'varchar', length: 64 })
  addressHash: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
