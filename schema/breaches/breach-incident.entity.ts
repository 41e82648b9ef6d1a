import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BreachDataCategory, BreachStatus } from './breach.enums';

/**
 * What a breach reached, as resolved when it was reported: everywhere (`allTenants`, or `emails`
 * alone), or the tenants taken whole (`tenants[id] = null`) and the lists of others
 * (`tenants[id] = [listId...]`). `allTenants`, `tenantIds` and `listIds` are kept as given.
 * Addresses are not kept: an email scope lives on as keyed hashes (breach_leaked_addresses).
 */
export interface BreachScopeSpec {
  everywhere: boolean;
  allTenants: boolean;
  tenantIds: string[];
  listIds: string[];
  tenants: Record<string, string[] | null>;
}

/** A personal-data breach the platform (the processor) became aware of. Platform-owned: no tenant. */
@Entity('breach_incidents')
@Index('ix_breach_incidents_reported', ['reportedAt'])
export class BreachIncidentRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** what the platform did or proposes, in the operator's words (Art. 33(3)(d)) */
  @Column({ name: 'measures_taken', type: 'text', nullable: true })
  measuresTaken: string | null;

  @Column({ name: 'discovered_at', type: 'datetime', precision: 3 })
  discoveredAt: Date;

  @Column({ name: 'occurred_from', type: 'datetime', precision: 3, nullable: true })
  occurredFrom: Date | null;

  @Column({ name: 'occurred_to', type: 'datetime', precision: 3, nullable: true })
  occurredTo: Date | null;

  /** the window's end used for counting: `occurredTo`, or the report's time when it is open */
  @Column({ name: 'window_to', type: 'datetime', precision: 3 })
  windowTo: Date;

  /** BreachDataCategory values, comma-separated, sorted */
  @Column({ name: 'data_categories', type: 'varchar', length: 300 })
  dataCategories: string;

  @Column({ type: 'boolean' })
  encrypted: boolean;

  @Column({ name: 'hold_notifications', type: 'boolean' })
  holdNotifications: boolean;

  /** BreachScopeSpec as JSON */
  @Column({ type: 'text' })
  scope: string;

  /** distinct normalised addresses in an email scope; null without one */
  @Column({ name: 'leaked_addresses', type: 'int', nullable: true })
  leakedAddresses: number | null;

  /**
   * why the operator looked these addresses up (required for an email scope of fewer than
   * JUSTIFIED_SCOPE_ADDRESSES; validJustification's rule); copied into every controller's log entry
   */
  @Column({ type: 'varchar', length: 500, nullable: true })
  justification: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: BreachStatus;

  @Column({ name: 'reported_at', type: 'datetime', precision: 3 })
  reportedAt: Date;

  @Column({ name: 'reported_by', type: 'varchar', length: 36 })
  reportedBy: string;

  /** bumped by every (re)analysis; chunk jobs of an older run change nothing */
  @Column({ name: 'analysis_run', type: 'int' })
  analysisRun: number;

  /** the chunked parent job of the current run: its progress is the incident's */
  @Column({ name: 'analysis_job_id', type: 'varchar', length: 36, nullable: true })
  analysisJobId: string | null;

  @Column({ name: 'chunks_total', type: 'int' })
  chunksTotal: number;

  @Column({ name: 'analysis_started_at', type: 'datetime', precision: 3, nullable: true })
  analysisStartedAt: Date | null;

  @Column({ name: 'analyzed_at', type: 'datetime', precision: 3, nullable: true })
  analyzedAt: Date | null;

  /** when the last affected controller was sent its notice */
  @Column({ name: 'notified_at', type: 'datetime', precision: 3, nullable: true })
  notifiedAt: Date | null;

  @Column({ name: 'closed_at', type: 'datetime', precision: 3, nullable: true })
  closedAt: Date | null;

  /** distinct addresses across all tenants; null until analysed */
  @Column({ name: 'affected_subjects', type: 'int', nullable: true })
  affectedSubjects: number | null;
}

/** The incident's categories of personal data (stored comma-separated). */
export function categoriesOf(incident: Pick<BreachIncidentRow, 'dataCategories'>): BreachDataCategory[] {
  return incident.dataCategories ? (incident.dataCategories.split(',') as BreachDataCategory[]) : [];
}
