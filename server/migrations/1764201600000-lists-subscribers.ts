import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableIndex } from 'typeorm';

const id = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });
const ref = (name: string, primary = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: primary,
});
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
const count = (name: string): TableColumnOptions => ({ name, type: 'int', default: 0 });

/** Lists, subscribers, the consent ledger, link tokens, suppressions and anonymous daily counters. */
export class ListsSubscribers1764201600000 implements MigrationInterface {
  name = 'ListsSubscribers1764201600000';

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === 'mysql' ? 'InnoDB' : undefined;
    await q.createTable(
      new Table({
        name: 'mailing_lists',
        engine,
        columns: [
          id(),
          ref('tenant_id'),
          str('name', 64),
          str('title', 200),
          str('opt_in', 8),
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'ux_mailing_lists_tenant_name',
            columnNames: ['tenant_id', 'name'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'subscribers',
        engine,
        columns: [
          id(),
          ref('tenant_id'),
          ref('list_id'),
          str('email', 254),
          str('address_hash', 64),
          str('name', 200, true),
          str('country', 2, true),
          str('format', 8),
          { name: 'tracking_consent', type: 'boolean' },
          str('status', 16),
          time('requested_at'),
          time('confirmed_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'ux_subscribers_tenant_list_email',
            columnNames: ['tenant_id', 'list_id', 'email'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_subscribers_tenant_list_id',
            columnNames: ['tenant_id', 'list_id', 'id'],
          }),
          new TableIndex({
            name: 'ix_subscribers_tenant_list_status',
            columnNames: ['tenant_id', 'list_id', 'status', 'id'],
          }),
          new TableIndex({ name: 'ix_subscribers_address_hash', columnNames: ['address_hash'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'consent_records',
        engine,
        columns: [
          id(),
          ref('tenant_id'),
          ref('subscriber_id'),
          str('event', 16),
          str('source', 8),
          time('at'),
          str('ip', 45, true),
          str('user_agent', 300, true),
          str('wording_version', 200),
        ],
        indices: [
          new TableIndex({
            name: 'ix_consent_records_tenant_subscriber',
            columnNames: ['tenant_id', 'subscriber_id'],
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'subscription_tokens',
        engine,
        columns: [
          id(),
          ref('tenant_id'),
          ref('subscriber_id'),
          str('purpose', 16),
          str('token_hash', 64),
          time('expires_at'),
          time('used_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'ux_subscription_tokens_hash',
            columnNames: ['token_hash'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_subscription_tokens_tenant_subscriber',
            columnNames: ['tenant_id', 'subscriber_id'],
          }),
          new TableIndex({ name: 'ix_subscription_tokens_expires', columnNames: ['expires_at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'suppressions',
        engine,
        columns: [
          ref('tenant_id', true),
          { name: 'address_hash', type: 'varchar', length: '64', isPrimary: true },
          time('created_at'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'list_daily_counts',
        engine,
        columns: [
          ref('tenant_id', true),
          ref('list_id', true),
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          count('requested'),
          count('confirmed'),
          count('unsubscribed'),
          count('removed'),
          count('purged'),
        ],
      }),
    );
    // Jobs whose payload carries personal data (a public sign-up) have it blanked once done.
    await q.addColumn('jobs', new TableColumn({ name: 'personal_data', type: 'boolean', default: false }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('jobs', 'personal_data');
    for (const t of [
      'list_daily_counts',
      'suppressions',
      'subscription_tokens',
      'consent_records',
      'subscribers',
      'mailing_lists',
    ])
      await q.dropTable(t);
  }
}
