import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
});
const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});

/** List messages and their recipients. */
export class Deliveries1764288000000 implements MigrationInterface {
  name = 'Deliveries1764288000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    const engine = mysql ? 'InnoDB' : undefined;
    const big = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: mysql ? 'mediumtext' : 'text',
      isNullable: nullable,
    });
    await q.createTable(
      new Table({
        name: 'deliveries',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          ref('tenant_id'),
          ref('list_id'),
          { name: 'subject', type: 'varchar', length: '300' },
          big('text'),
          big('html', true),
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'anonymous_opens', type: 'int', default: 0 },
          time('created_at'),
          time('finished_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'ix_deliveries_tenant_list',
            columnNames: ['tenant_id', 'list_id', 'created_at'],
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'delivery_recipients',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          ref('tenant_id'),
          ref('delivery_id'),
          ref('subscriber_id'),
          { name: 'chunk', type: 'int' },
          { name: 'state', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'int', default: 0 },
          time('sent_at', true),
          { name: 'open_token_hash', type: 'varchar', length: '64', isNullable: true },
          time('opened_at', true),
          { name: 'last_error', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'ux_delivery_recipients_subscriber',
            columnNames: ['tenant_id', 'delivery_id', 'subscriber_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_delivery_recipients_chunk',
            columnNames: ['tenant_id', 'delivery_id', 'chunk', 'state'],
          }),
          new TableIndex({
            name: 'ux_delivery_recipients_open',
            columnNames: ['open_token_hash'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('delivery_recipients');
    await q.dropTable('deliveries');
  }
}
