import { Column, Entity, PrimaryColumn } from 'typeorm';

export type BreachChunkKind = 'tenants' | 'addresses';

/**
 * One unit of an incident's analysis, kept with the incident so that a reanalysis runs the same
 * chunks: a group of tenants or a batch of leaked-address hashes.
 * The job that runs it carries only (incident, run, chunk); its result is written here together
 * with the job's completion.
 */
@Entity('breach_chunks')
export class BreachChunkRow {
  @PrimaryColumn({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @PrimaryColumn({ type: 'int' })
  chunk: number;

  @Column({ type: 'varchar', length: 16 })
  kind: BreachChunkKind;

  /** JSON: the tenants (with their lists) or the address hashes of this chunk */
  @Column({ type: 'text' })
  spec: string;

  /** JSON: what the finishing step needs of the chunk (tenant groups write their notices themselves) */
  @Column({ type: 'text', nullable: true })
  result: string | null;

  /** the analysis run whose result `result` is; 0 before the first */
  @Column({ name: 'done_run', type: 'int', default: 0 })
  doneRun: number;
}
