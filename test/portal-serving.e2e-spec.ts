import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
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
    // What the build writes beside each asset (portal/vite.config.mts); the CSS has no compressed copies.
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.js.br'), brotliCompressSync('console.log(1)'));
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.js.gz'), gzipSync('console.log(1)'));
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.css'), 'body{margin:0}');
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

  /** The bytes as sent (fetch would decompress them), with exactly the Accept-Encoding given. */
  const raw = (path: string, acceptEncoding?: string) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const headers: Record<string, string> =
        acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
      const { hostname, port } = new URL(s.base);
      // The path exactly as given (a URL would resolve `..` before sending).
      httpGet({ hostname, port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      }).on('error', reject);
    });

  it('sends an asset compressed at build time as the browser accepts it: brotli, else gzip, else plain', async () => {
    const br = await raw('/assets/app-1a2b3c.js', 'gzip, deflate, br');
    expect([br.status, br.headers['content-encoding']]).toEqual([200, 'br']);
    expect(brotliDecompressSync(br.body).toString()).toBe('console.log(1)');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers['content-security-policy']).toContain("script-src 'self'");
    expect(br.headers.vary).toMatch(/accept-encoding/i);

    const gz = await raw('/assets/app-1a2b3c.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe('console.log(1)');
    // The browser's preference (q-values) decides, not ours.
    const preferGzip = await raw('/assets/app-1a2b3c.js', 'br;q=0.5, gzip;q=1');
    expect(preferGzip.headers['content-encoding']).toBe('gzip');
    const refusesBr = await raw('/assets/app-1a2b3c.js', 'br;q=0, gzip');
    expect(refusesBr.headers['content-encoding']).toBe('gzip');

    for (const ae of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const plain = await raw('/assets/app-1a2b3c.js', ae);
      expect([ae, plain.status, plain.headers['content-encoding']]).toEqual([ae, 200, undefined]);
      expect(plain.body.toString()).toBe('console.log(1)');
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
    }
    // Without a compressed copy the plain file goes, whatever is accepted; a missing asset stays a 404.
    const css = await raw('/assets/app-1a2b3c.css', 'br, gzip');
    expect([css.status, css.headers['content-encoding'], css.body.toString()]).toEqual([
      200,
      undefined,
      'body{margin:0}',
    ]);
    expect((await raw('/assets/app-000000.js', 'br, gzip')).status).toBe(404);
    // Nothing climbs out of the build through the compressed look-up.
    for (const path of ['/assets/../assets/app-1a2b3c.js', '/assets/%2e%2e/assets/app-1a2b3c.js']) {
      const climb = await raw(path, 'br');
      expect([path, climb.headers['content-encoding']]).toEqual([path, undefined]);
    }
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
    const invitation = await get('/invitation?token=abc');
    expect(await invitation.text()).toContain('Accept your invitation');
    const reset = await get('/reset-password?token=x');
    expect(reset.status).toBe(200);
    expect(await reset.text()).toContain('Set password');
    const privacy = await get('/privacy');
    expect(privacy.status).toBe(200);
    expect(await privacy.text()).toContain('How Steward handles personal data');
    const requestForm = await get('/requests/new');
    expect(requestForm.status).toBe(200);
    expect(await requestForm.text()).not.toContain('<div id="root">');
    const preferences = await get('/preferences?token=x');
    expect(preferences.status).toBe(400);
    expect(await preferences.text()).toContain('This link cannot be used');
    // The contract's paths whose module does not exist yet: a plain 404, never the portal.
    for (const path of [
      '/exports/lists/x/subscribers.csv',
      '/imports',
      '/subscribe/t/l',
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
