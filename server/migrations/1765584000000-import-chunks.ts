import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Uploaded CSV imports in pieces of at most 1 MiB, written while the upload streams and read in
 * order by the import job (a job's payload no longer holds the whole file).
 */
export class ImportChunks1765584000000 implements MigrationInterface {
  name = 'ImportChunks1765584000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.createTable(
      new Table({
        name: 'import_chunks',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'tenant_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'import_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'seq', type: 'int', isPrimary: true },
          { name: 'data', type: mysql ? 'mediumblob' : 'blob' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [new TableIndex({ name: 'ix_import_chunks_created_at', columnNames: ['created_at'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('import_chunks');
  }
}
