import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * A breach report's justification: an email scope of a few addresses is a look-up of who holds
 * them, and must say why (as inspectSubscribers does). Null for the incidents before it and for
 * scopes that need none.
 */
export class BreachJustification1764979200000 implements MigrationInterface {
  name = 'BreachJustification1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'breach_incidents',
      new TableColumn({ name: 'justification', type: 'varchar', length: '500', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('breach_incidents', 'justification');
  }
}
