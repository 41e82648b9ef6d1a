import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Two-factor authentication and password reset: each account's TOTP credential (its secret
 * encrypted, pending until confirmed, the last time step used), its one-time recovery codes (hashed),
 * the password-reset links (hashed tokens, 1 hour, single use), and the tenants' 2FA policy.
 */
export class TwoFactorPasswordReset1765843200000 implements MigrationInterface {
  name = 'TwoFactorPasswordReset1765843200000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.addColumn(
      'tenants',
      new TableColumn({ name: 'require_two_factor', type: 'boolean', default: false }),
    );
    await q.createTable(
      new Table({
        name: 'two_factor_credentials',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'principal_kind', type: 'varchar', length: '16', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'secret', type: 'varchar', length: '255' },
          { name: 'enabled_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'last_time_step', type: 'bigint', isNullable: true },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'recovery_codes',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'principal_kind', type: 'varchar', length: '16' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'code_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({
            name: 'ux_recovery_codes_account_hash',
            columnNames: ['principal_kind', 'user_id', 'code_hash'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'password_reset_tokens',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'principal_kind', type: 'varchar', length: '16' },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({
            name: 'ux_password_reset_tokens_account',
            columnNames: ['principal_kind', 'user_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_password_reset_tokens_expires_at', columnNames: ['expires_at'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('password_reset_tokens');
    await q.dropTable('recovery_codes');
    await q.dropTable('two_factor_credentials');
    await q.dropColumn('tenants', 'require_two_factor');
  }
}
