import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { newId } from '../schema/common/ids';
import { createServices } from '../server/app';
import { loadConfig } from '../server/config';
import { AddressHasher } from '../schema/common/address-hash';
import { OptInMode, TenantRole } from '../schema/common/enums';
import { IMPORT_CONFIRM_QUEUE, IMPORT_QUEUE } from '../schema/subscribers/import.service';
import { RequestContext } from '../tenants/request-context';
import { WorkerPool } from '../workers/worker-pool';
import { benchDatabase, report, sleep } from './support';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
/** job loops: 1, as `npm start` runs by default (WORKERS=1); the confirmation jobs then run after the import */
const LOOPS = Number(process.env.BENCH_IMPORT_LOOPS ?? 1);

/**
 * A ROWS-row CSV imported into a DOUBLE list (subscribers, consent records, two tokens and a
 * confirmation mail each), against plain multi-row INSERTs of the same subscriber rows.
 */
export async function importBench(): Promise<void> {
  const bdb = await benchDatabase();
  const config = loadConfig({
    DATABASE_URL: bdb.url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    WORKERS: '0',
    LOG_LEVEL: 'silent',
  });
  const s = await createServices(config, pino({ level: 'silent' }));
  const tenantId = randomUUID();
  try {
    await s.db.query(
      `INSERT INTO tenants (id, slug, name, service, dpo_email, status, created_at) VALUES (?, ?, 'Bench', 'EASE', 'dpo@bench.example', 'ACTIVE', ?)`,
      [tenantId, `bench-${tenantId.slice(0, 8)}`, new Date()],
    );
    const ctx = RequestContext.forRequest(
      { kind: 'tenant_user', id: randomUUID(), tenantId, tenantRole: TenantRole.ADMIN },
      'bench',
      null,
      null,
    );
    const baselineList = await s.lists.create(ctx, {
      name: 'BASELINE-L',
      title: 'Baseline',
      optIn: OptInMode.DOUBLE,
    });
    const list = await s.lists.create(ctx, { name: 'IMPORT-L', title: 'Import', optIn: OptInMode.DOUBLE });
    const people = Array.from({ length: ROWS }, (_, i) => ({
      email: `reader-${i}@bench.example`,
      name: `Reader ${i}`,
      country: i % 3 ? 'DE' : 'FR',
    }));
    const csv = [
      'email,name,country,format',
      ...people.map((p) => `${p.email},${p.name},${p.country},TEXT`),
    ].join('\n');

    // Baseline: the same subscriber rows as plain multi-row INSERTs.
    const hasher = new AddressHasher(config.hashKey);
    const now = new Date();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < ROWS; i += 1000) {
      const rows = people
        .slice(i, i + 1000)
        .map((p) => [
          newId(),
          tenantId,
          baselineList.id,
          p.email,
          hasher.platform(p.email),
          p.name,
          p.country,
          'TEXT',
          false,
          'PENDING',
          now,
          null,
        ]);
      await s.db.query(
        `INSERT INTO subscribers (id, tenant_id, list_id, email, address_hash, name, country, format, tracking_consent, status, requested_at, confirmed_at) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        rows.flat(),
      );
    }
    const baseline = ROWS / (Number(process.hrtime.bigint() - t0) / 1e9);

    // Two job loops, as one `npm start` runs by default: the import and, beside it, the jobs that
    // make each imported person's confirmation (tokens and outbox mail, 100 people a job).
    const queues = [IMPORT_QUEUE, IMPORT_CONFIRM_QUEUE];
    const pool = new WorkerPool(
      s.queue,
      s.handlers.filter((h) => queues.includes(h.queue)),
      { loops: LOOPS, leaseMs: 30_000, pollMs: 50 },
      s.log,
    );
    const t1 = process.hrtime.bigint();
    const started = await s.imports.start(ctx, list.id, csv);
    pool.start();
    let done = started;
    while (done.status !== 'DONE' && done.status !== 'FAILED') {
      await sleep(100);
      done = (await s.imports.find(ctx, started.id))!;
    }
    const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
    // Then until every confirmation mail is in the outbox (sending it is the mail worker's pace).
    const pendingConfirmations = async () =>
      Number(
        (
          await s.db.query(
            `SELECT COUNT(*) AS n FROM jobs WHERE queue = ? AND tenant_id = ? AND state <> 'done'`,
            [IMPORT_CONFIRM_QUEUE, tenantId],
          )
        )[0].n,
      );
    while ((await pendingConfirmations()) > 0) await sleep(100);
    const confirmSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
    const mails = Number(
      (await s.db.query(`SELECT COUNT(*) AS n FROM outbound_mail WHERE tenant_id = ?`, [tenantId]))[0].n,
    );
    await pool.stop(1000);
    if (mails !== ROWS) throw new Error(`${mails} confirmation mails for ${ROWS} imported people`);
    if (done.report?.added !== ROWS)
      throw new Error(`import added ${done.report?.added} of ${ROWS}: ${JSON.stringify(done.report)}`);
    report({
      bench: 'import',
      metric: `rows_per_s_${ROWS}_rows_double_list`,
      value: ROWS / seconds,
      unit: 'rows/s',
      baseline,
    });
    report({
      bench: 'import',
      metric: 'whole_import_seconds',
      value: seconds,
      unit: 's',
      baseline: 20,
      ratio: seconds / 20,
    });
    report({
      bench: 'import',
      metric: 'until_all_confirmations_in_outbox_seconds',
      value: confirmSeconds,
      unit: 's',
      baseline: seconds,
      ratio: confirmSeconds / seconds,
    });
  } finally {
    if (!bdb.createdHere) {
      for (const t of [
        'subscription_tokens',
        'consent_records',
        'subscribers',
        'list_daily_counts',
        'mailing_lists',
        'outbound_mail',
        'jobs',
      ]) {
        await s.db.query(`DELETE FROM ${t} WHERE tenant_id = ?`, [tenantId]).catch(() => undefined);
      }
      await s.db.query('DELETE FROM tenants WHERE id = ?', [tenantId]).catch(() => undefined);
    }
    await s.db.close();
    await bdb.cleanup();
  }
}
