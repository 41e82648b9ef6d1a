import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type JobState = 'pending' | 'running' | 'waiting' | 'done' | 'dead';

/**
 * One unit of background work. `pending` jobs are claimed by a worker (state `running`, `locked_by`,
 * `lease_until`); a chunked parent waits in `waiting` until its chunks are done; `dead` is the
 * dead-letter state after the last attempt.
 */
@Entity('jobs')
@Index('ix_jobs_claim', ['state', 'runAt'])
@Index('ix_jobs_lease', ['state', 'leaseUntil'])
@Index('ix_jobs_parent', ['parentId', 'state'])
@Index('ix_jobs_tenant', ['tenantId', 'createdAt'])
@Index('ux_jobs_unique_key', ['uniqueKey'], { unique: true })
export class Job {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  queue: string;

  @Column({ type: 'varchar', length: 16 })
  state: JobState;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36, nullable: true })
  tenantId: string | null;

  @Column({ type: 'text' })
  payload: string;

  /** the serialised RequestContext the job acts with */
  @Column({ type: 'text' })
  context: string;

  @Column({ name: 'unique_key', type: 'varchar', length: 191, nullable: true })
  uniqueKey: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'max_attempts', type: 'int', default: 8 })
  maxAttempts: number;

  @Column({ name: 'run_at', type: 'datetime', precision: 3 })
  runAt: Date;

  @Column({ name: 'locked_by', type: 'varchar', length: 100, nullable: true })
  lockedBy: string | null;

  @Column({ name: 'lease_until', type: 'datetime', precision: 3, nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'int', default: 0 })
  progress: number;

  @Column({ name: 'progress_total', type: 'int', default: 0 })
  progressTotal: number;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId: string | null;

  @Column({ name: 'chunks_total', type: 'int', default: 0 })
  chunksTotal: number;

  @Column({ name: 'chunks_done', type: 'int', default: 0 })
  chunksDone: number;

  @Column({ type: 'text', nullable: true })
  result: string | null;

  /** a running job's saved state (JSON, never personal data), written with the work it describes */
  @Column({ type: 'text', nullable: true })
  checkpoint: string | null;

  /** the payload holds personal data: it is blanked when the job is done */
  @Column({ name: 'personal_data', type: 'boolean', default: false })
  personalData: boolean;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'datetime', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'datetime', precision: 3, nullable: true })
  finishedAt: Date | null;
}
