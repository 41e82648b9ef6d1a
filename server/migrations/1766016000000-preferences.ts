import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The preferences page: its changes are consent-ledger entries with the source `PREFERENCES`,
 * longer than the eight characters `consent_records.source` had. (Its links are
 * `subscription_tokens` rows of the purpose `PREFERENCES`, which fits the column as it is.)
 */
export class Preferences1766016000000 implements MigrationInterface {
  name = 'Preferences1766016000000';

  async up(q: QueryRunner): Promise<void> {
    await q.changeColumn(
      'consent_records',
      'source',
      new TableColumn({ name: 'source', type: 'varchar', length: '16' }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DELETE FROM consent_records WHERE source = 'PREFERENCES'");
    await q.changeColumn(
      'consent_records',
      'source',
      new TableColumn({ name: 'source', type: 'varchar', length: '8' }),
    );
  }
}
