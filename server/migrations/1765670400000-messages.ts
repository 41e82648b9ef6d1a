import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * Messages (issue 11): a delivery may wait for its time (`scheduled_for`), records when it started,
 * and counts unsubscribes through its links, bounces and complaints; an unsubscribe token knows the
 * delivery whose message carried it. Existing deliveries started when they were created.
 */
export class Messages1765670400000 implements MigrationInterface {
  name = 'Messages1765670400000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('deliveries', [
      new TableColumn({ name: 'scheduled_for', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'started_at', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'unsubscribes', type: 'int', default: 0 }),
      new TableColumn({ name: 'bounces', type: 'int', default: 0 }),
      new TableColumn({ name: 'complaints', type: 'int', default: 0 }),
    ]);
    await q.query("UPDATE deliveries SET started_at = created_at WHERE status <> 'QUEUED'");
    await q.addColumn(
      'subscription_tokens',
      new TableColumn({ name: 'delivery_id', type: 'varchar', length: '36', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('subscription_tokens', 'delivery_id');
    for (const c of ['complaints', 'bounces', 'unsubscribes', 'started_at', 'scheduled_for'])
      await q.dropColumn('deliveries', c);
  }
}
