import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { createServices, listen } from '../server/app';
import { loadConfig } from '../server/config';
import { AddressHasher } from '../schema/common/address-hash';
import { RequestContext } from '../tenants/request-context';
import { benchDatabase, operatorToken, report } from './support';

const SUBSCRIBERS = 1200;

/**
 * SQL statements the server runs for one `subscribers(first: N)` request, counted by the database
 * itself (the global `Questions` counter, minus the statement that reads it), for N = 50 and 500.
 */
export async function subscribersPageBench(): Promise<void> {
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
    for (let i = 0; i < SUBSCRIBERS; i += 400) {
      const rows = Array.from({ length: Math.min(400, SUBSCRIBERS - i) }, (_, j) => {
        const email = `reader-${i + j}@bench.example`;
        return [
          randomUUID(),
          tenant.id,
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
    const query =
      'query($l: ID!, $f: Int) { subscribers(listId: $l, first: $f) { nodes { id email name country format trackingConsent status requestedAt confirmedAt } pageInfo { hasNextPage endCursor } totalCount } }';
    const statements = async (first: number): Promise<number> => {
      await gql(query, { l: list.id, f: first }, admin.token); // warm
      const read = async () => Number((await s.db.query(`SHOW GLOBAL STATUS LIKE 'Questions'`))[0].Value);
      const before = await read();
      const data = await gql(query, { l: list.id, f: first }, admin.token);
      const after = await read();
      if (data.subscribers.nodes.length !== first) throw new Error(`expected ${first} nodes`);
      return after - before - 1;
    };
    const at50 = await statements(50);
    const at500 = await statements(500);
    report({
      bench: 'subscribers-page',
      metric: 'sql_statements_first_500_vs_50',
      value: at500,
      unit: 'statements',
      baseline: at50,
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
