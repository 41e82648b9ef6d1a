import { AddressHasher } from '../schema/common/address-hash';
import { newId } from '../schema/common/ids';
import { crashSuite, killMidJob, stopWorker, untilWhileAlive } from './support/crash';

/** holding tenants per address: enough that the routing transaction is long, so a kill lands inside it */
const TENANTS = 150;
const ATTEMPTS = 5;
const SUBMIT = 'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference } }';
const VERIFY = 'mutation($t: String!) { verifyDataSubjectRequest(token: $t) { status } }';

describe('a worker killed while routing a data-subject request', () => {
  // No SMTP: mail stays in the outbox, where it is counted.
  const crash = crashSuite();
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await crash.s.services.db.query(sql, params))[0].n);
  const addresses = Array.from(
    { length: ATTEMPTS },
    (_, i) => `held-${i}-${Date.now().toString(36)}@crash.example`,
  );

  beforeAll(async () => {
    const { s } = crash;
    // TENANTS tenants, each holding every address on one list, written directly.
    const hasher = new AddressHasher(s.services.config.hashKey);
    const now = s.services.db.param(new Date());
    for (let t = 0; t < TENANTS; t++) {
      const tenantId = newId();
      const listId = newId();
      await s.services.db.query(
        `INSERT INTO tenants (id, slug, name, service, dpo_email, status, created_at) VALUES (?, ?, ?, 'EASE', ?, 'ACTIVE', ?)`,
        [
          tenantId,
          `crash-${t}-${tenantId.slice(-6)}`,
          `Crash Customer ${t}`,
          `dpo-${t}@crash-customers.example`,
          now,
        ],
      );
      await s.services.db.query(
        `INSERT INTO mailing_lists (id, tenant_id, name, title, opt_in, created_at) VALUES (?, ?, 'NEWS-L', 'News', 'SINGLE', ?)`,
        [listId, tenantId, now],
      );
      for (const email of addresses) {
        await s.services.db.query(
          `INSERT INTO subscribers (id, tenant_id, list_id, email, address_hash, name, country, format, tracking_consent, status, restricted, requested_at, confirmed_at)
           VALUES (?, ?, ?, ?, ?, NULL, NULL, 'TEXT', ?, 'CONFIRMED', ?, ?, ?)`,
          [newId(), tenantId, listId, email, hasher.platform(email), false, false, now, now],
        );
      }
    }
  });

  it('is routed again by another worker: one task and one DPO mail per holding tenant, one mail to the requester', async () => {
    const { s } = crash;
    let caughtMidway = 0;
    for (const email of addresses) {
      const first = crash.start();
      const { reference } = (await s.gql(SUBMIT, { i: { email, type: 'ACCESS' } })).data
        .submitDataSubjectRequest;
      const verifyText = async () =>
        (
          (await s.services.db.query(
            `SELECT text FROM outbound_mail WHERE kind = 'dsr.verify' AND subject LIKE ?`,
            [`%${reference}%`],
          )) as Array<{ text: string }>
        )[0]?.text;
      await untilWhileAlive(first, async () => !!(await verifyText()), 'the verification mail', 20_000, 5);
      const token = /\/requests\/verify\?token=([A-Za-z0-9_-]+)/.exec((await verifyText())!)![1];
      expect((await s.gql(VERIFY, { t: token })).data.verifyDataSubjectRequest.status).toBe('ROUTING');

      // Freeze the worker as soon as it holds the routing job, see what it had committed, kill it.
      const routeJob = `SELECT state, attempts FROM jobs WHERE queue = 'dsr.route' AND payload LIKE ?`;
      const [requestRow] = await s.services.db.query(
        'SELECT id FROM data_subject_requests WHERE reference = ?',
        [reference],
      );
      const { inspected: tasksAtKill } = await killMidJob(
        first,
        async () => (await s.services.db.query(routeJob, [`%${requestRow.id}%`]))[0]?.state === 'running',
        'the routing job to start',
        {
          freeze: true,
          inspect: () =>
            count('SELECT COUNT(*) AS n FROM data_subject_tasks WHERE request_id = ?', [requestRow.id]),
          pollMs: 1,
        },
      );
      // Either nothing of the routing was committed (killed mid-way) or all of it was (it had just finished).
      expect([0, TENANTS]).toContain(tasksAtKill);
      if (tasksAtKill === 0) caughtMidway++;

      const second = crash.start();
      await untilWhileAlive(
        second,
        async () =>
          (
            await s.services.db.query('SELECT status FROM data_subject_requests WHERE id = ?', [
              requestRow.id,
            ])
          )[0].status === 'ROUTED',
        'the second worker to route the request',
        30_000,
      );
      expect(
        await count('SELECT COUNT(*) AS n FROM data_subject_tasks WHERE request_id = ?', [requestRow.id]),
      ).toBe(TENANTS);
      expect(
        await count('SELECT COUNT(DISTINCT tenant_id) AS n FROM data_subject_tasks WHERE request_id = ?', [
          requestRow.id,
        ]),
      ).toBe(TENANTS);
      expect(
        await count(`SELECT COUNT(*) AS n FROM outbound_mail WHERE kind = 'dsr.task' AND subject LIKE ?`, [
          `%${reference}%`,
        ]),
      ).toBe(TENANTS);
      expect(
        await count(
          `SELECT COUNT(DISTINCT to_address) AS n FROM outbound_mail WHERE kind = 'dsr.task' AND subject LIKE ?`,
          [`%${reference}%`],
        ),
      ).toBe(TENANTS);
      expect(
        await count(`SELECT COUNT(*) AS n FROM outbound_mail WHERE kind = 'dsr.routed' AND subject LIKE ?`, [
          `%${reference}%`,
        ]),
      ).toBe(1);
      expect(
        await count(
          `SELECT COUNT(*) AS n FROM processing_log WHERE action = 'request.route' AND description LIKE ?`,
          [`%${reference}%`],
        ),
      ).toBe(TENANTS);
      await stopWorker(second);
      if (caughtMidway) break;
    }
    // The kill landed inside the routing transaction at least once.
    expect(caughtMidway).toBeGreaterThanOrEqual(1);
  });
});
