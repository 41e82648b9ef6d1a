import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { ActorType, ProcessingPurpose } from '../common/enums';

const jsonList = {
  to: (v: string[] | undefined) => JSON.stringify(v ?? []),
  from: (v: string | null) => (v ? (JSON.parse(v) as string[]) : []),
};

/**
 * One operation on personal data. Append-only and hash-chained: `hash` covers every field and the
 * previous entry's hash, so altering, deleting, inserting or reordering rows breaks the chain.
 */
@ObjectType('ProcessingLogEntry')
@Entity('processing_log')
@Index('ux_processing_log_seq', ['seq'], { unique: true })
@Index('ix_processing_log_tenant_seq', ['tenantId', 'seq'])
@Index('ix_processing_log_tenant_subject', ['tenantId', 'subjectRef'])
@Index('ix_processing_log_tenant_purpose_seq', ['tenantId', 'purpose', 'seq'])
@Index('ix_processing_log_at', ['at'])
export class ProcessingLogEntry {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Field(() => Int)
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  seq: number;

  @Field(() => Date)
  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'the controller on whose behalf; null for platform-own processing',
  })
  @Column({ name: 'tenant_id', type: 'varchar', length: 36, nullable: true })
  tenantId: string | null;

  @Field(() => ActorType)
  @Column({ name: 'actor_type', type: 'varchar', length: 16 })
  actorType: ActorType;

  @Field(() => String, { nullable: true })
  @Column({ name: 'actor_id', type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  @Field(() => ProcessingPurpose)
  @Column({ type: 'varchar', length: 32 })
  purpose: ProcessingPurpose;

  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  subjects: number;

  @Field(() => [String])
  @Column({ name: 'data_categories', type: 'varchar', length: 500, transformer: jsonList })
  dataCategories: string[];

  @Field(() => String)
  @Column({ type: 'varchar', length: 1000 })
  description: string;

  /** for an entry about one person: a keyed hash of the address within the tenant (never the address) */
  @Column({ name: 'subject_ref', type: 'varchar', length: 64, nullable: true })
  subjectRef: string | null;

  @Column({ name: 'prev_hash', type: 'varchar', length: 64 })
  prevHash: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
