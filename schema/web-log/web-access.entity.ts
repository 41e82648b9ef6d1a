import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One HTTP request to Steward. Holds personal data (the client address and user agent): operators
 * see only daily aggregates; a look-up by address needs purpose SECURITY and is logged. Addresses
 * are truncated after WEB_LOG_TRUNCATE_DAYS and rows deleted after WEB_LOG_RETENTION_DAYS.
 */
@Entity('web_access_log')
@Index('ix_web_access_log_at', ['at'])
@Index('ix_web_access_log_ip_at', ['ip', 'at'])
@Index('ix_web_access_log_truncated_at', ['ipTruncated', 'at'])
export class WebAccess {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  /** UTC day of `at`, YYYY-MM-DD: what the aggregates group by */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  /** the client address; after truncation its network only (IPv4 /24, IPv6 /48) */
  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ name: 'ip_truncated', type: 'boolean', default: false })
  ipTruncated: boolean;

  /** HMAC of the full address under the day's salt: counts distinct visitors, even after truncation */
  @Column({ type: 'varchar', length: 32 })
  visitor: string;

  @Column({ type: 'varchar', length: 8 })
  method: string;

  /** the path only: query strings carry tokens */
  @Column({ type: 'varchar', length: 300 })
  path: string;

  @Column({ type: 'int' })
  status: number;

  @Column({ name: 'user_agent', type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 32 })
  browser: string;
}
