import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The leaked addresses of an email scope, as their keyed platform hashes (`AddressHasher.platform`),
 * never the addresses: sorted, distinct, 32 bytes each, concatenated and base64-encoded. A hash's
 * position is its number, by which chunks name address batches and mark what they matched.
 * One row per incident, read only by the analysis; deleted when the incident is closed.
 */
@Entity('breach_leaked_addresses')
export class BreachLeakedAddressesRow {
  @PrimaryColumn({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ type: 'int' })
  addresses: number;

  @Column({ type: 'text' })
  hashes: string;
}
