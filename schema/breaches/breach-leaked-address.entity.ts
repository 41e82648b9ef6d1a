import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One address of an email scope, as its keyed platform hash (`AddressHasher.platform`), never the
 * address itself: it is matched against `subscribers.address_hash`. `idx` numbers the sorted,
 * distinct hashes of the incident, so a chunk can name an address batch by a range and mark what it
 * matched in a bitset. Deleted when the incident is closed.
 */
@Entity('breach_leaked_addresses')
@Index('ux_breach_leaked_addresses_idx', ['incidentId', 'idx'], { unique: true })
export class BreachLeakedAddressRow {
  @PrimaryColumn({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @PrimaryColumn({ name: 'address_hash', type: 'varchar', length: 64 })
  addressHash: string;

  @Column({ type: 'int' })
  idx: number;
}
