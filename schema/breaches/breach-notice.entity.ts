import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RiskLevel } from './breach.enums';

/**
 * The impact of one incident on one controller (tenant), and the notice it is sent: one row per
 * (tenant, incident), written by the analysis idempotently (set, never added to). Held notices have
 * no `notifiedAt` and are invisible to the tenant. The texts are frozen when the notice is sent.
 */
@Entity('breach_notices')
@Index('ux_breach_notices_tenant_incident', ['tenantId', 'incidentId'], { unique: true })
@Index('ix_breach_notices_tenant_notified', ['tenantId', 'notifiedAt'])
@Index('ix_breach_notices_incident', ['incidentId'])
export class BreachNoticeRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  /** the analysis run that wrote the counts */
  @Column({ type: 'int' })
  run: number;

  @Column({ name: 'affected_subjects', type: 'int' })
  affectedSubjects: number;

  @Column({ name: 'affected_records', type: 'int' })
  affectedRecords: number;

  @Column({ name: 'affected_lists', type: 'int' })
  affectedLists: number;

  @Column({ name: 'eu_eea_subjects', type: 'int' })
  euEeaSubjects: number;

  @Column({ name: 'unknown_country_subjects', type: 'int' })
  unknownCountrySubjects: number;

  /** at most this many subscriptions in scope were deleted since the window began (anonymous counters) */
  @Column({ name: 'deleted_records_estimate', type: 'int', nullable: true })
  deletedRecordsEstimate: number | null;

  @Column({ name: 'risk_level', type: 'varchar', length: 16 })
  riskLevel: RiskLevel;

  @Column({ name: 'risk_reason', type: 'varchar', length: 500 })
  riskReason: string;

  @Column({ name: 'analyzed_at', type: 'datetime', precision: 3 })
  analyzedAt: Date;

  @Column({ type: 'text', nullable: true })
  nature: string | null;

  @Column({ name: 'likely_consequences', type: 'text', nullable: true })
  likelyConsequences: string | null;

  @Column({ name: 'measures_taken', type: 'text', nullable: true })
  measuresTaken: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  contact: string | null;

  @Column({ name: 'notified_at', type: 'datetime', precision: 3, nullable: true })
  notifiedAt: Date | null;

  /** the outbox row that carries the notice (its delivery state) */
  @Column({ name: 'mail_id', type: 'varchar', length: 36, nullable: true })
  mailId: string | null;

  @Column({ name: 'acknowledged_at', type: 'datetime', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  /** the tenant user who acknowledged */
  @Column({ name: 'acknowledged_by', type: 'varchar', length: 36, nullable: true })
  acknowledgedBy: string | null;
}
