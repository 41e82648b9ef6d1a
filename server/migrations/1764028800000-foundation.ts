import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const id = (name = 'id'): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: name === 'id',
});
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
const int = (name: string, dflt = 0): TableColumnOptions => ({ name, type: 'int', default: dflt });

/** Tenants, identities, the processing log, the job queue, the mail outbox and rate-limit counters. */
export class Foundation1764028800000 implements MigrationInterface {
  name = 'Foundation1764028800000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    // Large text: TEXT caps at 64 KiB on MySQL.
    const big = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: mysql ? 'mediumtext' : 'text',
      isNullable: nullable,
    });
    if (mysql) {
      const [{ cs }] = await q.query('SELECT @@character_set_database AS cs');
      if (cs !== 'utf8mb4') await q.query('ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    }
    const engine = mysql ? 'InnoDB' : undefined;

    await q.createTable(
      new Table({
        name: 'tenants',
        engine,
        columns: [
          id(),
          str('slug', 40),
          str('name', 200),
          str('service', 16),
          str('dpo_email', 254),
          str('status', 16),
          time('created_at'),
        ],
        indices: [new TableIndex({ name: 'ux_tenants_slug', columnNames: ['slug'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'operators',
        engine,
        columns: [
          id(),
          str('email', 254),
          str('password_hash', 255),
          { name: 'must_change_password', type: 'boolean', default: false },
          time('created_at'),
        ],
        indices: [new TableIndex({ name: 'ux_operators_email', columnNames: ['email'], isUnique: true })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'tenant_users',
        engine,
        columns: [
          id(),
          ref('tenant_id'),
          str('email', 254),
          str('password_hash', 255),
          str('role', 16),
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'ux_tenant_users_tenant_email',
            columnNames: ['tenant_id', 'email'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'processing_log',
        engine,
        columns: [
          id(),
          { name: 'seq', type: 'bigint' },
          time('at'),
          ref('tenant_id', true),
          str('actor_type', 16),
          str('actor_id', 64, true),
          str('purpose', 32),
          str('action', 64),
          { name: 'subjects', type: 'int' },
          str('data_categories', 500),
          str('description', 1000),
          str('prev_hash', 64),
          str('hash', 64),
        ],
        indices: [
          new TableIndex({ name: 'ux_processing_log_seq', columnNames: ['seq'], isUnique: true }),
          new TableIndex({ name: 'ix_processing_log_tenant_seq', columnNames: ['tenant_id', 'seq'] }),
        ],
      }),
    );
    // The chain head: one row, locked by every append so appends form one line.
    await q.createTable(
      new Table({
        name: 'processing_log_head',
        engine,
        columns: [
          { name: 'id', type: 'int', isPrimary: true },
          { name: 'seq', type: 'bigint' },
          str('hash', 64),
        ],
      }),
    );
    await q.query(`INSERT INTO processing_log_head (id, seq, hash) VALUES (1, 0, '${'0'.repeat(64)}')`);

    await q.createTable(
      new Table({
        name: 'jobs',
        engine,
        columns: [
          id(),
          str('queue', 64),
          str('state', 16),
          ref('tenant_id', true),
          big('payload'),
          { name: 'context', type: 'text' },
          str('unique_key', 191, true),
          int('attempts'),
          int('max_attempts', 8),
          time('run_at'),
          str('locked_by', 100, true),
          time('lease_until', true),
          int('progress'),
          int('progress_total'),
          ref('parent_id', true),
          int('chunks_total'),
          int('chunks_done'),
          big('result', true),
          { name: 'last_error', type: 'text', isNullable: true },
          time('created_at'),
          time('started_at', true),
          time('finished_at', true),
        ],
        indices: [
          new TableIndex({ name: 'ix_jobs_claim', columnNames: ['state', 'run_at'] }),
          new TableIndex({ name: 'ix_jobs_lease', columnNames: ['state', 'lease_until'] }),
          new TableIndex({ name: 'ix_jobs_parent', columnNames: ['parent_id', 'state'] }),
          new TableIndex({ name: 'ix_jobs_tenant', columnNames: ['tenant_id', 'created_at'] }),
          new TableIndex({ name: 'ux_jobs_unique_key', columnNames: ['unique_key'], isUnique: true }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'outbound_mail',
        engine,
        columns: [
          id(),
          ref('tenant_id', true),
          str('kind', 64),
          str('to_address', 254),
          str('subject', 300),
          big('text'),
          big('html', true),
          { name: 'headers', type: 'text' },
          big('attachments', true),
          str('state', 16),
          str('message_id', 200),
          time('created_at'),
          time('sent_at', true),
          { name: 'last_error', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'ix_outbound_mail_tenant', columnNames: ['tenant_id', 'created_at'] }),
          new TableIndex({ name: 'ix_outbound_mail_created', columnNames: ['created_at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'rate_limits',
        engine,
        columns: [
          { name: 'bucket', type: 'varchar', length: '64', isPrimary: true },
          { name: 'window_start', type: 'bigint', isPrimary: true },
          { name: 'hits', type: 'int' },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'rate_limits',
      'outbound_mail',
      'jobs',
      'processing_log_head',
      'processing_log',
      'tenant_users',
      'operators',
      'tenants',
    ]) {
      await q.dropTable(t);
    }
  }
}
