import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BreachEventKind } from './breach.enums';

/**
 * An incident-level step of the timeline (reported, analysis started and finished, notices
 * released, reanalysis, closed). Append-only; per-tenant steps (notice sent, acknowledged) are
 * read from the notices themselves.
 */
@Entity('breach_events')
@Index('ix_breach_events_incident_at', ['incidentId', 'at'])
export class BreachEventRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ type: 'varchar', length: 32 })
  kind: BreachEventKind;

  /** what happened, in words that name no person */
  @Column({ type: 'varchar', length: 1000 })
  detail: string;

  /** the operator's id, or the job's name */
  @Column({ name: 'actor_id', type: 'varchar', length: 100, nullable: true })
  actorId: string | null;
}
