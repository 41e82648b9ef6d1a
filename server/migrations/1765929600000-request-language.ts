import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A data-subject request remembers the person's language (`DataSubjectRequestInput.language`, or
 * the one the form was shown in): its verification and status mails are written in it. Requests
 * made before have none, and their mails stay in English.
 */
export class RequestLanguage1765929600000 implements MigrationInterface {
  name = 'RequestLanguage1765929600000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'data_subject_requests',
      new TableColumn({ name: 'language', type: 'varchar', length: '8', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('data_subject_requests', 'language');
  }
}
