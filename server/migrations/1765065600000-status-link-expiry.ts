import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { DateUtils } from 'typeorm/util/DateUtils';
import { addCalendarMonths } from '../../schema/requests/calendar';

const DAY = 86_400_000;

/**
 * Data-subject status links expire: `status_expires_at` is the latest moment a request's status link
 * works (30 days after three calendar months from receipt). Links already handed out get the same.
 */
export class StatusLinkExpiry1765065600000 implements MigrationInterface {
  name = 'StatusLinkExpiry1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'data_subject_requests',
      new TableColumn({ name: 'status_expires_at', type: 'datetime', precision: 3, isNullable: true }),
    );
    const mysql = q.connection.driver.options.type === 'mysql';
    const rows: Array<{ id: string; received_at: unknown }> = await q.query(
      'SELECT id, received_at FROM data_subject_requests WHERE status_token_hash IS NOT NULL',
    );
    for (const r of rows) {
      // SQLite keeps datetimes as TypeORM's UTC text ('YYYY-MM-DD HH:MM:SS.SSS'); MySQL reads and takes Dates.
      const received =
        r.received_at instanceof Date
          ? r.received_at
          : new Date(`${String(r.received_at).replace(' ', 'T')}Z`);
      const expires = new Date(addCalendarMonths(received, 3).getTime() + 30 * DAY);
      const value = mysql ? expires : DateUtils.mixedDateToUtcDatetimeString(expires);
      await q.query('UPDATE data_subject_requests SET status_expires_at = ? WHERE id = ?', [value, r.id]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('data_subject_requests', 'status_expires_at');
  }
}
