import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createServices, listen } from '../server/app';
import { loadConfig } from '../server/config';
import { AddressHasher } from '../schema/common/address-hash';
import { nameSearchColumns } from '../schema/subscribers/name-search';
import { RequestContext } from '../tenants/request-context';
import { benchDatabase, operatorToken, report } from './support';

/** how many subscribers the list holds (SEARCH_BENCH_N; 1,000,000 unless told) */
const SUBSCRIBERS = Number(process.env.SEARCH_BENCH_N ?? 1_000_000);
const ROUNDS = Number(process.env.SEARCH_BENCH_ROUNDS ?? 200);
const FIRSTS = ['Anna', 'Ben', 'Clara', 'David', 'Eva', 'Felix', 'Greta', 'Hans', 'Ida', 'Jonas'];
const LASTS = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker'];

/**
 * `subscriberSearch` on a list of SUBSCRIBERS: the p95 latency of a first page (50) for an exact
 * address, an address prefix and a name part, and the SQL statements one page runs (as the
 * server's database layer sends them), for first = 50 and 500. The baseline
 * of the latencies is the p95 of `me` in the same run (the floor of an authenticated request).
 */
export async function subscriberSearchBench(): Promise<void> {
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
  const tenantId = randomUUID();
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
    const slug = `bench-${tenantId.slice(0, 8)}`;
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
    const list = (
      await gql(
        'mutation { createList(input: { name: "BENCH-L", title: "Bench", optIn: SINGLE }) { id } }',
        {},
        admin.token,
      )
    ).createList;
    const hasher = new AddressHasher(config.hashKey);
    const now = new Date();
    for (let i = 0; i < SUBSCRIBERS; i += 1000) {
      const rows = Array.from({ length: Math.min(1000, SUBSCRIBERS - i) }, (_, j) => {
        const n = i + j;
        const email = `reader-${n}@bench.example`;
        const name = `${FIRSTS[n % FIRSTS.length]} ${LASTS[Math.floor(n / 10) % LASTS.length]}${n % 97}`;
        const c = nameSearchColumns(name);
        return [
          randomUUID(),
          tenant.id,
          list.id,
          email,
          hasher.platform(email),
          name,
          c.nameLower,
          c.nameLastLower,
          null,
          'TEXT',
          false,
          'CONFIRMED',
          now,
          now,
        ];
      });
      await s.db.query(
        `INSERT INTO subscribers (id, tenant_id, list_id, email, address_hash, name, name_lower, name_last_lower, country, format, tracking_consent, status, requested_at, confirmed_at) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        rows.flat(),
      );
    }
    const query =
      'query($l: ID!, $q: String!, $f: Int, $a: String) { subscriberSearch(listId: $l, query: $q, first: $f, after: $a) { nodes { id email name country format status } pageInfo { hasNextPage endCursor } totalCount } }';
    // Counted where the server sends them (TypeORM's logger sees every statement), so other
    // clients of the same database server do not count.
    const logger = s.db.dataSource.logger;
    const statements = async (q: string, first: number): Promise<number> => {
      await gql(query, { l: list.id, q, f: first }, admin.token); // warm
      const original = logger.logQuery.bind(logger);
      let seen = 0;
      logger.logQuery = (...args: Parameters<typeof original>) => {
        seen++;
        return original(...args);
      };
      try {
        await gql(query, { l: list.id, q, f: first }, admin.token);
      } finally {
        logger.logQuery = original;
      }
      return seen;
    };
    const p95Of = async (run: (r: number) => Promise<unknown>): Promise<number> => {
      const times: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const t0 = performance.now();
        await run(r);
        times.push(performance.now() - t0);
      }
      times.sort((x, y) => x - y);
      return times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
    };
    const p95 = (queries: string[]) =>
      p95Of((r) => gql(query, { l: list.id, q: queries[r % queries.length], f: 50 }, admin.token));
    // The baselines, in the same run through the same server and session: the floor of a request
    // (`me`: HTTP, the session's check, GraphQL, no table of the list), and the list's unfiltered
    // first page of 50 (`subscribers`, keyset on the primary index, but its totalCount counts the
    // whole list).
    const floor = await p95Of(() => gql('{ me { id } }', {}, admin.token));
    const page =
      'query($l: ID!, $f: Int) { subscribers(listId: $l, first: $f) { nodes { id email name country format status } pageInfo { hasNextPage endCursor } totalCount } }';
    const unfiltered = await p95Of(() => gql(page, { l: list.id, f: 50 }, admin.token));
    report({
      bench: 'subscriber-search',
      metric: 'p95_ms_unfiltered_first_page',
      value: unfiltered,
      unit: 'ms',
      baseline: floor,
    });
    const baseline = floor;
    const exact = Array.from({ length: 20 }, (_, i) => `Reader-${(i * 7919) % SUBSCRIBERS}@bench.example`);
    const prefixes = ['reader-1', 'reader-42', 'reader-999', 'reader-5'];
    const names = ['schmi', 'anna', 'felix w', 'müller1', 'wagner'];
    for (const [metric, queries] of [
      ['p95_ms_exact_address', exact],
      ['p95_ms_address_prefix', prefixes],
      ['p95_ms_name_part', names],
    ] as const)
      report({ bench: 'subscriber-search', metric, value: await p95([...queries]), unit: 'ms', baseline });
    report({
      bench: 'subscriber-search',
      metric: 'sql_statements_first_500_vs_50',
      value: await statements('schmi', 500),
      unit: 'statements',
      baseline: await statements('schmi', 50),
    });
  } finally {
    // In a database it did not create, the bench removes its tenant's rows (the processing log is
    // append-only and keeps its entries).
    if (!bdb.createdHere) {
      const [t] = await s.db.query('SELECT id FROM tenants WHERE slug = ?', [
        `bench-${tenantId.slice(0, 8)}`,
      ]);
      if (t) {
        for (const table of [
          'subscribers',
          'consent_records',
          'subscription_tokens',
          'mailing_lists',
          'list_daily_counts',
          'tenant_users',
        ]) {
          await s.db.query(`DELETE FROM ${table} WHERE tenant_id = ?`, [t.id]);
        }
        await s.db.query('DELETE FROM tenants WHERE id = ?', [t.id]);
      }
    }
    await http.close();
    await s.db.close();
    await bdb.cleanup();
  }
}
