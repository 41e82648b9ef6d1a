import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Spent ALTCHA solutions (issue 12): the hash of a solved challenge's signature, kept until the
 * challenge expires, so one solution is accepted once (the primary key refuses the second).
 */
export class AltchaSpent1766102400000 implements MigrationInterface {
  name = 'AltchaSpent1766102400000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.createTable(
      new Table({
        name: 'altcha_spent',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'expires_at', type: 'datetime', precision: 3 },
        ],
        indices: [new TableIndex({ name: 'ix_altcha_spent_expires_at', columnNames: ['expires_at'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('altcha_spent');
  }
}
