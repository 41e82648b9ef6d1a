import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const time = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3 });

/**
 * The auditor's side: signed checkpoints of the processing-log chain, indexes for reading the log
 * by purpose and time, and the web access log with the per-day salts of its visitor hashes.
 */
export class Audit1764633600000 implements MigrationInterface {
  name = 'Audit1764633600000';

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === 'mysql' ? 'InnoDB' : undefined;

    await q.createIndex(
      'processing_log',
      new TableIndex({
        name: 'ix_processing_log_tenant_purpose_seq',
        columnNames: ['tenant_id', 'purpose', 'seq'],
      }),
    );
    await q.createIndex(
      'processing_log',
      new TableIndex({ name: 'ix_processing_log_at', columnNames: ['at'] }),
    );

    // A signed (seq, hash) of the chain head. The application may only add rows (see README, grants).
    await q.createTable(
      new Table({
        name: 'processing_log_checkpoints',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'seq', type: 'bigint' },
          str('hash', 64),
          time('signed_at'),
          str('key_id', 64),
          str('public_key', 200),
          str('signature', 200),
        ],
        indices: [
          new TableIndex({
            name: 'ux_processing_log_checkpoints_seq_key',
            columnNames: ['seq', 'key_id'],
            isUnique: true,
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'web_access_log',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          time('at'),
          str('day', 10),
          str('ip', 45, true),
          { name: 'ip_truncated', type: 'boolean', default: false },
          str('visitor', 32),
          str('method', 8),
          str('path', 300),
          { name: 'status', type: 'int' },
          str('user_agent', 300, true),
          str('browser', 32),
        ],
        indices: [
          new TableIndex({ name: 'ix_web_access_log_at', columnNames: ['at'] }),
          new TableIndex({ name: 'ix_web_access_log_ip_at', columnNames: ['ip', 'at'] }),
          new TableIndex({ name: 'ix_web_access_log_truncated_at', columnNames: ['ip_truncated', 'at'] }),
        ],
      }),
    );
    // One random salt per day for the visitor hashes; deleted with the full addresses, after which a
    // hash can no longer be tied to an address (distinct counts per day stay right).
    await q.createTable(
      new Table({
        name: 'web_log_salts',
        engine,
        columns: [
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          str('salt', 64),
          time('created_at'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('web_log_salts');
    await q.dropTable('web_access_log');
    await q.dropTable('processing_log_checkpoints');
    await q.dropIndex('processing_log', 'ix_processing_log_at');
    await q.dropIndex('processing_log', 'ix_processing_log_tenant_purpose_seq');
  }
}
