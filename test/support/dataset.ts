import { randomUUID } from 'node:crypto';
import type { Database } from '../../server/database';
import { newId } from '../../schema/common/ids';
import { AddressHasher } from '../../schema/common/address-hash';

/**
 * A platform-sized dataset for benchmarks and tests: `tenants` customers, each with the same number
 * of subscriptions spread over a few lists, drawn from one pool of addresses so that the same
 * person is on several lists of one tenant and on lists of several tenants. Deterministic for a
 * given seed: `generate` yields exactly the rows `insertDataset` writes, so a test can compute its
 * ground truth from them without asking the database.
 */
export interface DatasetOptions {
  tenants: number;
  subscriptions: number;
  /** lists per tenant (default 3) */
  listsPerTenant?: number;
  /** distinct addresses platform-wide (default 60% of `subscriptions`): fewer means more overlap */
  addresses?: number;
  /** share of a tenant's rows that repeat an address already on another of its lists (default 0.25) */
  repeatShare?: number;
  seed?: number;
  /** prefix of slugs, list names and address domains, so several datasets can share a database */
  tag?: string;
  /** requested_at is spread evenly over [from, to] (default: the two years before 2026-11-01) */
  from?: Date;
  to?: Date;
  /**
   * PENDING rows were requested at most this long before `to` (unset: spread like the rest). A live
   * platform purges sign-ups left unconfirmed for 7 days, so with `to` near now and less than that,
   * the workers' hourly purge finds nothing to delete while a benchmark runs.
   */
  pendingWithinMs?: number;
}

export interface DatasetTenant {
  id: string;
  slug: string;
  name: string;
  dpoEmail: string;
  lists: Array<{ id: string; name: string }>;
}

export interface DatasetRow {
  id: string;
  tenantId: string;
  listId: string;
  email: string;
  name: string | null;
  country: string | null;
  format: 'TEXT' | 'HTML';
  trackingConsent: boolean;
  status: 'PENDING' | 'CONFIRMED';
  requestedAt: Date;
  confirmedAt: Date | null;
}

export interface Dataset {
  tag: string;
  tenants: DatasetTenant[];
  /** the address of pool index `i` (what `generate` uses) */
  addressOf(i: number): string;
  addresses: number;
  /** every row, in insertion order (regenerated on each call, so 1,000,000 rows need not sit in memory) */
  rows(): Generator<DatasetRow>;
}

/** Countries drawn for subscribers: mostly EU/EEA, some elsewhere, some unknown (null). */
export const DATASET_COUNTRIES: Array<string | null> = [
  'DE',
  'FR',
  'NL',
  'IT',
  'ES',
  'PL',
  'SE',
  'AT',
  'IE',
  'NO',
  'IS',
  'US',
  'GB',
  'CH',
  'CA',
  null,
  null,
];

/** mulberry32: a small, fast, seedable PRNG (not for secrets), so a failing run can be repeated with its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function describeDataset(opts: DatasetOptions): Dataset {
  const tag = opts.tag ?? randomUUID().slice(0, 8);
  const seed = opts.seed ?? 1;
  const listsPerTenant = opts.listsPerTenant ?? 3;
  const perTenant = Math.floor(opts.subscriptions / opts.tenants);
  const addresses = Math.max(perTenant, opts.addresses ?? Math.round(opts.subscriptions * 0.6));
  const repeatShare = opts.repeatShare ?? 0.25;
  const from = (opts.from ?? new Date('2024-11-01T00:00:00Z')).getTime();
  const to = (opts.to ?? new Date('2026-11-01T00:00:00Z')).getTime();
  const rnd = prng(seed);
  const tenants: DatasetTenant[] = Array.from({ length: opts.tenants }, (_, t) => ({
    id: newId(),
    slug: `${tag}-t${t}`.toLowerCase().slice(0, 40),
    name: `Customer ${t} (${tag})`,
    dpoEmail: `dpo-${t}@${tag}.customers.example`.toLowerCase(),
    lists: Array.from({ length: listsPerTenant }, (_, l) => ({
      id: newId(),
      name: `${tag}-L${l}`.toUpperCase().slice(0, 64),
    })),
  }));
  // Each tenant takes a window of consecutive pool addresses starting at a random offset: windows of
  // different tenants overlap, so an address is held by one, two or more tenants.
  const offsets = tenants.map(() => Math.floor(rnd() * addresses));
  const ids = Array.from({ length: opts.tenants * perTenant }, () => newId());
  const addressOf = (i: number) => `p${i}@${tag}.d${i % 13}.example`.toLowerCase();

  function* rows(): Generator<DatasetRow> {
    const r = prng(seed + 1);
    const distinct = Math.max(1, Math.ceil(perTenant * (1 - repeatShare)));
    for (let t = 0; t < tenants.length; t++) {
      const tenant = tenants[t];
      for (let j = 0; j < perTenant; j++) {
        // The first `distinct` rows put distinct addresses on lists round-robin; the rest repeat
        // earlier addresses on the next list over, never the same list twice.
        const slot = j % distinct;
        const round = Math.floor(j / distinct);
        const list = tenant.lists[(slot + round) % listsPerTenant];
        const addr = (offsets[t] + slot) % addresses;
        const u = r();
        const confirmed = r() < 0.9;
        const requestedAt = new Date(
          confirmed || !opts.pendingWithinMs
            ? from + Math.floor(u * (to - from))
            : to - Math.floor(u * opts.pendingWithinMs),
        );
        yield {
          id: ids[t * perTenant + j],
          tenantId: tenant.id,
          listId: list.id,
          email: addressOf(addr),
          name: r() < 0.5 ? `Person ${addr}` : null,
          country: DATASET_COUNTRIES[Math.floor(r() * DATASET_COUNTRIES.length)],
          format: r() < 0.3 ? 'HTML' : 'TEXT',
          trackingConsent: r() < 0.1,
          status: confirmed ? 'CONFIRMED' : 'PENDING',
          requestedAt,
          confirmedAt: confirmed ? new Date(requestedAt.getTime() + 60_000) : null,
        };
      }
    }
  }
  if (Math.ceil(perTenant / Math.ceil(perTenant * (1 - repeatShare))) > listsPerTenant) {
    // A slot's address goes to `rounds` different lists: never twice on one list.
    throw new Error('repeatShare too high for listsPerTenant: an address would repeat on one list');
  }
  return { tag, tenants, addressOf, addresses, rows };
}

/**
 * Writes a dataset with multi-row INSERTs (tenants, lists, subscribers; no consent records or
 * tokens). Returns the seconds it took. On MySQL one connection with unique checks relaxed for the
 * session: the generator never repeats (tenant, list, email).
 */
