import { DataCategory } from '../schema/common/data-category';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createWorkerPool } from '../server/app';
import { ProcessingPurpose } from '../schema/common/enums';
import { ChainVerifier, RawEntry } from '../schema/processing/chain-verifier';
import { CheckpointSigner } from '../schema/processing/checkpoint-signer';
import { ProcessingLogEntry } from '../schema/processing/processing-log-entry.entity';
import { entryHash } from '../schema/processing/processing-log.service';
import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser, TenantFixture } from './support/fixtures';
import { TEST_AUDIT_SIGNING_KEY } from './support/keys';
import { codeOf, startTestServer, TEST_JWT_SECRET, TestServer } from './support/test-server';
import { until } from './support/wait';

const VERIFY =
  '{ verifyProcessingLog { valid entriesChecked firstInvalidSeq reason headSeq checkpointsChecked lastCheckpointSeq issues { seq problem detail } warnings } }';
const INSPECT =
  'query($t: ID!, $e: String!, $p: ProcessingPurpose!, $j: String!) { inspectSubscribers(tenantId: $t, email: $e, purpose: $p, justification: $j) { id } }';
const CLI = resolve(__dirname, '..', 'dist', 'server', 'audit-cli.js');

interface Verification {
  valid: boolean;
  entriesChecked: number;
  firstInvalidSeq: number | null;
  reason: string | null;
  headSeq: number;
  checkpointsChecked: number;
  lastCheckpointSeq: number | null;
  issues: Array<{ seq: number | null; problem: string; detail: string }>;
  warnings: string[];
}

