import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { createServices, createWorkerPool } from '../server/app';
import { loadConfig } from '../server/config';
import { AddressHasher } from '../schema/common/address-hash';
import { OptInMode, TenantRole } from '../schema/common/enums';
import { RequestContext } from '../tenants/request-context';
import { benchDatabase, report, sleep } from './support';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const LOOPS = 2;
const TEXT = 'Hello readers,\n\nThis is the weekly issue with a few paragraphs of text.\n'.repeat(8);

/**
 * A message to RECIPIENTS confirmed subscribers through a local SMTP sink (its own process), against
 * nodemailer sending the same number of messages straight to the sink with the same pool settings.
 */
export async function deliveryBench(): Promise<void> {
  const sink = fork(join(__dirname, 'smtp-sink.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const port = await new Promise<number>((r) => sink.once('message', (m) => r((m as { port: number }).port)));
  const count = () =>
    new Promise<number>((r) => {
      sink.once('message', (m) => r((m as { count: number }).count));
      sink.send({ ask: 'count' });
    });
  const smtpUrl = `smtp://127.0.0.1:${port}`;
  const bdb = await benchDatabase();
  const config = loadConfig({
    DATABASE_URL: bdb.url,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    SMTP_URL: smtpUrl,
    WORKERS: '0',
    LOG_LEVEL: 'silent',
  });
  const s = await createServices(config, pino({ level: 'silent' }));
  try {
    // Baseline: the same messages straight through a pooled nodemailer transport.
    const direct = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 5,
      maxMessages: 100,
    } as never);
    const t0 = process.hrtime.bigint();
    let next = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < RECIPIENTS) {
          const i = next++;
          await direct.sendMail({
            from: config.mailFrom,
            to: `reader-${i}@bench.example`,
            subject: 'Weekly',
            text: TEXT,
            headers: { 'List-Unsubscribe': '<https://x/unsubscribe?token=t>' },
          });
        }
      }),
    );
    const baseline = RECIPIENTS / (Number(process.hrtime.bigint() - t0) / 1e9);
    direct.close();

    // Steward: a tenant, a list, RECIPIENTS confirmed subscribers, then sendListMessage.
    const tenantId = randomUUID();
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
    const list = await s.lists.create(ctx, { name: 'BENCH-L', title: 'Bench', optIn: OptInMode.SINGLE });
    const hasher = new AddressHasher(config.hashKey);
    const now = new Date();
    for (let i = 0; i < RECIPIENTS; i += 500) {
      const rows = Array.from({ length: Math.min(500, RECIPIENTS - i) }, (_, j) => {
        const email = `reader-${i + j}@bench.example`;
        return [
          randomUUID(),
          tenantId,
          list.id,
          email,
          hasher.platform(email),
          null,
          null,
          'TEXT',
          false,
          'CONFIRMED',
          now,
          now,
        ];
      });
      await s.db.query(
        `INSERT INTO subscribers (id, tenant_id, list_id, email, address_hash, name, country, format, tracking_consent, status, requested_at, confirmed_at) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        rows.flat(),
      );
    }
    const before = await count();
    const pool = createWorkerPool(s, LOOPS);
    const t1 = process.hrtime.bigint();
    const delivery = await s.deliveries.send(ctx, list.id, { subject: 'Weekly', text: TEXT });
    pool.start();
    for (;;) {
      const [d] = await s.db.query('SELECT status FROM deliveries WHERE id = ?', [delivery.id]);
      if (d.status === 'SENT' || d.status === 'FAILED') break;
      await sleep(50);
    }
    const seconds = Number(process.hrtime.bigint() - t1) / 1e9;
    await pool.stop(1000);
    const delivered = (await count()) - before;
    if (delivered !== RECIPIENTS) throw new Error(`the sink received ${delivered} of ${RECIPIENTS} messages`);
    report({
      bench: 'delivery',
      metric: `messages_per_s_${RECIPIENTS}_recipients`,
      value: RECIPIENTS / seconds,
      unit: 'msg/s',
      baseline,
    });
    if (!bdb.createdHere) {
      for (const t of [
        'delivery_recipients',
        'deliveries',
        'subscription_tokens',
        'consent_records',
        'subscribers',
        'list_daily_counts',
        'mailing_lists',
      ]) {
        await s.db.query(`DELETE FROM ${t} WHERE tenant_id = ?`, [tenantId]);
      }
      await s.db.query('DELETE FROM tenants WHERE id = ?', [tenantId]);
    }
  } finally {
    await s.db.close();
    await bdb.cleanup();
    sink.kill('SIGTERM');
  }
}
