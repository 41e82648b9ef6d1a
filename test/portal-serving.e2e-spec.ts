import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, TestServer } from './support/test-server';

/**
 * How the API process serves the portal's build, with a stand-in build in a temporary folder (the
 * browser tests, test/portal-*.e2e-spec.ts, use the real one): files, caching, the fallback to
 * index.html, the server's own paths left alone, the headers, and the page shown without a build.
 */
describe('portal serving', () => {
  let s: TestServer;
  const dir = mkdtempSync(join(tmpdir(), 'steward-portal-'));
  const INDEX =
    '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>';

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    s = await startTestServer({ env: { PORTAL_DIR: dir } });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, init?: RequestInit) =>
    fetch(`${s.base}${path}`, { redirect: 'manual', ...init });

  it('serves index.html at / and at every portal path, never cached without revalidation', async () => {
    for (const path of [
      '/',
      '/login',
      '/lists',
      '/lists/0b6c2b1e-1111-4000-8000-000000000000',
      '/requests',
      '/breaches',
      '/no/such/page',
      '/invitation?token=x',
    ]) {
      const r = await get(path);
      expect([path, r.status]).toEqual([path, 200]);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      expect(r.headers.get('cache-control')).toBe('no-cache');
      expect(await r.text()).toBe(INDEX);
    }
    const head = await get('/lists', { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('serves hashed assets with a long cache and other files revalidated', async () => {
    const js = await get('/assets/app-1a2b3c.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    const icon = await get('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a missing file with 404, not the portal', async () => {
    for (const path of ['/assets/app-000000.js', '/favicon.ico', '/lists/x.json']) {
      const r = await get(path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(await r.text()).not.toContain('<div id="root">');
    }
  });

  it("leaves the server's own paths to the server", async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect(await (await get('/metrics')).text()).toMatch(/^# HELP/m);
    const confirm = await get('/confirm?token=abc');
    expect(await confirm.text()).toContain('Confirm your subscription');
    const reset = await get('/reset-password?token=x');
    expect(reset.status).toBe(200);
    expect(await reset.text()).toContain('Set password');
    // The contract's paths whose module does not exist yet: a plain 404, never the portal.
    for (const path of [
      '/exports/lists/x/subscribers.csv',
      '/imports',
      '/subscribe/t/l',
      '/preferences?token=x',
      '/privacy',
      '/requests/new',
      '/audit/processing-log.csv',
      '/breaches/x/impacts.csv',
      '/graphql/x',
    ]) {
      const r = await get(path);
      expect(await r.text()).not.toContain('<div id="root">');
      expect([path, r.status >= 400]).toEqual([path, true]);
    }
    // GraphQL still answers beside the fallback, and a POST elsewhere is not the portal.
    expect((await s.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const post = await get('/lists', { method: 'POST' });
    expect(post.status).toBe(404);
  });

  it('sends the strict content security policy and keeps the security headers', async () => {
    for (const path of ['/', '/lists', '/assets/app-1a2b3c.js']) {
      const h = (await get(path)).headers;
      const csp = h.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values.join(' ')];
        }),
      );
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self' 'unsafe-inline'",
        'img-src': "'self' data:",
        'connect-src': "'self'",
        'frame-ancestors': "'none'",
        'base-uri': "'none'",
        'form-action': "'self'",
      });
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('x-powered-by')).toBeNull();
    }
  });

  it('answers 503 with a page saying to build when there is no build, and recovers once there is', async () => {
    unlinkSync(join(dir, 'index.html'));
    const r = await get('/lists');
    expect(r.status).toBe(503);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await r.text()).toContain('npm run build');
    expect((await get('/healthz')).status).toBe(200);
    writeFileSync(join(dir, 'index.html'), INDEX);
    expect((await get('/lists')).status).toBe(200);
  });
});
