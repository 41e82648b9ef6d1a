import 'reflect-metadata';
import pino from 'pino';
import { createServices, listen } from '../server/app';
import { loadConfig } from '../server/config';
import { AddressHasher } from '../schema/common/address-hash';
import { DSR_ROUTE_QUEUE, DSR_SUBMIT_QUEUE, HOLDINGS_SQL } from '../schema/requests/request.service';
import { WorkerPool } from '../workers/worker-pool';
import { deleteDataset, insertDataset } from '../test/support/dataset';
import { benchDatabase, report, sleep } from './support';

const TENANTS = Number(process.env.BENCH_ROUTING_TENANTS ?? 1000);
const SUBSCRIPTIONS = Number(process.env.BENCH_ROUTING_SUBSCRIPTIONS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_ROUTING_REQUESTS ?? 100);

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e6;

/**
 * REQUESTS data-subject requests against SUBSCRIPTIONS subscriptions over TENANTS tenants: the time
 * from `verifyDataSubjectRequest` (over HTTP) until the request is ROUTED (tasks, DPO mails and the
 * requester's mail committed by the routing job), against the bare indexed look-up of the same
 * addresses in the same run.
 */
export async function routingBench(): Promise<void> {
  const bdb = await benchDatabase();
  const config = loadConfig({
    DATABASE_URL: bdb.url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    WORKERS: '0',
    LOG_LEVEL: 'silent',
    PUBLIC_RATE_LIMIT: '0',
  });
  const s = await createServices(config, pino({ level: 'silent' }));
  const hasher = new AddressHasher(config.hashKey);
  const { dataset, seconds: seeded } = await insertDataset(
    s.db,
    { tenants: TENANTS, subscriptions: SUBSCRIPTIONS },
    config.hashKey,
  );
  console.error(
    `routing: ${SUBSCRIPTIONS} subscriptions over ${TENANTS} tenants written in ${seeded.toFixed(1)} s`,
  );
  await s.db.query('ANALYZE TABLE subscribers, mailing_lists');

  // Addresses that are held, spread over the whole dataset, by one or more tenants.
  const every = Math.floor(SUBSCRIPTIONS / REQUESTS);
  const emails: string[] = [];
  let i = 0;
  for (const row of dataset.rows()) if (i++ % every === 0 && emails.length < REQUESTS) emails.push(row.email);

  const server = await listen(s, 0, '127.0.0.1');
  const queues = [DSR_SUBMIT_QUEUE, DSR_ROUTE_QUEUE];
  const pool = new WorkerPool(
    s.queue,
    s.handlers.filter((h) => queues.includes(h.queue)),
    { loops: 2, leaseMs: 30_000, pollMs: 50 },
    s.log,
  );
  pool.start();
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  try {
    const explain = await s.db.query(`EXPLAIN ${HOLDINGS_SQL}`, [hasher.platform(emails[0])]);
    console.error('routing: EXPLAIN of the routing look-up');
    for (const row of explain) console.error(`  ${JSON.stringify(row)}`);

    // Baseline: the bare indexed look-up, as the routing job runs it, for the same addresses.
    for (const e of emails.slice(0, 10)) await s.db.query(HOLDINGS_SQL, [hasher.platform(e)]);
    const bare: number[] = [];
    let held = 0;
    for (const e of emails) {
      const t = process.hrtime.bigint();
      const rows: Array<{ tenant_id: string }> = await s.db.query(HOLDINGS_SQL, [hasher.platform(e)]);
      bare.push(ms(t));
      held += new Set(rows.map((r) => r.tenant_id)).size;
    }

    const routed: number[] = [];
    let tasks = 0;
    for (const email of emails) {
      const { reference } = (
        await gql(
          'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference } }',
          { i: { email, type: 'ACCESS' } },
        )
      ).submitDataSubjectRequest;
      let mail: Array<{ text: string }> = [];
      while (!mail.length) {
        await sleep(5);
        mail = await s.db.query(
          `SELECT text FROM outbound_mail WHERE kind = 'dsr.verify' AND subject LIKE ?`,
          [`%${reference}%`],
        );
      }
      const token = /\/requests\/verify\?token=([A-Za-z0-9_-]+)/.exec(mail[0].text)![1];
      const t = process.hrtime.bigint();
      await gql('mutation($t: String!) { verifyDataSubjectRequest(token: $t) { status } }', { t: token });
      for (;;) {
        const [row] = await s.db.query('SELECT status FROM data_subject_requests WHERE reference = ?', [
          reference,
        ]);
        if (row.status !== 'ROUTING') {
          if (row.status !== 'ROUTED') throw new Error(`${reference} ended ${row.status}`);
          break;
        }
        await sleep(2);
      }
      routed.push(ms(t));
      tasks += Number(
        (
          await s.db.query(
            'SELECT COUNT(*) AS n FROM data_subject_tasks k JOIN data_subject_requests r ON r.id = k.request_id WHERE r.reference = ?',
            [reference],
          )
        )[0].n,
      );
    }
    if (tasks !== held)
      throw new Error(`${tasks} tasks created, but the look-up finds ${held} holding tenants`);
    console.error(
      `routing: ${REQUESTS} requests routed to ${tasks} controllers (${(tasks / REQUESTS).toFixed(2)} a request)`,
    );
    report({
      bench: 'routing',
      metric: 'verify_to_routed_p50_ms',
      value: percentile(routed, 50),
      unit: 'ms',
      baseline: percentile(bare, 50),
    });
    report({
      bench: 'routing',
      metric: 'verify_to_routed_p95_ms',
      value: percentile(routed, 95),
      unit: 'ms',
      baseline: percentile(bare, 95),
    });
    report({
      bench: 'routing',
      metric: 'verify_to_routed_p95_vs_goal_ms',
      value: percentile(routed, 95),
      unit: 'ms',
      baseline: 1000,
    });
  } finally {
    await pool.stop(2000);
    await server.close();
    if (!bdb.createdHere) {
      await s.db.query(
        `DELETE FROM data_subject_tasks WHERE tenant_id IN (${dataset.tenants.map(() => '?').join(', ')})`,
        dataset.tenants.map((t) => t.id),
      );
      await deleteDataset(s.db, dataset);
    }
    await s.db.close();
    await bdb.cleanup();
  }
}
