import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The operators' SLA board (`dataSubjectRequestStats`) counts requests per week of receipt and of
 * answer: a range on `received_at` and one on `ended_at`. The existing `ix_dsr_status_received`
 * leads with the status, so neither range could use an index.
 */
export class RequestStats1766361600000 implements MigrationInterface {
  name = 'RequestStats1766361600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'data_subject_requests',
      new TableIndex({ name: 'ix_dsr_received', columnNames: ['received_at'] }),
    );
    await q.createIndex(
      'data_subject_requests',
      new TableIndex({ name: 'ix_dsr_ended', columnNames: ['ended_at'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('data_subject_requests', 'ix_dsr_ended');
    await q.dropIndex('data_subject_requests', 'ix_dsr_received');
  }
}
