import { parseDatabaseUrl } from '../server/config';
import { openDatabase } from '../server/database';
import { createWorkerPool } from '../server/app';
import { createTenant, createUser, UserFixture } from './support/fixtures';
import { freshDatabase } from './support/test-db';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const TRAFFIC = `query($from: DateTimeISO, $to: DateTimeISO) {
  webTraffic(from: $from, to: $to) { day requests visitors clientErrors serverErrors topPaths { path requests } browsers { browser requests visitors } }
}`;
const LOOKUP = `query($ip: String!, $p: ProcessingPurpose!, $j: String!, $from: DateTimeISO, $first: Int) {
  webAccessByIp(ip: $ip, purpose: $p, justification: $j, from: $from, first: $first) { at ip ipTruncated method path status userAgent browser }
}`;
const WHY = 'Credential stuffing against the sign-in form, incident 2026-031';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const EDGE =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87';
const DAY = 86_400_000;

describe('web access log', () => {
  let s: TestServer;
  let op: string;
  let owner: UserFixture;

  const hit = (path: string, ip: string, ua?: string, init: RequestInit = {}) =>
    fetch(`${s.base}${path}`, {
      ...init,
      headers: {
        'x-forwarded-for': ip,
        ...(ua ? { 'user-agent': ua } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
  const rows = async (where = '1 = 1', params: unknown[] = []) => {
    await s.services.webLogRecorder.flush();
    return s.services.db.query<any[]>(`SELECT * FROM web_access_log WHERE ${where} ORDER BY at`, params);
  };
  const record = (at: Date, ip: string, path = '/graphql', ua: string | null = FIREFOX, status = 200) =>
    s.services.webLogRecorder.record({ at, ip, method: 'POST', path, status, userAgent: ua });

  beforeAll(async () => {
    // Behind a proxy the client address comes from X-Forwarded-For: that lets one test play many visitors.
    s = await startTestServer({
      env: { TRUST_PROXY: 'true', WEB_LOG_TRUNCATE_DAYS: '3', WEB_LOG_RETENTION_DAYS: '30' },
    });
    op = await s.operatorToken();
    owner = await createUser(s, await createTenant(s), 'OWNER');
  });
  afterAll(() => s?.close());

  it("records each request's address, user agent, method, path (never the query string) and status", async () => {
    await hit('/confirm?token=SECRET-TOKEN-VALUE-1234567890', '203.0.113.5', FIREFOX);
    await hit('/healthz', '203.0.113.5', FIREFOX);
    await hit('/no/such/page.txt', '2001:0db8:0000:0000:0000:0000:0000:0042', CHROME);
    await hit('/o/AbCdEfGhIjKlMnOpQrStUv.gif', '198.51.100.20', SAFARI);
    await hit('/graphql', '198.51.100.20', EDGE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const got = await rows("path <> '/graphql' OR ip = '198.51.100.20'");
    const byPath = Object.fromEntries(got.map((r) => [r.path, r]));
    expect(byPath['/confirm']).toMatchObject({
      ip: '203.0.113.5',
      method: 'GET',
      status: 200,
      user_agent: FIREFOX,
      browser: 'Firefox',
    });
    expect(byPath['/no/such/page.txt']).toMatchObject({ ip: '2001:db8::42', status: 404, browser: 'Chrome' });
    expect(byPath['/o/:token.gif']).toMatchObject({ ip: '198.51.100.20', browser: 'Safari' });
    expect(got.find((r) => r.path === '/graphql')).toMatchObject({ method: 'POST', browser: 'Edge' });
    expect(Number(byPath['/confirm'].ip_truncated)).toBe(0);
    expect(byPath['/confirm'].visitor).toMatch(/^[0-9a-f]{32}$/);
    expect(byPath['/confirm'].day).toBe(new Date().toISOString().slice(0, 10));
    expect(JSON.stringify(got)).not.toContain('SECRET-TOKEN');
    expect(JSON.stringify(got)).not.toContain('AbCdEfGhIjKlMnOpQrStUv');
  });

  describe('daily aggregates', () => {
    const base = Date.UTC(2030, 0, 10, 12);
    beforeAll(async () => {
      // Two days of synthetic traffic, well in the future so nothing else lands there.
      for (let i = 0; i < 6; i++)
        record(
          new Date(base + i * 1000),
          `192.0.2.${i % 3}`,
          i % 2 ? '/graphql' : '/confirm',
          i % 2 ? FIREFOX : CHROME,
          i === 5 ? 500 : 200,
        );
      record(new Date(base + 10_000), '2001:db8::7', '/no/such', 'curl/8.5.0', 404);
      record(new Date(base + DAY), '192.0.2.1', '/graphql', FIREFOX);
      record(new Date(base + DAY + 1), '192.0.2.1', '/graphql', FIREFOX);
      await s.services.webLogRecorder.flush();
    });

    it('counts requests, distinct visitors, errors, top paths and browser families per day', async () => {
      const r = await s.gql(
        TRAFFIC,
        { from: new Date(base - DAY).toISOString(), to: new Date(base + 2 * DAY).toISOString() },
        op,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.webTraffic).toEqual([
        {
          day: '2030-01-10',
          requests: 7,
          visitors: 4,
          clientErrors: 1,
          serverErrors: 1,
          topPaths: [
            { path: '/confirm', requests: 3 },
            { path: '/graphql', requests: 3 },
            { path: '/no/such', requests: 1 },
          ],
          browsers: [
            { browser: 'Chrome', requests: 3, visitors: 3 },
            { browser: 'Firefox', requests: 3, visitors: 3 },
            { browser: 'HTTP library', requests: 1, visitors: 1 },
          ],
        },
        {
          day: '2030-01-11',
          requests: 2,
          visitors: 1,
          clientErrors: 0,
          serverErrors: 0,
          topPaths: [{ path: '/graphql', requests: 2 }],
          browsers: [{ browser: 'Firefox', requests: 2, visitors: 1 }],
        },
      ]);
    });

    it('never contains an address or a user agent', async () => {
      const r = await s.gql(TRAFFIC, {}, op);
      expect(r.data.webTraffic.length).toBeGreaterThan(0);
      const all = JSON.stringify([
        r.data,
        (
          await s.gql(
            TRAFFIC,
            { from: new Date(base - DAY).toISOString(), to: new Date(base + 2 * DAY).toISOString() },
            op,
          )
        ).data,
      ]);
      const ips = (
        await s.services.db.query<Array<{ ip: string }>>('SELECT DISTINCT ip FROM web_access_log')
      ).map((x) => x.ip);
      expect(ips.length).toBeGreaterThan(3);
      for (const ip of [...ips, '127.0.0.1', '::1', '::ffff:']) expect(all).not.toContain(ip);
      expect(all).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/);
      expect(all).not.toMatch(/Mozilla|Gecko|curl\//);
    });

    it('is for operators only, with a bounded range', async () => {
      expect(codeOf(await s.gql(TRAFFIC, {}, owner.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(TRAFFIC, {}))).toBe('UNAUTHENTICATED');
      expect(
        codeOf(
          await s.gql(TRAFFIC, { from: '2030-01-02T00:00:00.000Z', to: '2030-01-01T00:00:00.000Z' }, op),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        codeOf(
          await s.gql(TRAFFIC, { from: '2020-01-01T00:00:00.000Z', to: '2030-01-01T00:00:00.000Z' }, op),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(codeOf(await s.gql(TRAFFIC, { from: 'last week' }, op))).toBe('BAD_USER_INPUT');
    });
  });

  describe('look-up by address', () => {
    const logEntries = () =>
      s.services.db.query<any[]>("SELECT * FROM processing_log WHERE action = 'weblog.lookup' ORDER BY seq");

    it("gives an operator one address's requests for purpose SECURITY, and logs the look-up without the address", async () => {
      await hit('/requests/status?token=xyz', '203.0.113.99', FIREFOX);
      await hit('/healthz', '203.0.113.98', FIREFOX);
      await s.services.webLogRecorder.flush();
      const before = (await logEntries()).length;
      const r = await s.gql(LOOKUP, { ip: '203.0.113.99', p: 'SECURITY', j: WHY }, op);
      expect(r.errors).toBeUndefined();
      expect(r.data.webAccessByIp).toEqual([
        expect.objectContaining({
          ip: '203.0.113.99',
          ipTruncated: false,
          method: 'GET',
          path: '/requests/status',
          status: 404,
          userAgent: FIREFOX,
          browser: 'Firefox',
        }),
      ]);
      const entries = await logEntries();
      expect(entries).toHaveLength(before + 1);
      const e = entries[entries.length - 1];
      expect(e).toMatchObject({ purpose: 'SECURITY', actor_type: 'OPERATOR', tenant_id: null, subjects: 1 });
      expect(e.description).toContain(WHY);
      expect(e.description).not.toContain('203.0.113');
    });

    it('finds an IPv6 address however it is written, and an IPv4-mapped one as IPv4', async () => {
      await hit('/healthz', '2001:0db8:0000:0000:0000:0000:0000:0a42', CHROME);
      await hit('/healthz', '::ffff:203.0.113.61', CHROME);
      await s.services.webLogRecorder.flush();
      const v6 = await s.gql(LOOKUP, { ip: '2001:DB8:0:0:0:0:0:A42', p: 'SECURITY', j: WHY }, op);
      expect(v6.data.webAccessByIp.map((x: any) => x.ip)).toEqual(['2001:db8::a42']);
      const mapped = await s.gql(LOOKUP, { ip: '::ffff:203.0.113.61', p: 'SECURITY', j: WHY }, op);
      expect(mapped.data.webAccessByIp.map((x: any) => x.ip)).toEqual(['203.0.113.61']);
      const plain = await s.gql(LOOKUP, { ip: '203.0.113.61', p: 'SECURITY', j: WHY }, op);
      expect(plain.data.webAccessByIp).toHaveLength(1);
    });

    it.each([
      ['another purpose', { p: 'TECHNICAL_SUPPORT' }, /purpose must be SECURITY/],
      ['no justification', { j: '   ' }, /justification/],
      ['a token justification', { j: 'test' }, /justification/],
      [
        'an IP in the justification',
        { j: 'Attack from 203.0.113.99 on the login form' },
        /email address or IP/,
      ],
      ['not an address', { ip: 'localhost' }, /ip is not an IPv4 or IPv6 address/],
      ['an address with a port', { ip: '203.0.113.99:443' }, /ip is not/],
      ['first out of range', { first: 5000 }, /first/],
    ])('refuses %s with BAD_USER_INPUT, logging nothing', async (_what, vars, message) => {
      const before = (await logEntries()).length;
      const r = await s.gql(LOOKUP, { ip: '203.0.113.99', p: 'SECURITY', j: WHY, ...vars }, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(message);
      expect((await logEntries()).length).toBe(before);
    });

    it('is for operators only', async () => {
      expect(codeOf(await s.gql(LOOKUP, { ip: '203.0.113.99', p: 'SECURITY', j: WHY }, owner.token))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await s.gql(LOOKUP, { ip: '203.0.113.99', p: 'SECURITY', j: WHY }))).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('retention (WEB_LOG_TRUNCATE_DAYS=3, WEB_LOG_RETENTION_DAYS=30 here)', () => {
    it('truncates addresses after 3 days and deletes rows after 30 in the scheduled job; daily visitors stay right', async () => {
      const now = Date.now();
      const fourDays = new Date(now - 4 * DAY);
      const oldDay = fourDays.toISOString().slice(0, 10);
      record(fourDays, '198.51.100.77', '/graphql', FIREFOX);
      record(new Date(fourDays.getTime() + 1), '198.51.100.78', '/graphql', FIREFOX);
      record(new Date(fourDays.getTime() + 2), '2001:db8:abcd:12::9', '/graphql', CHROME);
      record(new Date(now - 2 * DAY), '198.51.100.79', '/graphql', FIREFOX);
      record(new Date(now - 31 * DAY), '198.51.100.80', '/graphql', FIREFOX);
      await s.services.webLogRecorder.flush();
      const window = {
        from: new Date(fourDays.getTime() - 1000).toISOString(),
        to: new Date(fourDays.getTime() + 1000).toISOString(),
      };
      const visitorsBefore = (await s.gql(TRAFFIC, window, op)).data.webTraffic[0];
      expect(visitorsBefore).toMatchObject({ day: oldDay, requests: 3, visitors: 3 });

      const pool = createWorkerPool(s.services, 1);
      pool.start();
      try {
        await until(
          async () => (await rows("ip = '198.51.100.77'")).length === 0,
          'truncation by the scheduled job',
        );
        await until(
          async () => (await rows('at < ?', [s.services.db.param(new Date(now - 30 * DAY))])).length === 0,
          'the 31-day row deleted',
        );
      } finally {
        await pool.stop(2000);
      }
      const old = await rows('at >= ? AND at <= ?', [
        s.services.db.param(fourDays),
        s.services.db.param(new Date(fourDays.getTime() + 2)),
      ]);
      expect(old.map((r) => [r.ip, Number(r.ip_truncated)])).toEqual([
        ['198.51.100.0', 1],
        ['198.51.100.0', 1],
        ['2001:db8:abcd::', 1],
      ]);
      expect(await rows("ip = '198.51.100.79' AND ip_truncated = 0")).toHaveLength(1);
      expect(await rows('at < ?', [s.services.db.param(new Date(now - 30 * DAY))])).toHaveLength(0);
      // The old day's salt is gone, its counts are not.
      expect(await s.services.db.query('SELECT * FROM web_log_salts WHERE day = ?', [oldDay])).toEqual([]);
      expect((await s.gql(TRAFFIC, window, op)).data.webTraffic[0]).toEqual(visitorsBefore);
      const actions = (
        await s.services.db.query<any[]>(
          "SELECT action, description FROM processing_log WHERE action IN ('weblog.truncate', 'weblog.purge')",
        )
      ).map((r) => r.action);
      expect(actions).toEqual(expect.arrayContaining(['weblog.truncate', 'weblog.purge']));
      // A truncated row is found by its network, by the same purpose-bound look-up.
      const byNetwork = await s.gql(
        LOOKUP,
        { ip: '198.51.100.0', p: 'SECURITY', j: WHY, from: new Date(now - 10 * DAY).toISOString() },
        op,
      );
      expect(byNetwork.data.webAccessByIp).toHaveLength(2);
      expect(byNetwork.data.webAccessByIp.every((x: any) => x.ipTruncated)).toBe(true);
    });
  });

  it('writes what is buffered when the server shuts down', async () => {
    const database = freshDatabase();
    const other = await startTestServer({ database });
    try {
      await fetch(`${other.base}/healthz`, { headers: { 'user-agent': 'shutdown-probe/1.0' } });
    } finally {
      await other.close();
    }
    const db = await openDatabase(parseDatabaseUrl(database.url), { migrate: false });
    try {
      const got = await db.query<any[]>(
        "SELECT * FROM web_access_log WHERE user_agent = 'shutdown-probe/1.0'",
      );
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ path: '/healthz', ip: '127.0.0.1' });
    } finally {
      await db.close();
      await database.drop();
    }
  });

  it('no processing-log entry names an address', async () => {
    const entries = await s.services.db.query<Array<{ description: string }>>(
      'SELECT description FROM processing_log',
    );
    for (const { description } of entries) {
      expect(description).not.toMatch(/@/);
      expect(description).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/);
      expect(description).not.toMatch(/2001:db8/i);
    }
  });
});
