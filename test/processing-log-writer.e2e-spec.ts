import { DataCategory } from '../schema/common/data-category';
import { createConnection } from 'mysql2/promise';
import { ProcessingPurpose } from '../schema/common/enums';
import { ProcessingLogEntry } from '../schema/processing/processing-log-entry.entity';
import { entryHash, GENESIS_HASH, ProcessingRecord } from '../schema/processing/processing-log.service';
import { RequestContext } from '../tenants/request-context';
import { testDialect } from './support/test-db';
import { startTestServer, TestServer } from './support/test-server';

/** The writer sends its statements one at a time and moves the head only from the state it read. */
describe('processing-log writer under failed and conflicting appends', () => {
  let s: TestServer;
  const ctx = RequestContext.system('log-writer-test');
  const record = (action = 'subscriber.create'): ProcessingRecord => ({
    purpose: ProcessingPurpose.SERVICE_DELIVERY,
    action,
    subjects: 1,
    dataCategories: [DataCategory.EMAIL_ADDRESS],
    description: 'One subscriber added to a list',
  });
  const head = async () => {
    const [h] = await s.services.db.query<Array<{ seq: number | string; hash: string }>>(
      'SELECT seq, hash FROM processing_log_head WHERE id = 1',
    );
    return { seq: Number(h.seq), hash: h.hash };
  };
  const expectIntactChain = async () => {
    const rows = await s.services.db.read((em) => em.find(ProcessingLogEntry, { order: { seq: 'ASC' } }));
    rows.forEach((row, i) => {
      expect(row.seq).toBe(i + 1);
      expect(row.prevHash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1].hash);
      const { hash, ...rest } = row;
      expect(entryHash(rest)).toBe(hash);
    });
    const last = rows[rows.length - 1];
    expect(await head()).toEqual(last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH });
  };

  beforeAll(async () => {
    s = await startTestServer({ workers: 0 });
  });
  afterAll(() => s.close());

  it('leaves the head where it was when the entry INSERT fails', async () => {
    await s.services.processingLog.append(ctx, record());
    const before = await head();
    // Plant a row at the next seq, so the append's INSERT is refused by the unique seq index.
    await s.services.db.transaction((em) =>
      em.query(
        `INSERT INTO processing_log (id, seq, at, actor_type, purpose, action, subjects, data_categories, description, prev_hash, hash)
         VALUES ('00000000-0000-7000-8000-00000000beef', ?, ?, 'SYSTEM', 'SERVICE_DELIVERY', 'x.y', 0, '[]', 'planted', 'p', 'h')`,
        [before.seq + 1, s.services.db.param(new Date())],
      ),
    );
    await expect(s.services.processingLog.append(ctx, record('subscriber.failed'))).rejects.toThrow();
    expect(await head()).toEqual(before);
    await s.services.db.transaction((em) =>
      em.query(`DELETE FROM processing_log WHERE id = '00000000-0000-7000-8000-00000000beef'`),
    );
    await s.services.processingLog.append(ctx, record('subscriber.after'));
    await expectIntactChain();
  });

  // A deadlock victim's transaction is rolled back by InnoDB itself; a head UPDATE that had been sent
  // together with the INSERT then ran on its own, in autocommit, and moved the head past an entry that
  // does not exist. SQLite has one writer, so only MySQL can provoke it.
  if (testDialect() === 'mysql') {
    it('keeps the chain whole when its INSERT loses a deadlock, and retries the append', async () => {
      await s.services.processingLog.append(ctx, record());
      const before = await head();
      const other = await createConnection({ uri: s.database.url, multipleStatements: false });
      try {
        await other.query('CREATE TABLE IF NOT EXISTS deadlock_ballast (id INT PRIMARY KEY)');
        await other.query('SET SESSION innodb_lock_wait_timeout = 20');
        await other.beginTransaction();
        // The other transaction writes more rows, so InnoDB chooses the appender as the victim.
        await other.query(
          `INSERT INTO deadlock_ballast (id) VALUES ${Array.from({ length: 200 }, (_, i) => `(${i})`).join(',')}`,
        );
        // A gap lock past the last entry: the appender's INSERT will wait for it...
        await other.query('SELECT seq FROM processing_log WHERE seq > ? FOR UPDATE', [before.seq]);
        const appended = s.services.processingLog.append(ctx, record('subscriber.deadlocked'));
        await new Promise((r) => setTimeout(r, 500));
        // ...while it holds the head, which this one now wants: a deadlock, and the appender loses.
        await other.query('SELECT seq FROM processing_log_head WHERE id = 1 FOR UPDATE');
        await new Promise((r) => setTimeout(r, 500));
        await other.rollback();
        const entry = await appended;
        expect(entry.seq).toBe(before.seq + 1);
      } finally {
        await other.query('DROP TABLE IF EXISTS deadlock_ballast').catch(() => undefined);
        await other.end();
      }
      await expectIntactChain();
    });
  }
});
