import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { nameSearchColumns } from '../../schema/subscribers/name-search';

const BATCH = 1000;

/**
 * Subscribers: `language` (the BCP 47 tag the person's own mails are written in), and the name's
 * search columns (the whole name and its last word, in lower case) with their indexes led by
 * (tenant_id, list_id), so that `subscriberSearch` reads index ranges only. The address needs no
 * new column: `email` is stored canonical (lower case) under ux_subscribers_tenant_list_email.
 * The search columns of existing names are filled in here, a batch at a time.
 */
export class SubscriberSearch1765497600000 implements MigrationInterface {
  name = 'SubscriberSearch1765497600000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('subscribers', [
      new TableColumn({ name: 'name_lower', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'name_last_lower', type: 'varchar', length: '200', isNullable: true }),
      new TableColumn({ name: 'language', type: 'varchar', length: '35', isNullable: true }),
    ]);
    let after = '';
    for (;;) {
      const rows: Array<{ id: string; name: string }> = await q.query(
        `SELECT id, name FROM subscribers WHERE id > ? AND name IS NOT NULL ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      for (const row of rows) {
        const c = nameSearchColumns(row.name);
        await q.query('UPDATE subscribers SET name_lower = ?, name_last_lower = ? WHERE id = ?', [
          c.nameLower,
          c.nameLastLower,
          row.id,
        ]);
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].id;
    }
    await q.createIndices('subscribers', [
      new TableIndex({
        name: 'ix_subscribers_tenant_list_name',
        columnNames: ['tenant_id', 'list_id', 'name_lower', 'id'],
      }),
      new TableIndex({
        name: 'ix_subscribers_tenant_list_name_last',
        columnNames: ['tenant_id', 'list_id', 'name_last_lower', 'id'],
      }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('subscribers', 'ix_subscribers_tenant_list_name_last');
    await q.dropIndex('subscribers', 'ix_subscribers_tenant_list_name');
    await q.dropColumn('subscribers', 'language');
    await q.dropColumn('subscribers', 'name_last_lower');
    await q.dropColumn('subscribers', 'name_lower');
  }
}
