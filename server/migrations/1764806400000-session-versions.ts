import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Session versions: every token carries its account's version, and a password change, a suspension
 * or an offboarding bumps it, so tokens issued before are refused at once.
 */
export class SessionVersions1764806400000 implements MigrationInterface {
  name = 'SessionVersions1764806400000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['operators', 'tenant_users']) {
      await q.addColumn(table, new TableColumn({ name: 'session_version', type: 'int', default: 0 }));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['operators', 'tenant_users']) await q.dropColumn(table, 'session_version');
  }
}
