import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { createServices, listen, RunningServer, Services } from '../server/app';
import { loadConfig } from '../server/config';
import { newId } from '../schema/common/ids';
import { BREACH_CHUNK_QUEUE, BREACH_FINISH_QUEUE } from '../schema/breaches/breach-analysis.service';
import { AddressHasher } from '../schema/common/address-hash';
import { EU_EEA } from '../schema/common/country';
import { Role } from '../schema/common/enums';
import { Dataset, deleteDataset, insertDataset } from '../test/support/dataset';
import { benchDatabase, report, sleep } from './support';

const TENANTS = Number(process.env.BENCH_BREACH_TENANTS ?? 1000);
const SUBSCRIPTIONS = Number(process.env.BENCH_BREACH_SUBSCRIPTIONS ?? 1_000_000);
const LEAKED = Number(process.env.BENCH_BREACH_LEAKED ?? 100_000);
const WORKER_PROCESSES = 2;
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0000';
const EU = [...EU_EEA].map((c) => `'${c}'`).join(', ');

/** A tenant group's pass, as BreachAnalysisService.forEachSubject runs it (first page). */
const SUBJECTS_SQL = `SELECT s.tenant_id AS t, s.address_hash AS h, COUNT(*) AS n,
    MAX(CASE WHEN s.country IN (${EU}) THEN 1 ELSE 0 END) AS e, MAX(CASE WHEN s.country IS NULL THEN 0 ELSE 1 END) AS k, GROUP_CONCAT(s.list_id) AS l
  FROM subscribers s WHERE s.tenant_id >= ? AND s.tenant_id < ? AND s.requested_at <= ?
  GROUP BY s.tenant_id, s.address_hash ORDER BY s.tenant_id, s.address_hash LIMIT 50000`;

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

interface Counts {
  records: number;
  lists: number;
  subjects: number;
  eu: number;
  unknown: number;
}

interface Setup {
  s: Services;
  server: RunningServer;
  dataset: Dataset;
  token: string;
  operatorId: string;
  workers: ChildProcess[];
  url: string;
  createdHere: boolean;
  cleanup(): Promise<void>;
}

/** The dataset, an API in this process and WORKER_PROCESSES `npm run worker` processes (one loop each). */
async function setup(name: string): Promise<Setup> {
  const bdb = await benchDatabase();
  const env = {
    DATABASE_URL: bdb.url,
    JWT_SECRET,
    WORKERS: '0',
    LOG_LEVEL: 'silent',
    PUBLIC_RATE_LIMIT: '0',
  };
  const s = await createServices(loadConfig(env), pino({ level: 'silent' }));
  // Requested over the two years until a minute ago; pending sign-ups within the last 6 days, as on a
  // live platform (older ones are purged), so the workers' hourly purge has nothing to delete.
  const to = new Date(Date.now() - 60_000);
  const { dataset, seconds: seeded } = await insertDataset(
    s.db,
    {
      tenants: TENANTS,
      subscriptions: SUBSCRIPTIONS,
      from: new Date(to.getTime() - 730 * 86_400_000),
      to,
      pendingWithinMs: 6 * 86_400_000,
    },
    s.config.hashKey,
  );
  console.error(
    `${name}: ${SUBSCRIPTIONS} subscriptions over ${TENANTS} tenants written in ${seeded.toFixed(1)} s`,
  );
  await s.db.query('ANALYZE TABLE subscribers, mailing_lists, tenants');
  const operatorId = newId();
  await s.db.query(
    `INSERT INTO operators (id, email, password_hash, must_change_password, created_at) VALUES (?, ?, 'x', 0, ?)`,
    [operatorId, `bench-${operatorId}@steward.example`, new Date()],
  );
  const token = s.tokens.sign({ sub: operatorId, role: Role.OPERATOR, sv: 0 }).token;
  const server = await listen(s, 0, '127.0.0.1');
  const workers: ChildProcess[] = [];
  for (let i = 0; i < WORKER_PROCESSES; i++) {
    const child = spawn(process.execPath, [join(__dirname, '..', 'server', 'worker-main.js')], {
      env: { PATH: process.env.PATH, ...env, WORKERS: '1', JOB_LEASE_MS: '30000' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
      child.stdout!.once('data', () => resolve());
    });
    workers.push(child);
  }
  // The workers' start-up schedules (housekeeping, purges) run before anything is timed.
  while (
    Number(
      (
        await s.db.query(
          `SELECT COUNT(*) AS n FROM jobs WHERE state IN ('pending', 'running') AND run_at <= ?`,
          [new Date()],
        )
      )[0].n,
    )
  )
    await sleep(100);
  const [{ n }] = await s.db.query('SELECT COUNT(*) AS n FROM subscribers');
  if (Number(n) < SUBSCRIPTIONS)
    throw new Error(`${name}: only ${n} subscriptions after the workers started`);
  return {
    s,
    server,
    dataset,
    token,
    operatorId,
    workers,
    url: server.url,
    createdHere: bdb.createdHere,
    async cleanup() {
      for (const w of workers) w.kill('SIGTERM');
      await Promise.all(
        workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))),
      );
      await server.close();
      if (!bdb.createdHere) {
        const ids = (
          await s.db.query('SELECT id FROM breach_incidents WHERE reported_by = ?', [operatorId])
        ).map((r: { id: string }) => r.id);
        for (const id of ids)
          for (const t of ['breach_notices', 'breach_chunks', 'breach_events', 'breach_leaked_addresses'])
            await s.db.query(`DELETE FROM ${t} WHERE incident_id = ?`, [id]);
        await s.db.query('DELETE FROM breach_incidents WHERE reported_by = ?', [operatorId]);
        await s.db.query(
          `DELETE FROM jobs WHERE queue IN (?, ?) OR (queue = 'mail.send' AND tenant_id IS NULL)`,
          [BREACH_CHUNK_QUEUE, BREACH_FINISH_QUEUE],
        );
        await s.db.query(`DELETE FROM outbound_mail WHERE kind = 'breach.notice'`);
        await s.db.query('DELETE FROM operators WHERE id = ?', [operatorId]);
        await deleteDataset(s.db, dataset);
      }
      await s.db.close();
      await bdb.cleanup();
    },
  };
}

