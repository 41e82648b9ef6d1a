import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServices, listen } from '../server/app';
import { loadConfig } from '../server/config';
import { operatorToken } from './support';
import { RequestContext } from '../tenants/request-context';

/** The Origin a browser on the hosted form sends with its POST (PUBLIC_URL's). */
export const BENCH_PUBLIC_URL = 'http://lists.bench.example';

/**
 * The server of the public-pages benchmark, in its own process: Steward on `DATABASE_URL`, with a
 * tenant and a double opt-in list, no job loop (a sign-up POST only enqueues its job, which is what
 * the person waits for), and the per-network limit of the public forms at the highest value the
 * configuration takes (PUBLIC_RATE_LIMIT=1000000 a minute): it is counted on every POST as in
 * production, but never cuts in. The portal directory is `portalDir`, into which it writes the
 * baseline: the sign-up page's own bytes as a static file, served by the portal's static handler.
 * Reports the URLs over IPC.
 */
async function main(): Promise<void> {
  process.on('SIGTERM', () => process.exit(0));
  const [databaseUrl, portalDir] = process.argv.slice(2);
  mkdirSync(portalDir, { recursive: true });
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    OPERATOR_EMAIL: 'bench-operator@steward.local',
    OPERATOR_PASSWORD: 'bench-operator-password',
    WORKERS: '0',
    PUBLIC_RATE_LIMIT: '1000000',
    PUBLIC_URL: BENCH_PUBLIC_URL,
    PORTAL_DIR: portalDir,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  });
  // Request logs are formatted and written as in production, to the child's stdout (/dev/null).
  const s = await createServices(config);
  const op = { token: await operatorToken(s, config.operatorEmail!, config.operatorPassword!) };
  const http = await listen(s, 0, '127.0.0.1');
  const base = new URL(http.url).origin;
  const gql = async (query: string, variables: object, token: string) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const slug = `bench${process.pid}`;
  const tenant = (
    await gql(
      'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
      { i: { slug, name: 'Bench Books', service: 'EASE', dpoEmail: 'dpo@bench.example' } },
      op.token,
    )
  ).createTenant;
  await gql(
    'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id } }',
    {
      i: {
        tenantId: tenant.id,
        email: 'owner@bench.example',
        password: 'bench-owner-password',
        role: 'OWNER',
      },
    },
    op.token,
  );
  const owner = await s.users.login(
    RequestContext.system('bench'),
    'owner@bench.example',
    'bench-owner-password',
    slug,
  );
  await gql(
    'mutation($i: CreateListInput!) { createList(input: $i) { id } }',
    { i: { name: 'news', title: 'Bench News', optIn: 'DOUBLE' } },
    owner.token,
  );
  const formPath = `/subscribe/${slug}/news`;
  const page = await fetch(`${base}${formPath}`);
  if (page.status !== 200)
    throw new Error(`sign-up page answered ${page.status}: ${(await page.text()).slice(0, 500)}`);
  const html = Buffer.from(await page.arrayBuffer());
  writeFileSync(join(portalDir, 'static-signup.html'), html);
  process.send!({ base, formPath, staticPath: '/static-signup.html', bytes: html.length });
}

// Run as the forked server; imported (for BENCH_PUBLIC_URL), it does nothing.
if (require.main === module)
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
