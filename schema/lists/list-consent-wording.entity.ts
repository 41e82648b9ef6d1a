import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One version of a list's consent wording. Written once and never changed: a consent record names
 * its version, so it can always show the text the person agreed to. Deleted with its list.
 */
@Entity('list_consent_wordings')
export class ListConsentWording {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @PrimaryColumn({ name: 'list_id', type: 'varchar', length: 36 })
  listId: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 2000 })
  wording: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
