import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Teams: a tenant user's status (INVITED until it accepts its invitation) and last sign-in, and the
 * invitations (the link token's hash, never the token; one per user; 7 days).
 */
export class Team1765411200000 implements MigrationInterface {
  name = 'Team1765411200000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.addColumn(
      'tenant_users',
      new TableColumn({ name: 'status', type: 'varchar', length: '16', default: "'ACTIVE'" }),
    );
    await q.addColumn(
      'tenant_users',
      new TableColumn({ name: 'last_sign_in_at', type: 'datetime', precision: 3, isNullable: true }),
    );
    await q.createTable(
      new Table({
        name: 'invitations',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'tenant_id', type: 'varchar', length: '36' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({ name: 'ux_invitations_token_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({
            name: 'ux_invitations_tenant_user',
            columnNames: ['tenant_id', 'user_id'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('invitations');
    await q.dropColumn('tenant_users', 'last_sign_in_at');
    await q.dropColumn('tenant_users', 'status');
  }
}
