import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Server-side sessions behind the `steward_session` cookie: the token's hash (never the token), the
 * account, its session version at sign-in, the times, and the browser family and OS.
 */
export class Sessions1765238400000 implements MigrationInterface {
  name = 'Sessions1765238400000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.createTable(
      new Table({
        name: 'sessions',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'principal_kind', type: 'varchar', length: '16' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'tenant_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'session_version', type: 'int' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'last_seen_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
          { name: 'user_agent', type: 'varchar', length: '64', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'ux_sessions_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_sessions_tenant_user', columnNames: ['tenant_id', 'user_id'] }),
          new TableIndex({ name: 'ix_sessions_expires_at', columnNames: ['expires_at'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('sessions');
  }
}