export async function insertDataset(
  db: Database,
  opts: DatasetOptions,
  hashKey: string,
  batch = 2000,
): Promise<{ dataset: Dataset; seconds: number }> {
  const dataset = describeDataset(opts);
  const hasher = new AddressHasher(hashKey);
  const started = process.hrtime.bigint();
  const now = new Date();
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  const q = (sql: string, params: unknown[]) => runner.query(sql, params);
  const p = (d: Date | null) => (d ? db.param(d) : null);
  try {
    if (db.dialect === 'mysql') await q('SET SESSION unique_checks = 0', []);
    const tenantRows = dataset.tenants.map((t) => [
      t.id,
      t.slug,
      t.name,
      'LISTPLEX',
      t.dpoEmail,
      'ACTIVE',
      p(now),
    ]);
    const listRows = dataset.tenants.flatMap((t) =>
      t.lists.map((l) => [l.id, t.id, l.name, l.name, 'DOUBLE', p(now)]),
    );
    const insert = async (table: string, columns: string[], rows: unknown[][]) => {
      const mark = `(${columns.map(() => '?').join(', ')})`;
      for (let i = 0; i < rows.length; i += batch) {
        const part = rows.slice(i, i + batch);
        await q(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => mark).join(', ')}`,
          part.flat(),
        );
      }
    };
    await insert(
      'tenants',
      ['id', 'slug', 'name', 'service', 'dpo_email', 'status', 'created_at'],
      tenantRows,
    );
    await insert('mailing_lists', ['id', 'tenant_id', 'name', 'title', 'opt_in', 'created_at'], listRows);
    const columns = [
      'id',
      'tenant_id',
      'list_id',
      'email',
      'address_hash',
      'name',
      'country',
      'format',
      'tracking_consent',
      'status',
      'restricted',
      'requested_at',
      'confirmed_at',
    ];
    let pending: unknown[][] = [];
    const transaction = db.dialect === 'sqlite';
    if (transaction) await q('BEGIN', []);
    for (const r of dataset.rows()) {
      pending.push([
        r.id,
        r.tenantId,
        r.listId,
        r.email,
        hasher.platform(r.email),
        r.name,
        r.country,
        r.format,
        r.trackingConsent ? 1 : 0,
        r.status,
        0,
        p(r.requestedAt),
        p(r.confirmedAt),
      ]);
      if (pending.length === batch) {
        await insert('subscribers', columns, pending);
        pending = [];
      }
    }
    if (pending.length) await insert('subscribers', columns, pending);
    if (transaction) await q('COMMIT', []);
    if (db.dialect === 'mysql') await q('SET SESSION unique_checks = 1', []);
  } finally {
    await runner.release();
  }
  return { dataset, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/** Deletes what `insertDataset` wrote (for benches that run in an existing database). */
export async function deleteDataset(db: Database, dataset: Dataset): Promise<void> {
  const ids = dataset.tenants.map((t) => t.id);
  for (let i = 0; i < ids.length; i += 100) {
    const part = ids.slice(i, i + 100);
    const marks = part.map(() => '?').join(', ');
    for (const table of ['subscribers', 'mailing_lists'])
      await db.query(`DELETE FROM ${table} WHERE tenant_id IN (${marks})`, part);
    await db.query(`DELETE FROM tenants WHERE id IN (${marks})`, part);
  }
}
