import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * An operator may suspend a tenant (`suspendTenant`) and make it active again (`reactivateTenant`):
 * while SUSPENDED, when it happened and the operator's reason are kept on the tenant; both are
 * cleared on reactivation.
 */
export class OperatorConsole1766275200000 implements MigrationInterface {
  name = 'OperatorConsole1766275200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'tenants',
      new TableColumn({ name: 'suspended_at', type: 'datetime', precision: 3, isNullable: true }),
    );
    await q.addColumn(
      'tenants',
      new TableColumn({ name: 'suspension_reason', type: 'varchar', length: '500', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('tenants', 'suspension_reason');
    await q.dropColumn('tenants', 'suspended_at');
  }
}
