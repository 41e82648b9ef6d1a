import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';

/** The wording every list had before lists could change it (its version 1). */
const DEFAULT_CONSENT_WORDING =
  'I agree to receive the emails of this list. I can unsubscribe at any time through the link in every message; my details are then deleted.';

/**
 * A list's settings (description, consent wording and its version, sender, reply-to, footer) and
 * the versions of its consent wording, never changed once written. Every existing list gets the
 * default wording as its version 1.
 */
export class ListSettings1765324800000 implements MigrationInterface {
  name = 'ListSettings1765324800000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    await q.addColumns('mailing_lists', [
      new TableColumn({ name: 'description', type: 'varchar', length: '1000', isNullable: true }),
      new TableColumn({
        name: 'consent_wording',
        type: 'varchar',
        length: '2000',
        default: `'${DEFAULT_CONSENT_WORDING}'`,
      }),
      new TableColumn({ name: 'consent_version', type: 'int', default: 1 }),
      new TableColumn({ name: 'from_name', type: 'varchar', length: '100', isNullable: true }),
      new TableColumn({ name: 'from_address', type: 'varchar', length: '254', isNullable: true }),
      new TableColumn({ name: 'reply_to', type: 'varchar', length: '254', isNullable: true }),
      new TableColumn({ name: 'footer', type: 'varchar', length: '1000', isNullable: true }),
    ]);
    await q.createTable(
      new Table({
        name: 'list_consent_wordings',
        engine: mysql ? 'InnoDB' : undefined,
        columns: [
          { name: 'tenant_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'list_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'version', type: 'int', isPrimary: true },
          { name: 'wording', type: 'varchar', length: '2000' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
      }),
    );
    await q.query(
      `INSERT INTO list_consent_wordings (tenant_id, list_id, version, wording, created_at)
       SELECT tenant_id, id, 1, consent_wording, created_at FROM mailing_lists`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('list_consent_wordings');
    for (const c of [
      'footer',
      'reply_to',
      'from_address',
      'from_name',
      'consent_version',
      'consent_wording',
      'description',
    ])
      await q.dropColumn('mailing_lists', c);
  }
}