describe('processing log: tamper evidence', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let op: string;
  let dir: string;
  let checkpointFile: string;
  let saved: { rows: RawEntry[]; head: { seq: number; hash: string } };

  const q = <T = any>(sql: string, params: unknown[] = []) => s.services.db.query<T>(sql, params);
  const verify = async (): Promise<Verification> => {
    const r = await s.gql(VERIFY, {}, op);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.verifyProcessingLog;
  };
  const head = async () => {
    const [h] = await q('SELECT seq, hash FROM processing_log_head WHERE id = 1');
    return { seq: Number(h.seq), hash: String(h.hash) };
  };
  const entities = () => s.services.db.read((em) => em.find(ProcessingLogEntry, { order: { seq: 'ASC' } }));
  const rawRows = () => q<RawEntry[]>('SELECT * FROM processing_log ORDER BY seq');
  const count = async () => Number((await q('SELECT COUNT(*) AS n FROM processing_log'))[0].n);
  const row = async (seq: number) => (await entities()).find((e) => e.seq === seq)!;
  /** Puts the log, the head and the checkpoints back as they were before the test tampered with them. */
  const restore = async () => {
    await s.services.db.transaction(async (em) => {
      await em.query('DELETE FROM processing_log');
      await em.query('DELETE FROM processing_log_checkpoints');
      const cols = Object.keys(saved.rows[0]);
      await s.services.db.bulkInsert(
        em,
        'processing_log',
        cols,
        saved.rows.map((r) => cols.map((c) => (r as any)[c])),
        100,
      );
      await em.query('DELETE FROM processing_log_head');
      await em.query('INSERT INTO processing_log_head (id, seq, hash) VALUES (1, ?, ?)', [
        saved.head.seq,
        saved.head.hash,
      ]);
    });
    rmSync(checkpointFile, { force: true });
  };
  /** A row that recomputes to its own hash, as an attacker who knows the algorithm would write it. */
  const forged = (seq: number, prevHash: string, description: string): ProcessingLogEntry => {
    const e = Object.assign(new ProcessingLogEntry(), {
      id: randomUUID(),
      seq,
      prevHash,
      at: new Date(),
      tenantId: tenant.id,
      actorType: 'OPERATOR',
      actorId: randomUUID(),
      purpose: ProcessingPurpose.TECHNICAL_SUPPORT,
      action: 'subscriber.export',
      subjects: 1,
      dataCategories: ['EMAIL_ADDRESS'],
      description,
      subjectRef: null,
    });
    e.hash = entryHash(e);
    return e;
  };
  const insert = (e: ProcessingLogEntry) =>
    s.services.db.transaction((em) => em.insert(ProcessingLogEntry, e));
  /** Moves every entry from `from` on up by one, as an insertion in the middle must. */
  const shiftUp = async (from: number) => {
    await q('UPDATE processing_log SET seq = seq + 1000000 WHERE seq >= ?', [from]);
    await q('UPDATE processing_log SET seq = seq - 1000000 + 1 WHERE seq >= 1000000');
  };
  const swapSeq = async (x: number, y: number) => {
    await q('UPDATE processing_log SET seq = -1 WHERE seq = ?', [x]);
    await q('UPDATE processing_log SET seq = ? WHERE seq = ?', [x, y]);
    await q('UPDATE processing_log SET seq = ? WHERE seq = -1', [y]);
  };
  /** Rewrites entry `from` and recomputes every later hash and link, and the head, consistently. */
  const rewriteFrom = async (from: number, description: string) => {
    const all = await entities();
    let prev = from > 1 ? all[from - 2].hash : '0'.repeat(64);
    for (const e of all.filter((x) => x.seq >= from)) {
      if (e.seq === from) e.description = description;
      e.prevHash = prev;
      e.hash = entryHash(e);
      prev = e.hash;
      await q('UPDATE processing_log SET description = ?, prev_hash = ?, hash = ? WHERE id = ?', [
        e.description,
        e.prevHash,
        e.hash,
        e.id,
      ]);
    }
    await q('UPDATE processing_log_head SET seq = ?, hash = ? WHERE id = 1', [all[all.length - 1].seq, prev]);
  };
  const cli = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: s.database.url,
        JWT_SECRET: TEST_JWT_SECRET,
        AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
        LOG_LEVEL: 'silent',
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'steward-audit-'));
    checkpointFile = join(dir, 'checkpoints.jsonl');
    s = await startTestServer({ env: { AUDIT_CHECKPOINT_FILE: checkpointFile } });
    op = await s.operatorToken();
    tenant = await createTenant(s);
    const admin = await createUser(s, tenant, 'ADMIN');
    const list = (
      await s.gql(
        'mutation { createList(input: { name: "TAMPER-L", title: "T", optIn: SINGLE }) { id } }',
        {},
        admin.token,
      )
    ).data.createList.id;
    for (let i = 0; i < 8; i++) {
      await s.gql(
        'mutation($l: ID!, $e: String!) { addSubscriber(listId: $l, input: { email: $e, name: "Ann" }) { id } }',
        { l: list, e: `tamper${i}@example.org` },
        admin.token,
      );
    }
    const ctx = RequestContext.system('tamper-test').forTenant(tenant.id);
    // Text a database may store differently if it mangled encodings: every one must round-trip exactly.
    for (const description of [
      'Zürich, 東京 and 🙂 in one line',
      'Quotes " and \' and back\\slashes \\n',
      'Tabs\tinside, and a trailing dot.',
      'Control \u0001, DEL \u007f and a line separator \u2028 inside',
    ]) {
      await s.services.processingLog.append(ctx, {
        purpose: ProcessingPurpose.SERVICE_DELIVERY,
        action: 'test.text',
        subjects: 1,
        dataCategories: [DataCategory.NAME],
        description,
      });
    }
    for (let i = 0; i < 7; i++) {
      await s.services.processingLog.append(i % 2 ? ctx : RequestContext.system('tamper-test'), {
        tenantId: i % 2 ? tenant.id : null,
        purpose: i % 3 ? ProcessingPurpose.SECURITY : ProcessingPurpose.LEGAL_OBLIGATION,
        action: 'test.filler',
        subjects: i,
        dataCategories: i % 2 ? [DataCategory.EMAIL_ADDRESS, DataCategory.COUNTRY] : [],
        description: `Filler entry ${i}`,
        subjectRef: i === 3 ? 'b'.repeat(64) : null,
      });
    }
    saved = { rows: await rawRows(), head: await head() };
    expect(saved.rows.length).toBeGreaterThanOrEqual(20);
  });
  afterEach(() => restore());
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds an intact log valid, with every entry checked and the head matching', async () => {
    const v = await verify();
    expect(v).toMatchObject({
      valid: true,
      firstInvalidSeq: null,
      reason: null,
      issues: [],
      warnings: [],
      entriesChecked: saved.rows.length,
      headSeq: saved.head.seq,
    });
  });

  it('recomputes raw rows to exactly the hash the writer computed', async () => {
    const verifier = new ChainVerifier(s.services.db);
    const raws = await rawRows();
    const ents = await entities();
    raws.forEach((r, i) => {
      expect(verifier.hashOf(r)).toBe(r.hash);
      const { hash, ...rest } = ents[i];
      expect(entryHash(rest)).toBe(hash);
    });
  });

  it('is for operators only', async () => {
    const user = await createUser(s, tenant, 'OWNER');
    expect(codeOf(await s.gql(VERIFY, {}, user.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(VERIFY, {}))).toBe('UNAUTHENTICATED');
  });

  describe('an entry changed directly in the database is found at its seq', () => {
    const k = 6;
    const changes: Array<[string, string, (e: ProcessingLogEntry) => unknown[]]> = [
      [
        'description',
        'UPDATE processing_log SET description = ? WHERE seq = ?',
        () => ['Nothing happened here', k],
      ],
      ['purpose', 'UPDATE processing_log SET purpose = ? WHERE seq = ?', () => ['SECURITY', k]],
      ['action', 'UPDATE processing_log SET action = ? WHERE seq = ?', () => ['subscriber.forget', k]],
      ['subject count', 'UPDATE processing_log SET subjects = subjects + 1 WHERE seq = ?', () => [k]],
      ['tenant', 'UPDATE processing_log SET tenant_id = ? WHERE seq = ?', () => [randomUUID(), k]],
      ['tenant removed', 'UPDATE processing_log SET tenant_id = NULL WHERE seq = ?', () => [k]],
      [
        'actor',
        'UPDATE processing_log SET actor_type = ?, actor_id = ? WHERE seq = ?',
        () => ['SYSTEM', 'housekeeping', k],
      ],
      [
        'time',
        'UPDATE processing_log SET at = ? WHERE seq = ?',
        (e) => [s.services.db.param(new Date(e.at.getTime() - 3_600_000)), k],
      ],
      [
        'data categories',
        'UPDATE processing_log SET data_categories = ? WHERE seq = ?',
        () => ['["EMAIL_ADDRESS"]', k],
      ],
      ['subject reference removed', 'UPDATE processing_log SET subject_ref = NULL WHERE seq = ?', () => [k]],
      [
        'subject reference replaced',
        'UPDATE processing_log SET subject_ref = ? WHERE seq = ?',
        () => ['a'.repeat(64), k],
      ],
      ['id', 'UPDATE processing_log SET id = ? WHERE seq = ?', () => [randomUUID(), k]],
      ['stored hash', 'UPDATE processing_log SET hash = ? WHERE seq = ?', () => ['f'.repeat(64), k]],
      ['previous hash', 'UPDATE processing_log SET prev_hash = ? WHERE seq = ?', () => ['e'.repeat(64), k]],
    ];
    it.each(changes)('%s', async (_what, sql, params) => {
      await q(sql, params(await row(k)));
      const v = await verify();
      expect(v.valid).toBe(false);
      expect(v.firstInvalidSeq).toBe(k);
      expect(v.issues[0]).toMatchObject({ seq: k, problem: 'ALTERED' });
      expect(v.reason).toMatch(new RegExp(`entry ${k}\\b`));
    });

    it('the last entry, also when the head is moved along', async () => {
      const last = saved.head.seq;
      await q('UPDATE processing_log SET description = ? WHERE seq = ?', ['Rewritten last entry', last]);
      expect((await verify()).firstInvalidSeq).toBe(last);
    });

    it('an entry changed and its hash recomputed: the entry after it no longer follows it', async () => {
      const e = await row(k);
      e.description = 'Changed, with a fresh hash';
      await q('UPDATE processing_log SET description = ?, hash = ? WHERE seq = ?', [
        e.description,
        entryHash(e),
        k,
      ]);
      const v = await verify();
      expect(v.firstInvalidSeq).toBe(k);
      expect(v.issues[0]).toMatchObject({ seq: k + 1, problem: 'BROKEN_LINK' });
    });
  });

  describe('deleted entries', () => {
    it('one in the middle', async () => {
      await q('DELETE FROM processing_log WHERE seq = 5');
      const v = await verify();
      expect(v).toMatchObject({ valid: false, firstInvalidSeq: 5, entriesChecked: saved.rows.length - 1 });
      expect(v.issues[0]).toMatchObject({ seq: 5, problem: 'MISSING' });
    });

    it('several in a row, and the first entry', async () => {
      await q('DELETE FROM processing_log WHERE seq IN (9, 10, 11)');
      expect((await verify()).firstInvalidSeq).toBe(9);
      await restore();
      await q('DELETE FROM processing_log WHERE seq = 1');
      expect((await verify()).firstInvalidSeq).toBe(1);
    });

    it('one in the middle with the later ones renumbered to close the gap', async () => {
      await q('DELETE FROM processing_log WHERE seq = 7');
      await q('UPDATE processing_log SET seq = seq + 1000000 WHERE seq > 7');
      await q('UPDATE processing_log SET seq = seq - 1000000 - 1 WHERE seq > 1000000');
      await q('UPDATE processing_log_head SET seq = seq - 1 WHERE id = 1');
      expect((await verify()).firstInvalidSeq).toBe(7);
    });

    it('the tail, with the head left as it was', async () => {
      const last = saved.head.seq;
      await q('DELETE FROM processing_log WHERE seq >= ?', [last - 2]);
      const v = await verify();
      expect(v.firstInvalidSeq).toBe(last - 2);
      expect(v.issues.at(-1)).toMatchObject({ problem: 'MISSING' });
    });

    it('the tail with the head rewound: caught by the signed checkpoint', async () => {
      const cp = (await s.services.checkpoints.create())!;
      expect(cp.seq).toBe(saved.head.seq);
      const keep = saved.head.seq - 3;
      const [{ hash }] = await q('SELECT hash FROM processing_log WHERE seq = ?', [keep]);
      await q('DELETE FROM processing_log WHERE seq > ?', [keep]);
      await q('UPDATE processing_log_head SET seq = ?, hash = ? WHERE id = 1', [keep, hash]);
      const v = await verify();
      expect(v).toMatchObject({ valid: false, firstInvalidSeq: keep + 1 });
      expect(v.issues.some((i) => i.problem === 'MISSING')).toBe(true);
    });
  });

  describe('inserted entries', () => {
    it('at the end, with a valid hash, but the head not moved', async () => {
      const h = await head();
      await insert(forged(h.seq + 1, h.hash, 'Subscriber list exported by an operator'));
      const v = await verify();
      expect(v).toMatchObject({ valid: false, firstInvalidSeq: h.seq + 1 });
      expect(v.issues[0]).toMatchObject({ problem: 'INSERTED' });
    });

    it('at the end with a made-up hash', async () => {
      const h = await head();
      const e = forged(h.seq + 1, h.hash, 'Made-up entry');
      e.hash = 'c'.repeat(64);
      await insert(e);
      await q('UPDATE processing_log_head SET seq = ?, hash = ? WHERE id = 1', [e.seq, e.hash]);
      expect((await verify()).firstInvalidSeq).toBe(h.seq + 1);
    });

    it('in the middle, with the later entries renumbered and a forged entry that recomputes', async () => {
      const k = 8;
      const before = await row(k - 1);
      await shiftUp(k);
      await insert(forged(k, before.hash, 'Inserted after the fact'));
      await q('UPDATE processing_log_head SET seq = seq + 1 WHERE id = 1');
      const v = await verify();
      expect(v.firstInvalidSeq).toBe(k);
      expect(v.reason).toMatch(/inserted/);
    });

    it('in the middle with a made-up hash', async () => {
      const k = 4;
      await shiftUp(k);
      const e = forged(k, 'd'.repeat(64), 'Inserted with a made-up hash');
      e.hash = 'b'.repeat(64);
      await insert(e);
      expect((await verify()).firstInvalidSeq).toBe(k);
    });

    it('before the first entry', async () => {
      await insert(forged(0, '0'.repeat(64), 'Entry zero'));
      expect((await verify()).firstInvalidSeq).toBe(0);
    });
  });

  describe('the head row', () => {
    it('changed to another hash', async () => {
      await q('UPDATE processing_log_head SET hash = ? WHERE id = 1', ['9'.repeat(64)]);
      const v = await verify();
      expect(v).toMatchObject({ valid: false, firstInvalidSeq: saved.head.seq });
      expect(v.issues).toEqual([expect.objectContaining({ problem: 'HEAD_MISMATCH' })]);
    });

    it('deleted: reported, and nothing can be appended until it is back', async () => {
      await q('DELETE FROM processing_log_head');
      const v = await verify();
      expect(v).toMatchObject({ valid: false, headSeq: -1 });
      expect(v.issues[0]).toMatchObject({
        problem: 'HEAD_MISMATCH',
        detail: expect.stringMatching(/head row is missing/),
      });
      await expect(
        s.services.processingLog.append(RequestContext.system('tamper-test'), {
          purpose: ProcessingPurpose.SECURITY,
          action: 'test.headless',
          subjects: 0,
          dataCategories: [],
          description: 'No head',
        }),
      ).rejects.toThrow(/head row is missing/);
      await expect(s.services.checkpoints.create()).rejects.toThrow(/no head row/);
    });
  });

  describe('reordered entries', () => {
    it('two neighbours swapped', async () => {
      await swapSeq(10, 11);
      const v = await verify();
      expect(v.firstInvalidSeq).toBe(10);
      expect(v.issues.slice(0, 2)).toMatchObject([
        { seq: 10, problem: 'ALTERED' },
        { seq: 11, problem: 'ALTERED' },
      ]);
      // The entry after them follows what is now at 10: no longer its neighbour.
      expect(v.issues.slice(2)).toEqual([expect.objectContaining({ seq: 12, problem: 'BROKEN_LINK' })]);
    });

    it('two far apart swapped', async () => {
      await swapSeq(3, 15);
      expect((await verify()).firstInvalidSeq).toBe(3);
    });

    it('one moved far beyond the end, and a long run deleted: the empty stretches are skipped, not walked', async () => {
      await q('UPDATE processing_log SET seq = ? WHERE seq = 4', [9_000_000_000_000]);
      const started = Date.now();
      const v = await verify();
      expect(v.firstInvalidSeq).toBe(4);
      expect(v.entriesChecked).toBe(saved.rows.length);
      expect(Date.now() - started).toBeLessThan(10_000);
      await restore();
      const small = new ChainVerifier(s.services.db, 3);
      await q('DELETE FROM processing_log WHERE seq BETWEEN 5 AND 15');
      const r = await small.verify();
      expect(r).toMatchObject({ firstInvalidSeq: 5, entriesChecked: saved.rows.length - 11 });
    });

    it('one moved to the end', async () => {
      const h = await head();
      await q('UPDATE processing_log SET seq = ? WHERE seq = 12', [h.seq + 1]);
      expect((await verify()).firstInvalidSeq).toBe(12);
    });
  });

  describe('signed checkpoints', () => {
    it('are made on a schedule by the workers, signed with the configured key, and copied to the file', async () => {
      const pool = createWorkerPool(s.services, 1);
      pool.start();
      try {
        await until(
          async () => Number((await q('SELECT COUNT(*) AS n FROM processing_log_checkpoints'))[0].n) > 0,
          'a scheduled checkpoint',
        );
      } finally {
        await pool.stop(2000);
      }
      const [cp] = await s.services.checkpoints.list();
      expect(cp.keyId).toBe(new CheckpointSigner(TEST_AUDIT_SIGNING_KEY).keyId);
      expect(CheckpointSigner.problem(cp)).toBeNull();
      const lines = readFileSync(checkpointFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toContainEqual(cp);
      const v = await verify();
      expect(v).toMatchObject({ valid: true, checkpointsChecked: 1, lastCheckpointSeq: cp.seq });
    });

    it('a checkpoint is not made again while the head has not moved, and made once it has', async () => {
      const first = (await s.services.checkpoints.create())!;
      expect(await s.services.checkpoints.create()).toBeNull();
      await s.services.processingLog.append(RequestContext.system('tamper-test'), {
        purpose: ProcessingPurpose.SECURITY,
        action: 'test.more',
        subjects: 0,
        dataCategories: [],
        description: 'One more entry',
      });
      const second = (await s.services.checkpoints.create())!;
      expect(second.seq).toBe(first.seq + 1);
      expect((await verify()).checkpointsChecked).toBe(2);
    });

    it('a broken chain is never signed', async () => {
      await q("UPDATE processing_log SET description = 'changed' WHERE seq = 3");
      await expect(s.services.checkpoints.create()).rejects.toThrow(/refusing to sign.*entry 3/);
      expect(await s.services.checkpoints.list()).toEqual([]);
    });

    it('a rewrite of the whole chain, head included, is caught against a checkpoint by verifyProcessingLog and npm run audit:verify', async () => {
      const cp = (await s.services.checkpoints.create())!;
      expect(cli(['verify']).code).toBe(0);
      await rewriteFrom(2, 'A different story');
      // Without checkpoints the rewritten chain is consistent: that is what checkpoints are for.
      expect((await new ChainVerifier(s.services.db).verify()).valid).toBe(true);
      const v = await verify();
      expect(v.valid).toBe(false);
      expect(v.firstInvalidSeq).toBe(cp.seq);
      expect(v.issues).toContainEqual(
        expect.objectContaining({ seq: cp.seq, problem: 'CHECKPOINT_MISMATCH' }),
      );
      const r = cli(['verify']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(new RegExp(`TAMPERED: first bad entry: seq ${cp.seq}\\b`));
    });

    it('with the checkpoints deleted from the database too, the exported file still catches it', async () => {
      const first = (await s.services.checkpoints.create())!;
      const exported = join(dir, 'exported.jsonl');
      rmSync(exported, { force: true });
      expect(cli(['export-checkpoints', exported])).toMatchObject({ code: 0 });
      await rewriteFrom(3, 'Another story');
      await q('DELETE FROM processing_log_checkpoints');
      expect((await verify()).valid).toBe(true); // nothing left in the database to compare with
      for (const file of [exported, checkpointFile]) {
        const r = cli(['verify', '--checkpoints', file]);
        expect(r.code).toBe(1);
        expect(r.err).toContain(`first bad entry: seq ${first.seq}`);
        expect(r.err).toMatch(/missing from the database: checkpoints were deleted/);
      }
      const json = JSON.parse(cli(['verify', '--json', '--checkpoints', exported]).out);
      expect(json).toMatchObject({ valid: false, firstInvalidSeq: first.seq });
    });

    it('a checkpoint forged with another key, or altered, is not believed', async () => {
      const cp = (await s.services.checkpoints.create())!;
      await rewriteFrom(2, 'Rewritten again');
      const h = await head();
      const intruder = new CheckpointSigner(
        generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      );
      const fake = intruder.sign(h.seq, h.hash);
      await q('DELETE FROM processing_log_checkpoints');
      await q(
        'INSERT INTO processing_log_checkpoints (id, seq, hash, signed_at, key_id, public_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          randomUUID(),
          fake.seq,
          fake.hash,
          s.services.db.param(new Date(fake.signedAt)),
          fake.keyId,
          fake.publicKey,
          fake.signature,
        ],
      );
      await q(
        'INSERT INTO processing_log_checkpoints (id, seq, hash, signed_at, key_id, public_key, signature) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          randomUUID(),
          cp.seq - 1,
          h.hash,
          s.services.db.param(new Date(cp.signedAt)),
          cp.keyId,
          cp.publicKey,
          cp.signature,
        ],
      );
      const v = await verify();
      expect(v.valid).toBe(false);
      const invalid = v.issues.filter((i) => i.problem === 'CHECKPOINT_INVALID').map((i) => i.detail);
      expect(invalid).toHaveLength(2);
      expect(invalid.some((d) => /not trusted/.test(d))).toBe(true);
      expect(invalid.some((d) => /signature does not verify/.test(d))).toBe(true);
      const r = cli(['verify']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/CHECKPOINT_INVALID/);
      expect(cli(['verify', '--trust', 'zz']).code).toBe(2);
    });

    it('old entries that no checkpoint covers: verifyProcessingLog warns, npm run audit:verify fails closed', async () => {
      // An attacker who rewrote everything (dating it a day back) and deleted every checkpoint.
      const all = await entities();
      let prev = '0'.repeat(64);
      for (const e of all) {
        e.at = new Date(e.at.getTime() - 86_400_000);
        e.prevHash = prev;
        e.hash = entryHash(e);
        prev = e.hash;
        await q('UPDATE processing_log SET at = ?, prev_hash = ?, hash = ? WHERE id = ?', [
          s.services.db.param(e.at),
          e.prevHash,
          e.hash,
          e.id,
        ]);
      }
      await q('UPDATE processing_log_head SET hash = ? WHERE id = 1', [prev]);
      const v = await verify();
      expect(v).toMatchObject({ valid: true, checkpointsChecked: 0 });
      expect(v.warnings).toEqual([
        expect.stringMatching(/entries from 1 on .* covered by no trusted signed checkpoint/),
      ]);
      const r = cli(['verify']);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/NOT COVERED/);
      // A signed checkpoint of the head covers them again (for what it is worth now).
      await s.services.checkpoints.create();
      expect((await verify()).warnings).toEqual([]);
      expect(cli(['verify']).code).toBe(0);
    });

    it('a checkpoint file that is not one is refused with a clear message', async () => {
      const bad = join(dir, 'bad.jsonl');
      writeFileSync(bad, '{"seq": 1}\nnot json\n');
      const r = cli(['verify', '--checkpoints', bad]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/line 1: not a checkpoint/);
      expect(cli(['verify', '--checkpoints', join(dir, 'nope.jsonl')]).err).toMatch(/no checkpoint file/);
      expect(cli(['frobnicate']).code).toBe(2);
    });
  });

  describe('concurrency', () => {
    it('50 concurrent purpose-bound look-ups over HTTP append one linear chain that verifies', async () => {
      const before = await count();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          s.gql(
            INSPECT,
            {
              t: tenant.id,
              e: `tamper${i % 8}@example.org`,
              p: 'TECHNICAL_SUPPORT',
              j: `Support ticket ${1000 + i}: customer reports missing mails`,
            },
            op,
          ),
        ),
      );
      expect(results.every((r) => !r.errors && r.data.inspectSubscribers.length === 1)).toBe(true);
      const rows = await entities();
      expect(rows.length).toBe(before + 50);
      rows.forEach((r, i) => {
        expect(r.seq).toBe(i + 1);
        expect(r.prevHash).toBe(i ? rows[i - 1].hash : '0'.repeat(64));
      });
      expect(await verify()).toMatchObject({ valid: true, entriesChecked: before + 50 });
    });

    it('verifies correctly while appends continue', async () => {
      const ctx = RequestContext.system('tamper-test');
      const appends = Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          s.services.processingLog.append(ctx, {
            purpose: ProcessingPurpose.SECURITY,
            action: 'test.during',
            subjects: 0,
            dataCategories: [],
            description: `During verification ${i}`,
          }),
        ),
      );
      const [v] = await Promise.all([verify(), appends]);
      expect(v.valid).toBe(true);
      expect((await verify()).entriesChecked).toBe(saved.rows.length + 30);
    });
  });
});
