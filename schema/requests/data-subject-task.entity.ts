import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TaskStatus } from '../common/enums';

/** A request forwarded to one controller (tenant) that holds data on the address: one per tenant. */
@Entity('data_subject_tasks')
@Index('ux_dst_tenant_request', ['tenantId', 'requestId'], { unique: true })
@Index('ix_dst_tenant_status_due', ['tenantId', 'status', 'dueAt'])
@Index('ix_dst_request', ['requestId'])
@Index('ix_dst_due', ['dueAt'])
export class DataSubjectTaskRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  @Column({ name: 'request_id', type: 'varchar', length: 36 })
  requestId: string;

  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  /** one calendar month after receipt; three once extended (Art. 12(3)) */
  @Column({ name: 'due_at', type: 'datetime', precision: 3 })
  dueAt: Date;

  @Column({ name: 'responded_at', type: 'datetime', precision: 3, nullable: true })
  respondedAt: Date | null;

  /** the controller's reason for a rejection or an extension */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  reason: string | null;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;

  /** when the DPO was reminded of the coming due date */
  @Column({ name: 'reminded_at', type: 'datetime', precision: 3, nullable: true })
  remindedAt: Date | null;

  /** when the task was flagged overdue (the DPO told) */
  @Column({ name: 'overdue_at', type: 'datetime', precision: 3, nullable: true })
  overdueAt: Date | null;
}
