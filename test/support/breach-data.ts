import { randomUUID } from 'node:crypto';
import { prng } from './dataset';
import { AddressHasher } from '../../schema/common/address-hash';
import type { TestServer } from './test-server';

/** The EU member states and Iceland, Liechtenstein and Norway, written out here so the test does not borrow the code's list. */
const EEA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);
const COUNTRIES: Array<string | null> = ['DE', 'FR', 'NO', 'IS', 'US', 'GB', 'CH', 'BR', null, null];
const DAY = 86_400_000;

export interface Row {
  tenantId: string;
  listId: string;
  email: string;
  country: string | null;
  status: 'PENDING' | 'CONFIRMED';
  requestedAt: Date;
}

export interface DataTenant {
  id: string;
  slug: string;
  name: string;
  dpoEmail: string;
  lists: string[];
}

export interface Dataset {
  tenants: DataTenant[];
  rows: Row[];
  /** every address any row uses */
  pool: string[];
}

export interface Truth {
  tenantId: string;
  subjects: number;
  records: number;
  lists: number;
  euEea: number;
  unknown: number;
}

/**
 * Tenants with lists and subscriptions inserted straight into the database: addresses drawn from one
 * pool, so they overlap across lists and tenants; each row with its own country (some none), status
 * and request time spread over `spanDays` before now (a PENDING one within the last 6 days). `emptyTenants` tenants get lists but no rows.
 */
export async function generate(
  s: TestServer,
  opts: {
    seed: number;
    tenants: number;
    listsPerTenant: number;
    pool: number;
    perList: [number, number];
    spanDays: number;
    emptyTenants?: number;
    namePrefix?: string;
  },
): Promise<Dataset> {
  const rnd = prng(opts.seed);
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];
  const db = s.services.db;
  const hasher = new AddressHasher(s.services.config.hashKey);
  const tag = randomUUID().slice(0, 8);
  const pool = Array.from({ length: opts.pool }, (_, i) => `person${i}.${tag}@example.org`);
  const tenants: DataTenant[] = [];
  const rows: Row[] = [];
  const now = Date.now();
  const total = opts.tenants + (opts.emptyTenants ?? 0);
  for (let t = 0; t < total; t++) {
    const id = randomUUID();
    const tenant: DataTenant = {
      id,
      slug: `br-${tag}-${t}`,
      name: `${opts.namePrefix ?? 'Breach tenant'} ${t} ${tag}`,
      dpoEmail: `dpo-${t}.${tag}@controller.example`,
      lists: [],
    };
    await db.query(
      `INSERT INTO tenants (id, slug, name, service, dpo_email, status, created_at) VALUES (?, ?, ?, 'LISTPLEX', ?, 'ACTIVE', ?)`,
      [id, tenant.slug, tenant.name, tenant.dpoEmail, db.param(new Date(now - 500 * DAY))],
    );
    for (let l = 0; l < opts.listsPerTenant; l++) {
      const listId = randomUUID();
      tenant.lists.push(listId);
      await db.query(
        `INSERT INTO mailing_lists (id, tenant_id, name, title, opt_in, created_at) VALUES (?, ?, ?, ?, 'SINGLE', ?)`,
        [listId, id, `LIST-${l}`, `List ${l}`, db.param(new Date(now - 500 * DAY))],
      );
      if (t >= opts.tenants) continue;
      const n = opts.perList[0] + Math.floor(rnd() * (opts.perList[1] - opts.perList[0] + 1));
      const chosen = new Set<string>();
      while (chosen.size < Math.min(n, pool.length)) chosen.add(pick(pool));
      for (const email of chosen) {
        const country = pick(COUNTRIES);
        const status = rnd() < 0.8 ? 'CONFIRMED' : 'PENDING';
        // Unconfirmed sign-ups are at most 6 days old, as on a live platform (the workers purge older ones).
        const span = status === 'PENDING' ? 6 : opts.spanDays;
        rows.push({
          tenantId: id,
          listId,
          email,
          country,
          status,
          requestedAt: new Date(now - Math.floor(rnd() * span * DAY) - 60_000),
        });
      }
    }
    tenants.push(tenant);
  }
  await db.transaction(async (em) => {
    await db.bulkInsert(
      em,
      'subscribers',
      [
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
        'requested_at',
        'confirmed_at',
        'restricted',
      ],
      rows.map((r) => [
        randomUUID(),
        r.tenantId,
        r.listId,
        r.email,
        hasher.platform(r.email),
        null,
        r.country,
        'TEXT',
        false,
        r.status,
        r.requestedAt,
        r.status === 'CONFIRMED' ? r.requestedAt : null,
        false,
      ]),
      200,
    );
  });
  return { tenants, rows, pool };
}

/** The expected impact, computed over the generated rows in plain JS. */
export function truth(
  data: Dataset,
  scope: { allTenants?: boolean; tenantIds?: string[]; listIds?: string[]; emails?: string[] },
  windowTo: Date = new Date(),
): { perTenant: Map<string, Truth>; platform: number; records: number } {
  const tenants = new Set(scope.tenantIds ?? []);
  const lists = new Set(scope.listIds ?? []);
  const everywhere = scope.allTenants || (!tenants.size && !lists.size);
  const emails = scope.emails ? new Set(scope.emails.map((e) => e.trim().toLowerCase())) : null;
  const hit = data.rows.filter(
    (r) =>
      (everywhere || tenants.has(r.tenantId) || lists.has(r.listId)) &&
      (!emails || emails.has(r.email)) &&
      r.requestedAt.getTime() <= windowTo.getTime(),
  );
  const perTenant = new Map<string, Truth>();
  const byTenant = new Map<string, Row[]>();
  for (const r of hit) byTenant.set(r.tenantId, [...(byTenant.get(r.tenantId) ?? []), r]);
  for (const [tenantId, rs] of byTenant) {
    const bySubject = new Map<string, Row[]>();
    for (const r of rs) bySubject.set(r.email, [...(bySubject.get(r.email) ?? []), r]);
    const subjects = [...bySubject.values()];
    perTenant.set(tenantId, {
      tenantId,
      subjects: subjects.length,
      records: rs.length,
      lists: new Set(rs.map((r) => r.listId)).size,
      euEea: subjects.filter((x) => x.some((r) => r.country !== null && EEA.has(r.country))).length,
      unknown: subjects.filter((x) => x.every((r) => r.country === null)).length,
    });
  }
  return { perTenant, platform: new Set(hit.map((r) => r.email)).size, records: hit.length };
}
