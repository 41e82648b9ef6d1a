import { createHmac } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { normalizeEmail } from '../../schema/common/email';
import { migrationContext } from './context';

const BATCH = 1000;

type Row = Record<string, string>;

/**
 * Re-keys stored addresses to their one canonical form (`normalizeEmail`: unquoted local part where
 * equivalent, IDNA ASCII domain, lower case) with their keyed hashes, so that every spelling of a
 * mailbox is one person for suppression, routing and breach matching. Two rows of one list that turn
 * out to be the same mailbox become one: the confirmed (else the earlier) one stays and keeps both
 * consent histories; the other and its links go (its delivery history stays, as after an unsubscribe). Suppression entries hold only a hash and cannot be
 * re-keyed: suppression checks also look under the older spellings (`AddressHasher.suppressionKeys`).
 * Addresses already canonical (nearly all) are read and left alone.
 */
export class CanonicalAddresses1764892800000 implements MigrationInterface {
  name = 'CanonicalAddresses1764892800000';

  async up(q: QueryRunner): Promise<void> {
    const platform = (email: string) => {
      if (!migrationContext.hashKey)
        throw new Error(
          're-keying addresses needs the address hash key: run the migration with the configuration',
        );
      return createHmac('sha256', migrationContext.hashKey).update(`address\u0000${email}`).digest('hex');
    };

    await this.eachChanged(
      q,
      'subscribers',
      'tenant_id, list_id, status, requested_at',
      async (row, email) => {
        const [twin] = await q.query(
          'SELECT id, status, requested_at FROM subscribers WHERE tenant_id = ? AND list_id = ? AND email = ?',
          [row.tenant_id, row.list_id, email],
        );
        if (!twin) {
          await q.query('UPDATE subscribers SET email = ?, address_hash = ? WHERE id = ?', [
            email,
            platform(email),
            row.id,
          ]);
          return;
        }
        const rank = (r: Row) => [r.status === 'CONFIRMED' ? 0 : 1, new Date(r.requested_at).getTime()];
        const [a, b] = [rank(row), rank(twin)];
        const keepRow = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
        const [keep, drop] = keepRow ? [row.id, twin.id] : [twin.id, row.id];
        await q.query('UPDATE consent_records SET subscriber_id = ? WHERE subscriber_id = ?', [keep, drop]);
        await q.query('DELETE FROM subscription_tokens WHERE subscriber_id = ?', [drop]);
        await q.query('DELETE FROM subscribers WHERE id = ?', [drop]);
        if (keepRow)
          await q.query('UPDATE subscribers SET email = ?, address_hash = ? WHERE id = ?', [
            email,
            platform(email),
            keep,
          ]);
      },
    );

    await this.eachChanged(q, 'data_subject_requests', '', async (row, email) => {
      await q.query('UPDATE data_subject_requests SET email = ?, address_hash = ? WHERE id = ?', [
        email,
        platform(email),
        row.id,
      ]);
    });

    // Sign-in accounts: a spelling that collides with another account of the same scope stays as it
    // is (both people keep their accounts; an operator can merge them).
    await this.eachChanged(q, 'tenant_users', 'tenant_id', async (row, email) => {
      const [twin] = await q.query('SELECT id FROM tenant_users WHERE tenant_id = ? AND email = ?', [
        row.tenant_id,
        email,
      ]);
      if (!twin) await q.query('UPDATE tenant_users SET email = ? WHERE id = ?', [email, row.id]);
    });
    await this.eachChanged(q, 'operators', '', async (row, email) => {
      const [twin] = await q.query('SELECT id FROM operators WHERE email = ?', [email]);
      if (!twin) await q.query('UPDATE operators SET email = ? WHERE id = ?', [email, row.id]);
    });
    await this.eachChanged(
      q,
      'tenants',
      '',
      async (row, email) => {
        await q.query('UPDATE tenants SET dpo_email = ? WHERE id = ?', [email, row.id]);
      },
      'dpo_email',
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the canonical form is a valid spelling of each address.
  }

  /** Calls `change` for every row (in id order, a batch at a time) whose address is not canonical. */
  private async eachChanged(
    q: QueryRunner,
    table: string,
    columns: string,
    change: (row: Row, canonical: string) => Promise<void>,
    column = 'email',
  ): Promise<void> {
    let after = '';
    for (;;) {
      const rows: Array<Row> = await q.query(
        `SELECT id, ${column} AS address${columns ? `, ${columns}` : ''} FROM ${table}
          WHERE id > ? AND ${column} IS NOT NULL ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      for (const row of rows) {
        const canonical = normalizeEmail(row.address);
        if (canonical !== row.address) await change(row, canonical);
      }
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }
}
