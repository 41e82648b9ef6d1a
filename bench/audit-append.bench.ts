import { DataCategory } from '../schema/common/data-category';
import 'reflect-metadata';
import pino from 'pino';
import { createServices, Services } from '../server/app';
import { loadConfig } from '../server/config';
import { newId } from '../schema/common/ids';
import { ProcessingPurpose } from '../schema/common/enums';
import type { ProcessingRecord } from '../schema/processing/processing-log.service';
import { RequestContext } from '../tenants/request-context';
import { benchDatabase, report } from './support';

const ENTRIES = Number(process.env.BENCH_AUDIT_ENTRIES ?? 3000);
const WRITERS = 16;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PLAIN_TABLE = 'bench_plain_log';

const COLUMNS = [
  'id',
  'seq',
  'at',
  'tenant_id',
  'actor_type',
  'actor_id',
  'purpose',
  'action',
  'subjects',
  'data_categories',
  'description',
  'subject_ref',
  'prev_hash',
  'hash',
];

function record(i: number): ProcessingRecord {
  return {
    purpose: ProcessingPurpose.SERVICE_DELIVERY,
    action: 'subscriber.create',
    subjects: 1,
    dataCategories: [
      DataCategory.EMAIL_ADDRESS,
      DataCategory.NAME,
      DataCategory.COUNTRY,
      DataCategory.FORMAT_PREFERENCE,
      DataCategory.CONSENT_RECORD,
    ],
    description: `Subscription requested on a double opt-in list (by the customer); pending confirmation (bench ${i})`,
    subjectRef: 'f'.repeat(48) + i.toString(16).padStart(16, '0'),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** `count` jobs shared by WRITERS concurrent loops; returns jobs per second. */
async function concurrently(count: number, work: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      for (let i = next++; i < count; i = next++) await work(i);
    }),
  );
  return count / (Number(process.hrtime.bigint() - t0) / 1e9);
}

/** The real writer, appends outside any transaction: group-committed (one head lock per group). */
async function standalone(s: Services, tenants: string[]): Promise<number> {
  const contexts = tenants.map((t) => RequestContext.system('bench-audit').forTenant(t));
  return concurrently(ENTRIES, (i) => s.processingLog.append(contexts[i % contexts.length], record(i)));
}

/** The real writer inside each writer's own transaction, as an operation's entry is: one head lock per entry. */
async function inTransaction(s: Services, tenants: string[]): Promise<number> {
  const contexts = tenants.map((t) => RequestContext.system('bench-audit').forTenant(t));
  return concurrently(ENTRIES, (i) =>
    s.db.transaction(() => s.processingLog.append(contexts[i % contexts.length], record(i))),
  );
}

/** The same rows as plain autocommit INSERTs into a copy of the table (same columns and indexes), no chain. */
async function plain(s: Services, tenants: string[]): Promise<number> {
  await s.db.query(`DELETE FROM ${PLAIN_TABLE}`);
  const sql = `INSERT INTO ${PLAIN_TABLE} (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`;
  const base = Date.now();
  return concurrently(ENTRIES, (i) => {
    const r = record(i);
    return s.db.query(sql, [
      newId(),
      base + i,
      new Date(),
      tenants[i % tenants.length],
      'SYSTEM',
      'bench-audit',
      r.purpose,
      r.action,
      r.subjects,
      JSON.stringify([...r.dataCategories].sort()),
      r.description,
      r.subjectRef,
      'a'.repeat(64),
      'b'.repeat(64),
    ]);
  });
}

/**
 * Entries per second through the processing-log writer with 16 concurrent writers, against plain
 * autocommit inserts of the same rows into a table with the same columns and indexes, in the same
 * run: appends outside a transaction (group-committed) and appends each inside its own transaction.
 */
export async function auditAppendBench(): Promise<void> {
  const bdb = await benchDatabase();
  const s = await createServices(
    loadConfig({
      DATABASE_URL: bdb.url,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
      LOG_LEVEL: 'silent',
    }),
    pino({ level: 'silent' }),
  );
  try {
    await s.db.query(`DROP TABLE IF EXISTS ${PLAIN_TABLE}`);
    await s.db.query(`CREATE TABLE ${PLAIN_TABLE} LIKE processing_log`);
    const tenants = Array.from({ length: 8 }, () => newId());
    // Warm-up: connections, statement caches, JIT, both paths of the writer.
    await concurrently(200, (i) =>
      s.processingLog.append(RequestContext.system('bench-audit').forTenant(tenants[i % 8]), record(i)),
    );
    await concurrently(200, (i) =>
      s.db.transaction(() =>
        s.processingLog.append(RequestContext.system('bench-audit').forTenant(tenants[i % 8]), record(i)),
      ),
    );
    await plain(s, tenants);
    const standaloneRuns: number[] = [];
    const transactionRuns: number[] = [];
    const plainRuns: number[] = [];
    // Alternating rounds, so drift in what else the machine does falls on every side alike.
    for (let round = 0; round < ROUNDS; round++) {
      plainRuns.push(await plain(s, tenants));
      standaloneRuns.push(await standalone(s, tenants));
      transactionRuns.push(await inTransaction(s, tenants));
    }
    const [{ n }] = await s.db.query(`SELECT COUNT(*) AS n FROM processing_log`);
    const verification = await s.audit.verifyChain();
    if (!verification.valid || verification.entriesChecked !== Number(n))
      throw new Error(`the chain is broken after the bench: ${JSON.stringify(verification)}`);
    const baseline = median(plainRuns);
    report({
      bench: 'audit-append',
      metric: 'entries_per_s_16_writers',
      value: median(standaloneRuns),
      unit: 'entries/s',
      baseline,
    });
    report({
      bench: 'audit-append',
      metric: 'entries_per_s_16_writers_each_in_a_transaction',
      value: median(transactionRuns),
      unit: 'entries/s',
      baseline,
    });
  } finally {
    await s.db.query(`DROP TABLE IF EXISTS ${PLAIN_TABLE}`).catch(() => undefined);
    await s.db.close();
    await bdb.cleanup();
  }
}
