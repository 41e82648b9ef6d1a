import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableIndex } from 'typeorm';

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
const int = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'int',
  isNullable: nullable,
});

/**
 * Breach response: incidents, their analysis chunks, one notice (impact) per affected tenant, the
 * incident timeline, the keyed hashes of leaked addresses, and a covering subscriber index that
 * makes a tenant's breach counts one index range scan.
 */
export class Breaches1764720000000 implements MigrationInterface {
  name = 'Breaches1764720000000';

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === 'mysql';
    const engine = mysql ? 'InnoDB' : undefined;
    // TEXT caps at 64 KiB on MySQL: scopes and chunks of address hashes are larger.
    const big = (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: mysql ? 'mediumtext' : 'text',
      isNullable: nullable,
    });
    await q.createTable(
      new Table({
        name: 'breach_incidents',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          str('title', 200),
          { name: 'description', type: 'text' },
          { name: 'measures_taken', type: 'text', isNullable: true },
          time('discovered_at'),
          time('occurred_from', true),
          time('occurred_to', true),
          time('window_to'),
          str('data_categories', 300),
          { name: 'encrypted', type: 'boolean' },
          { name: 'hold_notifications', type: 'boolean' },
          big('scope'),
          int('leaked_addresses', true),
          str('status', 16),
          time('reported_at'),
          ref('reported_by'),
          int('analysis_run'),
          ref('analysis_job_id', true),
          int('chunks_total'),
          time('analysis_started_at', true),
          time('analyzed_at', true),
          time('notified_at', true),
          time('closed_at', true),
          int('affected_subjects', true),
        ],
        indices: [new TableIndex({ name: 'ix_breach_incidents_reported', columnNames: ['reported_at'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'breach_chunks',
        engine,
        columns: [
          { name: 'incident_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'chunk', type: 'int', isPrimary: true },
          str('kind', 16),
          big('spec'),
          big('result', true),
          { name: 'done_run', type: 'int', default: 0 },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'breach_notices',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          ref('tenant_id'),
          ref('incident_id'),
          int('run'),
          int('affected_subjects'),
          int('affected_records'),
          int('affected_lists'),
          int('eu_eea_subjects'),
          int('unknown_country_subjects'),
          int('deleted_records_estimate', true),
          str('risk_level', 16),
          str('risk_reason', 500),
          time('analyzed_at'),
          { name: 'nature', type: 'text', isNullable: true },
          { name: 'likely_consequences', type: 'text', isNullable: true },
          { name: 'measures_taken', type: 'text', isNullable: true },
          str('contact', 300, true),
          time('notified_at', true),
          ref('mail_id', true),
          time('acknowledged_at', true),
          ref('acknowledged_by', true),
        ],
        indices: [
          new TableIndex({
            name: 'ux_breach_notices_tenant_incident',
            columnNames: ['tenant_id', 'incident_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_breach_notices_tenant_notified',
            columnNames: ['tenant_id', 'notified_at'],
          }),
          new TableIndex({ name: 'ix_breach_notices_incident', columnNames: ['incident_id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'breach_events',
        engine,
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          ref('incident_id'),
          time('at'),
          str('kind', 32),
          str('detail', 1000),
          str('actor_id', 100, true),
        ],
        indices: [
          new TableIndex({ name: 'ix_breach_events_incident_at', columnNames: ['incident_id', 'at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'breach_leaked_addresses',
        engine,
        columns: [
          { name: 'incident_id', type: 'varchar', length: '36', isPrimary: true },
          int('addresses'),
          big('hashes'),
        ],
      }),
    );
    // Everything a tenant's breach counts read, in tenant order: each tenant is one range of this
    // index and never a row lookup (the clustered rows of one tenant are spread over the table).
    await q.createIndex(
      'subscribers',
      new TableIndex({
        name: 'ix_subscribers_tenant_subject',
        columnNames: ['tenant_id', 'address_hash', 'list_id', 'country', 'requested_at'],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('subscribers', 'ix_subscribers_tenant_subject');
    await q.dropTable('breach_leaked_addresses');
    await q.dropTable('breach_events');
    await q.dropTable('breach_notices');
    await q.dropTable('breach_chunks');
    await q.dropTable('breach_incidents');
  }
}