/** reportBreach over HTTP as an operator; the seconds until the incident's analysis is done. */
async function reportAndWait(
  x: Setup,
  scope: Record<string, unknown>,
): Promise<{ id: string; seconds: number; reportSeconds: number }> {
  const started = process.hrtime.bigint();
  const res = await fetch(x.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${x.token}` },
    body: JSON.stringify({
      query: 'mutation($i: ReportBreachInput!) { reportBreach(input: $i) { id } }',
      variables: {
        i: {
          title: 'Bench breach',
          description: 'Benchmark incident.',
          discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
          dataCategories: ['EMAIL_ADDRESS', 'NAME'],
          encrypted: false,
          scope,
        },
      },
    }),
  });
  const body = (await res.json()) as { data?: { reportBreach: { id: string } }; errors?: unknown };
  if (!body.data) throw new Error(`reportBreach failed: ${JSON.stringify(body.errors)}`);
  const reportSeconds = seconds(started);
  const id = body.data.reportBreach.id;
  for (;;) {
    const [row] = await x.s.db.query('SELECT status FROM breach_incidents WHERE id = ?', [id]);
    if (row.status !== 'ANALYZING') break;
    await sleep(10);
  }
  return { id, seconds: seconds(started), reportSeconds };
}

/** The incident's per-tenant counts as stored, for comparison with the baseline's. */
async function stored(x: Setup, id: string): Promise<{ perTenant: Map<string, Counts>; platform: number }> {
  const rows = await x.s.db.query(
    'SELECT tenant_id, affected_records, affected_lists, affected_subjects, eu_eea_subjects, unknown_country_subjects FROM breach_notices WHERE incident_id = ?',
    [id],
  );
  const [inc] = await x.s.db.query('SELECT affected_subjects FROM breach_incidents WHERE id = ?', [id]);
  return {
    perTenant: new Map(
      rows.map((r: Record<string, string | number>) => [
        String(r.tenant_id),
        {
          records: Number(r.affected_records),
          lists: Number(r.affected_lists),
          subjects: Number(r.affected_subjects),
          eu: Number(r.eu_eea_subjects),
          unknown: Number(r.unknown_country_subjects),
        },
      ]),
    ),
    platform: Number(inc.affected_subjects),
  };
}

function compare(
  name: string,
  got: { perTenant: Map<string, Counts>; platform: number },
  want: { perTenant: Map<string, Counts>; platform: number },
): void {
  if (got.perTenant.size !== want.perTenant.size)
    throw new Error(
      `${name}: ${got.perTenant.size} impacts, the raw query finds ${want.perTenant.size} tenants`,
    );
  for (const [t, w] of want.perTenant) {
    const g = got.perTenant.get(t);
    if (!g || JSON.stringify(g) !== JSON.stringify(w))
      throw new Error(`${name}: tenant ${t}: ${JSON.stringify(g)} != raw ${JSON.stringify(w)}`);
  }
  if (got.platform !== want.platform)
    throw new Error(`${name}: ${got.platform} platform subjects, the raw query says ${want.platform}`);
}

const rawSelect = `COUNT(*) AS records, COUNT(DISTINCT s.list_id) AS lists, COUNT(DISTINCT s.address_hash) AS subjects,
  COUNT(DISTINCT CASE WHEN s.country IN (${EU}) THEN s.address_hash END) AS eu,
  COUNT(DISTINCT s.address_hash) - COUNT(DISTINCT CASE WHEN s.country IS NOT NULL THEN s.address_hash END) AS unknown`;

function toCounts(rows: Array<Record<string, string | number>>): Map<string, Counts> {
  return new Map(
    rows.map((r) => [
      String(r.tenant_id),
      {
        records: Number(r.records),
        lists: Number(r.lists),
        subjects: Number(r.subjects),
        eu: Number(r.eu),
        unknown: Number(r.unknown),
      },
    ]),
  );
}

/** The tenant range of a chunk in the middle (both ends bounded), for EXPLAIN. */
async function middleChunk(x: Setup, id: string): Promise<{ from: string; to: string }> {
  const rows = await x.s.db.query(
    `SELECT spec FROM breach_chunks WHERE incident_id = ? AND kind = 'tenants' ORDER BY chunk`,
    [id],
  );
  return JSON.parse(rows[Math.floor(rows.length / 2)].spec);
}

async function explain(x: Setup, label: string, sql: string, params: unknown[]): Promise<void> {
  console.error(`EXPLAIN ${label}`);
  for (const row of await x.s.db.query(`EXPLAIN ${sql}`, params)) console.error(`  ${JSON.stringify(row)}`);
}

/**
 * `breach`: all-tenant scope over SUBSCRIPTIONS subscriptions of TENANTS tenants on 2 worker
 * processes, from reportBreach (HTTP) until the analysis is done, against one raw
 * `GROUP BY tenant_id` computing the same counts in the same run (its platform-wide distinct
 * count timed apart).
 */
export async function breachBench(): Promise<void> {
  const x = await setup('breach');
  try {
    const windowTo = new Date();
    const group = `SELECT s.tenant_id, ${rawSelect} FROM subscribers s WHERE s.requested_at <= ? GROUP BY s.tenant_id`;
    const distinct =
      'SELECT COUNT(DISTINCT s.address_hash) AS n FROM subscribers s WHERE s.requested_at <= ?';
    await x.s.db.query(group, [windowTo]); // warm-up: both sides find the index in the buffer pool alike
    const t0 = process.hrtime.bigint();
    const raw = toCounts(await x.s.db.query(group, [windowTo]));
    const rawGroup = seconds(t0);
    const t1 = process.hrtime.bigint();
    const rawPlatform = Number((await x.s.db.query(distinct, [windowTo]))[0].n);
    const rawDistinct = seconds(t1);

    const run = await reportAndWait(x, { allTenants: true });
    compare('breach', await stored(x, run.id), { perTenant: raw, platform: rawPlatform });
    const [chunks] = await x.s.db.query('SELECT COUNT(*) AS n FROM breach_chunks WHERE incident_id = ?', [
      run.id,
    ]);
    console.error(
      `breach: ${raw.size} controllers, ${rawPlatform} distinct subjects; ${chunks.n} chunks; reportBreach answered in ${run.reportSeconds.toFixed(3)} s`,
    );
    console.error(
      `breach: raw GROUP BY ${rawGroup.toFixed(2)} s, raw platform COUNT(DISTINCT) ${rawDistinct.toFixed(2)} s`,
    );
    const range = await middleChunk(x, run.id);
    await explain(x, 'one tenant group (as BreachAnalysisService.forEachSubject)', SUBJECTS_SQL, [
      range.from,
      range.to,
      windowTo,
    ]);
    await explain(x, 'the raw GROUP BY (baseline)', group, [windowTo]);
    report({
      bench: 'breach',
      metric: `report_to_analyzed_s_${SUBSCRIPTIONS}_subscriptions_${TENANTS}_tenants`,
      value: run.seconds,
      unit: 's',
      baseline: rawGroup,
    });
    report({
      bench: 'breach',
      metric: 'report_to_analyzed_vs_raw_group_and_distinct_s',
      value: run.seconds,
      unit: 's',
      baseline: rawGroup + rawDistinct,
    });
    report({
      bench: 'breach',
      metric: 'report_to_analyzed_vs_goal_s',
      value: run.seconds,
      unit: 's',
      baseline: 10,
    });
  } finally {
    await x.cleanup();
  }
}

/**
 * `breach-emails`: LEAKED leaked addresses (spread over the dataset's pool, most held somewhere)
 * against the same data, from reportBreach (HTTP, the addresses in the request) until the analysis
 * is done, against raw SQL computing the same counts from a temporary table of the hashes.
 */
export async function breachEmailsBench(): Promise<void> {
  const x = await setup('breach-emails');
  try {
    const step = Math.max(1, Math.floor(x.dataset.addresses / LEAKED));
    const emails = Array.from({ length: LEAKED }, (_, i) =>
      x.dataset.addressOf((i * step) % x.dataset.addresses),
    );
    const hasher = new AddressHasher(x.s.config.hashKey);

    // Baseline: hash in Node, a temporary table of the hashes, one join and GROUP BY, on one connection.
    const runner = x.s.db.dataSource.createQueryRunner();
    await runner.connect();
    let rawSeconds = 0;
    let raw = new Map<string, Counts>();
    let rawPlatform = 0;
    const windowTo = new Date();
    try {
      for (let round = 0; round < 2; round++) {
        const t0 = process.hrtime.bigint();
        const hashes = [...new Set(emails.map((e) => hasher.platform(e)))];
        await runner.query('DROP TEMPORARY TABLE IF EXISTS leak');
        await runner.query(
          'CREATE TEMPORARY TABLE leak (h VARCHAR(64) NOT NULL PRIMARY KEY) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
        );
        for (let i = 0; i < hashes.length; i += 1000) {
          const part = hashes.slice(i, i + 1000);
          await runner.query(`INSERT INTO leak (h) VALUES ${part.map(() => '(?)').join(', ')}`, part);
        }
        raw = toCounts(
          await runner.query(
            `SELECT s.tenant_id, ${rawSelect} FROM subscribers s JOIN leak ON leak.h = s.address_hash WHERE s.requested_at <= ? GROUP BY s.tenant_id`,
            [windowTo],
          ),
        );
        rawPlatform = Number(
          (
            await runner.query(
              'SELECT COUNT(DISTINCT s.address_hash) AS n FROM subscribers s JOIN leak ON leak.h = s.address_hash WHERE s.requested_at <= ?',
              [windowTo],
            )
          )[0].n,
        );
        rawSeconds = seconds(t0);
      }
      console.error('EXPLAIN the raw join (baseline)');
      for (const row of await runner.query(
        `EXPLAIN SELECT s.tenant_id, ${rawSelect} FROM subscribers s JOIN leak ON leak.h = s.address_hash WHERE s.requested_at <= ? GROUP BY s.tenant_id`,
        [windowTo],
      )) {
        console.error(`  ${JSON.stringify(row)}`);
      }
    } finally {
      await runner.query('DROP TEMPORARY TABLE IF EXISTS leak').catch(() => undefined);
      await runner.release();
    }

    const run = await reportAndWait(x, { emails });
    compare('breach-emails', await stored(x, run.id), { perTenant: raw, platform: rawPlatform });
    const kinds = await x.s.db.query(
      'SELECT kind, COUNT(*) AS n FROM breach_chunks WHERE incident_id = ? GROUP BY kind',
      [run.id],
    );
    console.error(
      `breach-emails: ${LEAKED} addresses, ${raw.size} controllers, ${rawPlatform} distinct subjects; chunks ${JSON.stringify(kinds)}; reportBreach answered in ${run.reportSeconds.toFixed(2)} s`,
    );
    const kinds2 = kinds.map((k: { kind: string }) => k.kind);
    if (kinds2.includes('tenants')) {
      const range = await middleChunk(x, run.id);
      await explain(x, 'one tenant group of a large email scope (scanned, matched in memory)', SUBJECTS_SQL, [
        range.from,
        range.to,
        windowTo,
      ]);
    }
    const sample = emails.slice(0, 1000).map((e) => hasher.platform(e));
    await explain(
      x,
      'one address batch of a small email scope (look-up)',
      `SELECT s.tenant_id AS t, s.list_id AS l, s.country AS c, s.address_hash AS h FROM subscribers s WHERE s.address_hash IN (${sample.map(() => '?').join(', ')}) AND s.requested_at <= ?`,
      [...sample, windowTo],
    );
    report({
      bench: 'breach-emails',
      metric: `report_to_analyzed_s_${LEAKED}_addresses_${SUBSCRIPTIONS}_subscriptions`,
      value: run.seconds,
      unit: 's',
      baseline: rawSeconds,
    });
    report({
      bench: 'breach-emails',
      metric: 'report_to_analyzed_vs_goal_s',
      value: run.seconds,
      unit: 's',
      baseline: 10,
    });
  } finally {
    await x.cleanup();
  }
}
