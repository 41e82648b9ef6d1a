import { MigrationInterface, QueryRunner, Table, TableColumn, TableColumnOptions, TableIndex } from 'typeorm';

const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable: nullable,
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

/**
 * Data-subject requests and the tasks that forward them to each controller; restriction of
 * processing on subscribers; a keyed reference to the person an entry of the processing log is
 * about (so that an access request can list them).
 */
export class DataSubjectRequests1764460800000 implements MigrationInterface {
  name = 'DataSubjectRequests1764460800000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    const engine = mysql ? 'InnoDB' : undefined;
    await q.createTable(
      new Table({
        name: 'data_subject_requests',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          str('reference', 16),
          str('type', 16),
          str('status', 24),
          str('email', 254, true),
          str('address_hash', 64, true),
          str('details', 2000, true),
          str('country', 2, true),
          time('received_at'),
          time('due_at'),
          str('verify_token_hash', 64, true),
          time('verify_expires_at'),
          time('verified_at', true),
          str('status_token_hash', 64, true),
          time('routed_at', true),
          time('ended_at', true),
          time('purged_at', true),
        ],
        indices: [
          new TableIndex({ name: 'ux_dsr_reference', columnNames: ['reference'], isUnique: true }),
          new TableIndex({ name: 'ux_dsr_verify_token', columnNames: ['verify_token_hash'], isUnique: true }),
          new TableIndex({ name: 'ux_dsr_status_token', columnNames: ['status_token_hash'], isUnique: true }),
          new TableIndex({ name: 'ix_dsr_status_received', columnNames: ['status', 'received_at'] }),
          new TableIndex({ name: 'ix_dsr_address_received', columnNames: ['address_hash', 'received_at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'data_subject_tasks',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          ref('tenant_id'),
          ref('request_id'),
          str('status', 16),
          time('due_at'),
          time('responded_at', true),
          str('reason', 2000, true),
          time('created_at'),
          time('reminded_at', true),
          time('overdue_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'ux_dst_tenant_request',
            columnNames: ['tenant_id', 'request_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_dst_tenant_status_due',
            columnNames: ['tenant_id', 'status', 'due_at'],
          }),
          new TableIndex({ name: 'ix_dst_request', columnNames: ['request_id'] }),
          new TableIndex({ name: 'ix_dst_due', columnNames: ['due_at'] }),
        ],
      }),
    );
    // An access request lists the messages sent to the person: found by subscriber, not by scanning.
    await q.createIndex(
      'delivery_recipients',
      new TableIndex({
        name: 'ix_delivery_recipients_tenant_subscriber',
        columnNames: ['tenant_id', 'subscriber_id'],
      }),
    );
    await q.addColumn(
      'subscribers',
      new TableColumn({ name: 'restricted', type: 'boolean', default: false }),
    );
    await q.addColumn('processing_log', new TableColumn(str('subject_ref', 64, true)));
    await q.createIndex(
      'processing_log',
      new TableIndex({ name: 'ix_processing_log_tenant_subject', columnNames: ['tenant_id', 'subject_ref'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('processing_log', 'ix_processing_log_tenant_subject');
    await q.dropColumn('processing_log', 'subject_ref');
    await q.dropColumn('subscribers', 'restricted');
    await q.dropIndex('delivery_recipients', 'ix_delivery_recipients_tenant_subscriber');
    await q.dropTable('data_subject_tasks');
    await q.dropTable('data_subject_requests');
  }
}
