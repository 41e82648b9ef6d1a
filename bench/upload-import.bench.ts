import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createServices, listen } from '../server/app';
import { loadConfig } from '../server/config';
import { IMPORT_QUEUE } from '../schema/subscribers/import.service';
import type { SubscriberImport } from '../schema/subscribers/import.types';
import { RequestContext } from '../tenants/request-context';
import { WorkerPool } from '../workers/worker-pool';
import { benchDatabase, operatorToken, report, sleep } from './support';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);

/**
 * A ROWS-row CSV uploaded through `POST /imports` (the body streamed into 1 MiB pieces, the job
 * parsing them as a stream), timed from the first byte sent to `DONE`, against the existing import
 * bench's path: the same CSV handed to `ImportService.start` (as `importSubscribers` does) into
 * another DOUBLE list of the same tenant, first. One job loop runs the import queue only: the
 * confirmation jobs both imports queue are not run, so neither import shares the loop with them.
 */
export async function uploadImportBench(): Promise<void> {
  const bdb = await benchDatabase();
  const config = loadConfig({
    DATABASE_URL: bdb.url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    OPERATOR_EMAIL: 'bench-operator@steward.local',
    OPERATOR_PASSWORD: 'bench-operator-password',
    WORKERS: '0',
    PUBLIC_RATE_LIMIT: '0',
    LOG_LEVEL: 'silent',
  });
  const s = await createServices(config, pino({ level: 'silent' }));
  const http = await listen(s, 0, '127.0.0.1');
  const base = http.url.replace(/\/graphql$/, '');
  const slug = `bench-${randomUUID().slice(0, 8)}`;
  const pool = new WorkerPool(
    s.queue,
    s.handlers.filter((h) => h.queue === IMPORT_QUEUE),
    { loops: 1, leaseMs: 30_000, pollMs: 50 },
    s.log,
  );
  try {
    const op = RequestContext.system('bench');
    const opLogin = { token: await operatorToken(s, config.operatorEmail!, config.operatorPassword!) };
    const gql = async (query: string, variables: object, token: string) => {
      const res = await fetch(http.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const tenant = (
      await gql(
        'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
        { i: { slug, name: 'Bench', service: 'EASE', dpoEmail: 'dpo@bench.example' } },
        opLogin.token,
      )
    ).createTenant;
    await gql(
      'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id } }',
      {
        i: {
          tenantId: tenant.id,
          email: 'admin@bench.example',
          password: 'bench-admin-password',
          role: 'ADMIN',
        },
      },
      opLogin.token,
    );
    const admin = await s.users.login(op, 'admin@bench.example', 'bench-admin-password', slug);
    const ctx = RequestContext.system('bench-upload-import').forTenant(tenant.id);
    const createList = async (name: string) =>
      (
        await gql(
          'mutation($n: String!) { createList(input: { name: $n, title: "Bench", optIn: DOUBLE }) { id } }',
          { n: name },
          admin.token,
        )
      ).createList.id as string;
    const jobList = await createList('JOB-L');
    const uploadList = await createList('UPLOAD-L');
    const csv = [
      'email,name,country,format',
      ...Array.from(
        { length: ROWS },
        (_, i) => `reader-${i}@bench.example,Reader ${i},${i % 3 ? 'DE' : 'FR'},TEXT`,
      ),
    ].join('\n');
    const untilDone = async (id: string): Promise<SubscriberImport> => {
      for (;;) {
        const x = (await s.imports.find(ctx, id))!;
        if (x.status === 'DONE' || x.status === 'FAILED') return x;
        await sleep(100);
      }
    };
    pool.start();

    // Baseline: the existing path (the CSV as one string, as importSubscribers and the import bench).
    const t0 = process.hrtime.bigint();
    const jobDone = await untilDone((await s.imports.start(ctx, jobList, csv)).id);
    const jobSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (jobDone.report?.added !== ROWS) throw new Error(`job path added ${JSON.stringify(jobDone.report)}`);

    // The upload: the body sent in 64 KiB pieces, as a browser's upload would arrive.
    const body = Buffer.from(csv);
    const t1 = process.hrtime.bigint();
    const res = await fetch(`${base}/imports?listId=${uploadList}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin.token}` },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < body.length; i += 65536) controller.enqueue(body.subarray(i, i + 65536));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    const answer = (await res.json()) as { id?: string };
    if (res.status !== 200 || !answer.id)
      throw new Error(`upload answered ${res.status}: ${JSON.stringify(answer)}`);
    const uploadSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
    const uploadDone = await untilDone(answer.id);
    const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
    if (uploadDone.report?.added !== ROWS)
      throw new Error(`upload added ${JSON.stringify(uploadDone.report)}`);

    report({
      bench: 'upload-import',
      metric: `rows_per_s_${ROWS}_rows_upload_vs_job`,
      value: ROWS / seconds,
      unit: 'rows/s',
      baseline: ROWS / jobSeconds,
    });
    report({
      bench: 'upload-import',
      metric: 'upload_answered_seconds_of_whole',
      value: uploadSeconds,
      unit: 's',
      baseline: seconds,
    });
  } finally {
    await pool.stop(1000);
    // In a database it did not create, the bench removes its tenant's rows.
    if (!bdb.createdHere) {
      const [t] = await s.db.query('SELECT id FROM tenants WHERE slug = ?', [slug]).catch(() => []);
      if (t) {
        for (const table of [
          'subscription_tokens',
          'consent_records',
          'subscribers',
          'list_daily_counts',
          'mailing_lists',
          'import_chunks',
          'outbound_mail',
          'jobs',
          'tenant_users',
        ])
          await s.db.query(`DELETE FROM ${table} WHERE tenant_id = ?`, [t.id]).catch(() => undefined);
        await s.db.query('DELETE FROM tenants WHERE id = ?', [t.id]).catch(() => undefined);
      }
    }
    await http.close();
    await s.db.close();
    await bdb.cleanup();
  }
}
