import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The random salt of one day's visitor hashes; deleted when that day's addresses are truncated. */
@Entity('web_log_salts')
export class WebLogSalt {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @Column({ type: 'varchar', length: 64 })
  salt: string;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
