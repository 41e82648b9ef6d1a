import { MigrationInterface, QueryRunner, Table } from 'typeorm';

/**
 * The per-address limit of data-subject verification mails (one in 10 minutes), kept apart from
 * the requests so that every request is stored and a later mail lists those the limit held back.
 */
export class VerifyMailLimit1765152000000 implements MigrationInterface {
  name = 'VerifyMailLimit1765152000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.createTable(
      new Table({
        name: 'data_subject_verify_mails',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'address_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'mailed_at', type: 'datetime', precision: 3, isNullable: true },
          { name: 'next_mail_at', type: 'datetime', precision: 3, isNullable: true },
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('data_subject_verify_mails');
  }
}
