import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/** A running job's saved state: a job that is run again resumes where the last commit left it. */
export class JobCheckpoints1764374400000 implements MigrationInterface {
  name = 'JobCheckpoints1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('jobs', new TableColumn({ name: 'checkpoint', type: 'text', isNullable: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('jobs', 'checkpoint');
  }
}
