import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One piece (at most `IMPORT_CHUNK_BYTES`) of an uploaded CSV, in upload order: the import job reads
 * them one after another, so neither the upload nor the job holds the whole file. Holds personal
 * data: deleted when the import is done, and by the sweep when its job is dead or gone.
 */
@Entity('import_chunks')
@Index('ix_import_chunks_created_at', ['createdAt'])
export class ImportChunk {
  @PrimaryColumn({ name: 'tenant_id', type: 'varchar', length: 36 })
  tenantId: string;

  /** the import's id (its job's id) */
  @PrimaryColumn({ name: 'import_id', type: 'varchar', length: 36 })
  importId: string;

  @PrimaryColumn({ type: 'int' })
  seq: number;

  @Column({ type: 'blob' })
  data: Buffer;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt: Date;
}
