import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Anonymous per-list, per-day counters: what remains of people after their data is deleted. */
@Entity('list_daily_counts')
export class ListDailyCount {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @PrimaryColumn({ name: 'list_id', type: 'varchar', length: 36 })
  listId: string;

  /** UTC day, YYYY-MM-DD */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'int', default: 0 })
  requested: number;

  @Column({ type: 'int', default: 0 })
  confirmed: number;

  @Column({ type: 'int', default: 0 })
  unsubscribed: number;

  @Column({ type: 'int', default: 0 })
  removed: number;

  @Column({ type: 'int', default: 0 })
  purged: number;
}
