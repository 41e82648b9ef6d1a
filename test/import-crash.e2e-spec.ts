import { IMPORT_BATCH } from '../schema/subscribers/import.service';
import { createTenant, createUser } from './support/fixtures';
import { crashSuite, killMidJob, stopWorker, untilWhileAlive } from './support/crash';

const ROWS = IMPORT_BATCH * 16;
const IMPORT = 'mutation($l: ID!, $csv: String!) { importSubscribers(listId: $l, csv: $csv) { id } }';
const STATUS =
  'query($id: ID!) { subscriberImport(id: $id) { status report { rows added alreadyPresent suppressed invalid } } }';

describe('a worker killed mid-import', () => {
  // No SMTP: the confirmations stay in the outbox, where they are counted.
  const crash = crashSuite();

  it('is resumed by another worker: every row added once, one confirmation each, and the report counts the whole import', async () => {
    const { s } = crash;
    const tenant = await createTenant(s);
    const admin = await createUser(s, tenant, 'ADMIN');
    const list = (
      await s.gql(
        'mutation { createList(input: { name: "RESUME-L", title: "Resume" }) { id } }',
        {},
        admin.token,
      )
    ).data.createList;
    await s.gql(
      'mutation($l: ID!) { addSubscriber(listId: $l, input: { email: "already@resume.example" }) { id } }',
      { l: list.id },
      admin.token,
    );
    const lines = Array.from({ length: ROWS }, (_, i) => `reader-${i}@resume.example,Reader ${i},DE,TEXT`);
    const csv = ['email,name,country,format', ...lines, lines[0], 'ALREADY@resume.example,,,'].join('\n');
    const jobId = (await s.gql(IMPORT, { l: list.id, csv }, admin.token)).data.importSubscribers.id;
    const progress = async () =>
      Number((await s.services.db.query('SELECT progress FROM jobs WHERE id = ?', [jobId]))[0].progress);

    // Freeze the first worker once it has committed a batch, check that it is mid-import, kill it.
    const { inspected: killedAt } = await killMidJob(
      crash.start(),
      async () => (await progress()) >= IMPORT_BATCH,
      'a first batch',
      { freeze: true, inspect: progress, pollMs: 2 },
    );
    expect(killedAt).toBeGreaterThanOrEqual(IMPORT_BATCH);
    expect(killedAt).toBeLessThan(ROWS);

    const second = crash.start();
    await untilWhileAlive(
      second,
      async () => (await s.gql(STATUS, { id: jobId }, admin.token)).data.subscriberImport.status === 'DONE',
      'the second worker to finish the import',
      40_000,
    );
    const { report } = (await s.gql(STATUS, { id: jobId }, admin.token)).data.subscriberImport;
    expect(report).toEqual({ rows: ROWS + 2, added: ROWS, alreadyPresent: 2, suppressed: 0, invalid: 0 });

    const count = async (sql: string, params: unknown[]) =>
      Number((await s.services.db.query(sql, params))[0].n);
    expect(await count('SELECT COUNT(*) AS n FROM subscribers WHERE list_id = ?', [list.id])).toBe(ROWS + 1);
    expect(
      await count(`SELECT COUNT(*) AS n FROM consent_records WHERE tenant_id = ? AND source = 'IMPORT'`, [
        tenant.id,
      ]),
    ).toBe(ROWS);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM processing_log WHERE tenant_id = ? AND action = 'subscriber.import'`,
        [tenant.id],
      ),
    ).toBe(1);

    // Every imported person gets exactly one confirmation (made by jobs committed with each batch).
    await untilWhileAlive(
      second,
      async () =>
        (await count(
          `SELECT COUNT(*) AS n FROM jobs WHERE tenant_id = ? AND queue = 'subscribers.import-confirmations' AND state <> 'done'`,
          [tenant.id],
        )) === 0,
      'the confirmations',
      40_000,
    );
    const mails: Array<{ to: string; n: number | string }> = await s.services.db.query(
      `SELECT to_address AS "to", COUNT(*) AS n FROM outbound_mail WHERE tenant_id = ? AND kind = 'subscription.confirm' GROUP BY to_address`,
      [tenant.id],
    );
    expect(mails.length).toBe(ROWS + 1);
    expect(mails.every((m) => Number(m.n) === 1)).toBe(true);
    await stopWorker(second);
    // The budget of the waits above (the kill, then 40 s each for the import and its
    // confirmations), not Jest's 60 s default: on two shared cores the import alone can take 40 s.
  }, 150_000);
});
