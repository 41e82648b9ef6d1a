import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Offboarding (Art. 28(3)(g)): when a tenant was offboarded and when its personal data was deleted.
 * Outbox bodies and attachments grow to LONGTEXT on MySQL: TEXT stops at 64 KiB, and an export or an
 * access request's JSON attachment is larger.
 */
export class Offboarding1764547200000 implements MigrationInterface {
  name = 'Offboarding1764547200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'tenants',
      new TableColumn({ name: 'offboarded_at', type: 'datetime', precision: 3, isNullable: true }),
    );
    await q.addColumn(
      'tenants',
      new TableColumn({ name: 'data_deleted_at', type: 'datetime', precision: 3, isNullable: true }),
    );
    if (q.connection.driver.options.type === 'mysql') {
      await q.query(
        'ALTER TABLE outbound_mail MODIFY text LONGTEXT NOT NULL, MODIFY html LONGTEXT NULL, MODIFY attachments LONGTEXT NULL',
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type === 'mysql') {
      await q.query(
        'ALTER TABLE outbound_mail MODIFY text MEDIUMTEXT NOT NULL, MODIFY html MEDIUMTEXT NULL, MODIFY attachments MEDIUMTEXT NULL',
      );
    }
    await q.dropColumn('tenants', 'data_deleted_at');
    await q.dropColumn('tenants', 'offboarded_at');
  }
}
