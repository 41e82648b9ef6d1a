import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * The operator console. An operator may suspend a tenant (`suspendTenant`) and make it active again
 * (`reactivateTenant`): while SUSPENDED, when it happened and the operator's reason are kept on the
 * tenant, both cleared on reactivation. Operators invite operators (`inviteOperator`): an operator
 * has a status (INVITED until it accepts its invitation) and a last sign-in, and its invitation link
 * is kept, as a tenant user's is, only as the SHA-256 of its token.
 */
export class OperatorConsole1766275200000 implements MigrationInterface {
  name = 'OperatorConsole1766275200000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.addColumn(
      'tenants',
      new TableColumn({ name: 'suspended_at', type: 'datetime', precision: 3, isNullable: true }),
    );
    await q.addColumn(
      'tenants',
      new TableColumn({ name: 'suspension_reason', type: 'varchar', length: '500', isNullable: true }),
    );
    await q.addColumn(
      'operators',
      new TableColumn({ name: 'status', type: 'varchar', length: '16', default: "'ACTIVE'" }),
    );
    await q.addColumn(
      'operators',
      new TableColumn({ name: 'last_sign_in_at', type: 'datetime', precision: 3, isNullable: true }),
    );
    await q.createTable(
      new Table({
        name: 'operator_invitations',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'operator_id', type: 'varchar', length: '36' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'datetime', precision: 3 },
          { name: 'expires_at', type: 'datetime', precision: 3 },
        ],
        indices: [
          new TableIndex({
            name: 'ux_operator_invitations_token_hash',
            columnNames: ['token_hash'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ux_operator_invitations_operator',
            columnNames: ['operator_id'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('operator_invitations');
    await q.dropColumn('operators', 'last_sign_in_at');
    await q.dropColumn('operators', 'status');
    await q.dropColumn('tenants', 'suspension_reason');
    await q.dropColumn('tenants', 'suspended_at');
  }
}
