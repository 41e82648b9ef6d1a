import 'reflect-metadata';
import pino from 'pino';
import { createServices, Services } from '../server/app';
import { loadConfig } from '../server/config';
import { newId } from '../schema/common/ids';
import { ActorType, ProcessingPurpose } from '../schema/common/enums';
import { ChainVerifier } from '../schema/processing/chain-verifier';
import { ProcessingLogEntry } from '../schema/processing/processing-log-entry.entity';
import { entryHash } from '../schema/processing/processing-log.service';
import { benchDatabase, report } from './support';

const ENTRIES = Number(process.env.BENCH_VERIFY_ENTRIES ?? 1_000_000);
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
const PURPOSES = [
  ProcessingPurpose.SERVICE_DELIVERY,
  ProcessingPurpose.DATA_SUBJECT_REQUEST,
  ProcessingPurpose.SECURITY,
  ProcessingPurpose.TECHNICAL_SUPPORT,
];

const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/**
 * Appends `count` entries after the head, chained exactly as the writer chains them (entryHash), in
 * multi-row statements: writing a million entries one by one would take the bench most of an hour.
 */
async function fill(s: Services, count: number): Promise<void> {
  const [head] = await s.db.query('SELECT seq, hash FROM processing_log_head WHERE id = 1');
  let seq = Number(head.seq);
  let prev: string = head.hash;
  const tenants = Array.from({ length: 50 }, () => newId());
  const start = Date.now() - count;
  const t0 = process.hrtime.bigint();
  for (let done = 0; done < count;) {
    const n = Math.min(10_000, count - done);
    const rows: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const e = Object.assign(new ProcessingLogEntry(), {
        id: newId(),
        seq: ++seq,
        prevHash: prev,
        at: new Date(start + seq),
        tenantId: seq % 10 ? tenants[seq % tenants.length] : null,
        actorType: seq % 3 ? ActorType.TENANT_USER : ActorType.SYSTEM,
        actorId: seq % 3 ? tenants[(seq * 7) % tenants.length] : 'system.housekeeping',
        purpose: PURPOSES[seq % PURPOSES.length],
        action: seq % 2 ? 'subscriber.create' : 'list.deliver',
        subjects: seq % 2 ? 1 : 500,
        dataCategories:
          seq % 2
            ? ['CONSENT_RECORD', 'COUNTRY', 'EMAIL_ADDRESS', 'FORMAT_PREFERENCE', 'NAME']
            : ['EMAIL_ADDRESS', 'MESSAGE_CONTENT'],
        description:
          seq % 2
            ? 'Subscription requested on a double opt-in list (by the customer); pending confirmation'
            : 'List message delivered to 500 confirmed subscribers',
        subjectRef: seq % 2 ? prev : null,
      });
      e.hash = entryHash(e);
      prev = e.hash;
      rows.push([
        e.id,
        e.seq,
        e.at,
        e.tenantId,
        e.actorType,
        e.actorId,
        e.purpose,
        e.action,
        e.subjects,
        JSON.stringify(e.dataCategories),
        e.description,
        e.subjectRef,
        e.prevHash,
        e.hash,
      ]);
    }
    await s.db.transaction(async (em) => {
      await s.db.bulkInsert(em, 'processing_log', COLUMNS, rows, 1000);
      await em.query('UPDATE processing_log_head SET seq = ?, hash = ? WHERE id = 1', [seq, prev]);
    });
    done += n;
    if (done % 100_000 === 0)
      process.stderr.write(`filled ${done.toLocaleString('en')} entries in ${seconds(t0).toFixed(0)} s\n`);
  }
}

/** The baseline: the same rows read the same way (raw array rows, seq ranges, three in flight) and dropped, no hashing. */
async function readOnly(s: Services): Promise<number> {
  const [{ lo, hi }] = await s.db.query('SELECT MIN(seq) AS lo, MAX(seq) AS hi FROM processing_log');
  const t0 = process.hrtime.bigint();
  let total = 0;
  let next = Number(lo);
  const ahead: Array<Promise<unknown[][]>> = [];
  const range = (from: number) =>
    s.db.rows(
      'SELECT seq, prev_hash, id, at, tenant_id, actor_type, actor_id, purpose, action, subjects, data_categories, description, subject_ref, hash FROM processing_log WHERE seq >= ? AND seq < ? ORDER BY seq',
      [from, from + 10_000],
    );
  const fill = () => {
    while (ahead.length < 3 && next <= Number(hi)) {
      ahead.push(range(next));
      next += 10_000;
    }
  };
  fill();
  while (ahead.length) {
    total += (await ahead.shift()!).length;
    fill();
  }
  return total / seconds(t0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Entries verified per second over a log of ENTRIES entries (median of 3), against reading the same rows without verifying them. */
export async function auditVerifyBench(): Promise<void> {
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
    const [{ n }] = await s.db.query('SELECT COUNT(*) AS n FROM processing_log');
    if (Number(n) < ENTRIES) await fill(s, ENTRIES - Number(n));
    const verifier = new ChainVerifier(s.db);
    // One untimed pass first (buffer pool, JIT), then alternating rounds: drift in what else the
    // machine does falls on both sides alike.
    await readOnly(s);
    const read: number[] = [];
    const verify: number[] = [];
    for (let round = 0; round < 3; round++) {
      read.push(await readOnly(s));
      const t0 = process.hrtime.bigint();
      const result = await verifier.verify();
      verify.push(result.entriesChecked / seconds(t0));
      if (!result.valid || result.entriesChecked < ENTRIES)
        throw new Error(
          `unexpected verification: ${JSON.stringify({ ...result, issues: result.issues.slice(0, 3) })}`,
        );
    }
    report({
      bench: 'audit-verify',
      metric: 'entries_verified_per_s',
      value: median(verify),
      unit: 'entries/s',
      baseline: median(read),
    });
  } finally {
    await s.db.close();
    await bdb.cleanup();
  }
}
