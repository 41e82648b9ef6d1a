import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import pino from 'pino';
import { createServices, listen } from '../server/app';
import { loadConfig } from '../server/config';
import { RequestContext } from '../tenants/request-context';
import { operatorToken, report } from './support';

const CHROMIUM = '/usr/bin/chromium';
const LISTS = 20;
const ROUNDS = 7;

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((r, j) => probe.once('error', j).listen(0, '127.0.0.1', () => r()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The portal's first load, cold (a new browser profile each round, so nothing is cached), from a
 * local server: the JavaScript transferred (as sent, compressed) and the time from navigating to
 * `/lists` with a session until the last list's link is on screen, in Debian's Chromium. The
 * baseline is the same page as the server could have rendered it: the same lists as links in plain
 * HTML from a bare node:http server, no script, timed the same way. Steward runs on embedded SQLite,
 * as `npm start` does; the portal must be built (`npm run build:portal`).
 */
export async function portalLoadBench(): Promise<void> {
  const portalDir = resolve('dist/portal');
  if (!existsSync(join(portalDir, 'index.html')))
    throw new Error('portal-load: run `npm run build:portal` first');
  if (!existsSync(CHROMIUM))
    throw new Error(`portal-load: ${CHROMIUM} is missing (apt-get install chromium)`);
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-portal-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'steward.db')}`,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
    OPERATOR_EMAIL: 'bench-operator@steward.local',
    OPERATOR_PASSWORD: 'bench-operator-password',
    WORKERS: '0',
    PUBLIC_RATE_LIMIT: '0',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: origin,
    PORTAL_DIR: portalDir,
  });
  const s = await createServices(config, pino({ level: 'silent' }));
  const http = await listen(s, port, '127.0.0.1');
  let staticServer: Server | undefined;
  let browser: Browser | undefined;
  try {
    const op = { token: await operatorToken(s, config.operatorEmail!, config.operatorPassword!) };
    const gql = async (query: string, variables: object, token: string) => {
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const tenant = (
      await gql(
        'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
        { i: { slug: 'bench', name: 'Bench', service: 'EASE', dpoEmail: 'dpo@bench.example' } },
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
      'bench',
    );
    const titles: string[] = [];
    for (let i = 0; i < LISTS; i++) {
      const title = `Bench list ${String(i + 1).padStart(2, '0')}`;
      await gql(
        'mutation($i: CreateListInput!) { createList(input: $i) { id } }',
        { i: { name: `BENCH-${i}`, title, optIn: 'SINGLE' } },
        owner.token,
      );
      titles.push(title);
    }
    const last = titles[titles.length - 1];

    // The baseline: the lists page as static HTML, the same links.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lists</title></head><body><main><h1>Lists</h1><table>${titles
      .map((t, i) => `<tr><td><a href="/lists/${i}">${escape(t)}</a></td><td>0</td><td>0</td></tr>`)
      .join('')}</table></main></body></html>`;
    staticServer = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(html);
    });
    await new Promise<void>((r) => staticServer!.listen(0, '127.0.0.1', () => r()));
    const staticUrl = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}/lists`;

    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    const session = async (): Promise<string> => {
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({
          query:
            'mutation { startSession(email: "owner@bench.example", password: "bench-owner-password", tenant: "bench") { id } }',
        }),
      });
      const cookie = res.headers.get('set-cookie') ?? '';
      const m = /steward_session=([^;]+)/.exec(cookie);
      if (!m) throw new Error(`portal-load: no session cookie (${res.status})`);
      return m[1];
    };
    /** One cold load: a fresh profile, navigate, wait for the last list's link; ms and script bytes as sent. */
    const load = async (url: string, cookie?: string): Promise<{ ms: number; scriptBytes: number }> => {
      const context = await browser!.newContext();
      if (cookie)
        await context.addCookies([
          { name: 'steward_session', value: cookie, url: origin, httpOnly: true, sameSite: 'Strict' },
        ]);
      const page = await context.newPage();
      const sizes: Promise<number>[] = [];
      page.on('requestfinished', (r) => {
        if (r.resourceType() === 'script') sizes.push(r.sizes().then((z) => z.responseBodySize));
      });
      const t0 = performance.now();
      await page.goto(url, { waitUntil: 'commit' });
      await page.getByRole('link', { name: last }).waitFor({ state: 'visible', timeout: 30_000 });
      const ms = performance.now() - t0;
      const scriptBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
      await context.close();
      return { ms, scriptBytes };
    };
    // One of each first, not counted: Chromium's own start-up, the server's first compilation of each path.
    await load(`${origin}/lists`, await session());
    await load(staticUrl);
    const portal: number[] = [];
    const plain: number[] = [];
    let scriptBytes = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const p = await load(`${origin}/lists`, await session());
      const b = await load(staticUrl);
      portal.push(p.ms);
      plain.push(b.ms);
      scriptBytes = p.scriptBytes;
    }
    report({
      bench: 'portal-load',
      metric: 'javascript_transferred_first_page',
      value: scriptBytes / 1024,
      unit: 'KiB',
      baseline: 300,
      ratio: scriptBytes / 1024 / 300,
    });
    report({
      bench: 'portal-load',
      metric: 'cold_load_to_lists_ms_vs_static_html',
      value: median(portal),
      unit: 'ms',
      baseline: median(plain),
    });
  } finally {
    await browser?.close();
    await new Promise<void>((r) => (staticServer ? staticServer.close(() => r()) : r()));
    await http.close();
    await s.db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
