import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../schema/common/ids';
import { hashPassword } from '../schema/users/password';
import { createWorkerPool } from '../server/app';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import {
  codeOf,
  GqlResult,
  OPERATOR_EMAIL,
  OPERATOR_PASSWORD,
  startTestServer,
  TestServer,
} from './support/test-server';
import { until } from './support/wait';

const START =
  'mutation($e: String!, $p: String!, $t: String, $r: Boolean) { startSession(email: $e, password: $p, tenant: $t, remember: $r) { id email role tenantRole tenant { id slug } } }';
const LOGIN =
  'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token } }';
const ME = '{ me { id email role } }';
const SESSIONS = '{ sessions { id createdAt lastSeenAt expiresAt userAgent current } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const CREATE_LIST = 'mutation($n: String!) { createList(input: { name: $n, title: "Cross-site" }) { id } }';

const PUBLIC_ORIGIN = 'http://localhost:4000'; // the test server's PUBLIC_URL
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
/** What the portal's own pages send (portal.md: Content-Type JSON, the browser adds these). */
const SAME_ORIGIN = { origin: PUBLIC_ORIGIN, 'sec-fetch-site': 'same-origin' };
const HOUR = 3_600_000;

interface Answer extends GqlResult {
  setCookies: string[];
}

describe('sessions (the steward_session cookie)', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let colleague: UserFixture;

  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    tenant = await createTenant(s);
    owner = await createUser(s, tenant, 'OWNER');
    colleague = await createUser(s, tenant, 'ADMIN');
  });
  afterAll(() => s?.close());

  /** POST /graphql as a browser would: JSON, the cookie if any, and any other headers. */
  const post = async (
    query: string,
    variables: Record<string, unknown> = {},
    opts: { cookie?: string; headers?: Record<string, string>; body?: string } = {},
  ): Promise<Answer> => {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.cookie ? { cookie: opts.cookie } : {}),
        ...opts.headers,
      },
      body: opts.body ?? JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: { data?: unknown; errors?: GqlResult['errors'] };
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text }] };
    }
    return {
      status: res.status,
      data: (body.data ?? null) as never,
      errors: body.errors,
      headers: res.headers,
      setCookies: res.headers.getSetCookie(),
    };
  };

  /** Signs `who` in for a session; answers the Cookie header to send back and the raw token. */
  const signIn = async (
    who: { email: string; password: string; tenant?: { slug: string } | null },
    opts: { remember?: boolean; headers?: Record<string, string> } = {},
  ) => {
    const r = await post(
      START,
      { e: who.email, p: who.password, t: who.tenant?.slug ?? null, r: opts.remember ?? false },
      { headers: { ...SAME_ORIGIN, 'user-agent': FIREFOX, ...opts.headers } },
    );
    if (!r.data?.startSession) throw new Error(`startSession failed: ${JSON.stringify(r.errors)}`);
    expect(r.setCookies).toHaveLength(1);
    const token = /^steward_session=([^;]+);/.exec(r.setCookies[0])![1];
    return {
      cookie: `steward_session=${token}`,
      token,
      setCookie: r.setCookies[0],
      viewer: r.data.startSession,
    };
  };

  const me = (cookie: string, headers: Record<string, string> = SAME_ORIGIN) =>
    post(ME, {}, { cookie, headers });
  const signedIn = async (cookie: string) => (await me(cookie)).data?.me?.id ?? null;
  const q = <T = any>(sql: string, params: unknown[] = []) => s.services.db.query<T>(sql, params);
  const sessionRow = async (token: string) =>
    (
      await q('SELECT * FROM sessions WHERE token_hash = ?', [
        createHash('sha256').update(token).digest('hex'),
      ])
    )[0];
  const listCount = async () =>
    Number((await q('SELECT COUNT(*) AS n FROM mailing_lists WHERE tenant_id = ?', [tenant.id]))[0].n);

  describe('startSession', () => {
    it('sets the cookie with the exact attributes, 8 hours by default, and the cookie signs in', async () => {
      const { cookie, token, setCookie, viewer } = await signIn(owner);
      expect(viewer).toEqual({
        id: owner.id,
        email: owner.email,
        role: 'TENANT_USER',
        tenantRole: 'OWNER',
        tenant: { id: tenant.id, slug: tenant.slug },
      });
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(setCookie).toBe(`steward_session=${token}; Max-Age=28800; Path=/; HttpOnly; SameSite=Strict`);
      const r = await me(cookie);
      expect(r.errors).toBeUndefined();
      expect(r.data.me).toEqual({ id: owner.id, email: owner.email, role: 'TENANT_USER' });
      // a non-browser client sends neither Origin nor Sec-Fetch-Site: the cookie counts too
      expect((await me(cookie, {})).data?.me?.id).toBe(owner.id);
      const row = await sessionRow(token);
      const lifetime =
        s.services.db.date(row.expires_at)!.getTime() - s.services.db.date(row.created_at)!.getTime();
      expect(lifetime).toBe(8 * HOUR);
    });

    it('with remember: 30 days, in the cookie and in the database', async () => {
      const { token, setCookie } = await signIn(owner, { remember: true });
      expect(setCookie).toBe(`steward_session=${token}; Max-Age=2592000; Path=/; HttpOnly; SameSite=Strict`);
      const row = await sessionRow(token);
      const lifetime =
        s.services.db.date(row.expires_at)!.getTime() - s.services.db.date(row.created_at)!.getTime();
      expect(lifetime).toBe(30 * 24 * HOUR);
    });

    it('signs an operator in too', async () => {
      const { cookie, viewer } = await signIn({ email: OPERATOR_EMAIL, password: OPERATOR_PASSWORD });
      expect(viewer).toMatchObject({
        email: OPERATOR_EMAIL,
        role: 'OPERATOR',
        tenantRole: null,
        tenant: null,
      });
      // without 2FA the operator's console stays closed (its own account stays open)
      const closed = await post('{ tenants { id } }', {}, { cookie, headers: SAME_ORIGIN });
      expect(codeOf(closed)).toBe('FORBIDDEN');
      expect(closed.errors![0].extensions?.twoFactorSetupRequired).toBe(true);
      expect(
        (await post('{ sessions { id } }', {}, { cookie, headers: SAME_ORIGIN })).errors,
      ).toBeUndefined();
      // an operator with 2FA (and its code) reaches it
      const op = await s.consoleOperator();
      const withCode = await post(
        'mutation($e: String!, $p: String!, $o: String) { startSession(email: $e, password: $p, otp: $o) { role } }',
        { e: op.email, p: op.password, o: await op.code() },
        { headers: SAME_ORIGIN },
      );
      expect((withCode.data as { startSession: { role: string } } | null)?.startSession.role).toBe(
        'OPERATOR',
      );
      const consoleCookie = withCode.setCookies[0].split(';')[0];
      expect(
        (await post('{ tenants { id } }', {}, { cookie: consoleCookie, headers: SAME_ORIGIN })).errors,
      ).toBeUndefined();
    });

    it('stores only the hash of the token and the browser family and OS', async () => {
      const { token } = await signIn(colleague);
      const row = await sessionRow(token);
      expect(row).toBeDefined();
      expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(row.user_agent).toBe('Firefox on Linux');
      expect(row).toMatchObject({
        principal_kind: 'tenant_user',
        user_id: colleague.id,
        tenant_id: tenant.id,
        session_version: 0,
      });
      const stored = JSON.stringify(await q('SELECT * FROM sessions'));
      expect(stored).not.toContain(token);
      expect(stored).not.toContain('Gecko');
      expect(stored).not.toContain('rv:128');
    });

    it('fails like login, and sets no cookie', async () => {
      const wrong = await post(
        START,
        { e: owner.email, p: 'wrong-password-guess', t: tenant.slug },
        { headers: { ...SAME_ORIGIN, 'x-forwarded-for': '198.51.100.201' } },
      );
      const unknown = await post(
        START,
        { e: 'nobody@example.com', p: 'wrong-password-guess', t: tenant.slug },
        { headers: { ...SAME_ORIGIN, 'x-forwarded-for': '198.51.100.202' } },
      );
      for (const r of [wrong, unknown]) {
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
        expect(r.errors![0].message).toBe('Invalid email or password');
        expect(r.setCookies).toEqual([]);
      }
      const long = await post(START, { e: owner.email, p: 'x'.repeat(201), t: tenant.slug });
      expect(codeOf(long)).toBe('BAD_USER_INPUT');
      expect(long.setCookies).toEqual([]);
    });

    it('accepts otp as the contract has it (no account has two-factor authentication yet)', async () => {
      const r = await post(
        'mutation($e: String!, $p: String!, $t: String) { startSession(email: $e, password: $p, tenant: $t, otp: "123456") { id } }',
        { e: owner.email, p: owner.password, t: tenant.slug },
        { headers: SAME_ORIGIN },
      );
      expect(r.data?.startSession?.id).toBe(owner.id);
    });

    it('ends the session the browser came with: its cookie is replaced', async () => {
      const first = await signIn(owner);
      const r = await post(
        START,
        { e: colleague.email, p: colleague.password, t: tenant.slug },
        { cookie: first.cookie, headers: SAME_ORIGIN },
      );
      expect(r.data?.startSession?.id).toBe(colleague.id);
      expect(await sessionRow(first.token)).toBeUndefined();
      expect(await signedIn(first.cookie)).toBeNull();
    });
  });

  describe('refused cookies', () => {
    it('a forged, a malformed and an empty cookie: UNAUTHENTICATED with the reason, public fields still work', async () => {
      for (const cookie of [
        `steward_session=${randomBytes(32).toString('base64url')}`,
        'steward_session=not-a-token',
        'steward_session=',
      ]) {
        const r = await me(cookie);
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
        expect(r.errors![0].message).toMatch(/session is invalid, has ended or has expired/);
      }
      // an unrelated cookie is no credential at all
      const other = await me('theme=dark');
      expect(codeOf(other)).toBe('UNAUTHENTICATED');
      expect(other.errors![0].message).toMatch(/Sign in first/);
      const publicField = await post(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: OPERATOR_EMAIL, p: OPERATOR_PASSWORD },
        { cookie: 'steward_session=not-a-token' },
      );
      expect(publicField.data?.login?.token).toEqual(expect.any(String));
    });

    it('an expired session (expires_at moved into the past)', async () => {
      const { cookie, token } = await signIn(owner);
      expect(await signedIn(cookie)).toBe(owner.id);
      await q('UPDATE sessions SET expires_at = ? WHERE token_hash = ?', [
        s.services.db.param(new Date(Date.now() - 1000)),
        createHash('sha256').update(token).digest('hex'),
      ]);
      const r = await me(cookie);
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.errors![0].message).toMatch(/sign in again/);
    });

    it('an ended session: endSession clears the cookie and the session is gone', async () => {
      const { cookie, token } = await signIn(owner);
      const r = await post('mutation { endSession }', {}, { cookie, headers: SAME_ORIGIN });
      expect(r.data).toEqual({ endSession: true });
      expect(r.setCookies).toEqual(['steward_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict']);
      expect(await sessionRow(token)).toBeUndefined();
      expect(codeOf(await me(cookie))).toBe('UNAUTHENTICATED');
      // ending it again: no longer signed in
      expect(codeOf(await post('mutation { endSession }', {}, { cookie, headers: SAME_ORIGIN }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('a revoked session: revokeSession from another device of the same account', async () => {
      const laptop = await signIn(owner);
      const phone = await signIn(owner);
      const phoneId = (await sessionRow(phone.token)).id;
      const r = await post(
        'mutation($id: ID!) { revokeSession(id: $id) }',
        { id: phoneId },
        {
          cookie: laptop.cookie,
          headers: SAME_ORIGIN,
        },
      );
      expect(r.data).toEqual({ revokeSession: true });
      expect(r.setCookies).toEqual([]); // not the laptop's own session: its cookie stays
      expect(codeOf(await me(phone.cookie))).toBe('UNAUTHENTICATED');
      expect(await signedIn(laptop.cookie)).toBe(owner.id);
      // revoking the session in use signs out, and clears its cookie
      const laptopId = (await sessionRow(laptop.token)).id;
      const self = await post(
        'mutation($id: ID!) { revokeSession(id: $id) }',
        { id: laptopId },
        {
          cookie: laptop.cookie,
          headers: SAME_ORIGIN,
        },
      );
      expect(self.data).toEqual({ revokeSession: true });
      expect(self.setCookies).toEqual(['steward_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict']);
      expect(await signedIn(laptop.cookie)).toBeNull();
    });

    it("revokeSession of another account's session, an unknown id or garbage is NOT_FOUND and ends nothing", async () => {
      const mine = await signIn(owner);
      const theirs = await signIn(colleague);
      const operators = await signIn({ email: OPERATOR_EMAIL, password: OPERATOR_PASSWORD });
      const revoke = (id: string, cookie = mine.cookie) =>
        post('mutation($id: ID!) { revokeSession(id: $id) }', { id }, { cookie, headers: SAME_ORIGIN });
      for (const id of [
        (await sessionRow(theirs.token)).id,
        (await sessionRow(operators.token)).id,
        newId(),
        'x'.repeat(5000),
      ]) {
        const r = await revoke(id);
        expect(codeOf(r)).toBe('NOT_FOUND');
        expect(r.errors![0].message).toBe('Session not found');
      }
      // and the other way round: an operator cannot revoke a tenant user's session either
      expect(codeOf(await revoke((await sessionRow(mine.token)).id, operators.cookie))).toBe('NOT_FOUND');
      expect(await signedIn(theirs.cookie)).toBe(colleague.id);
      expect(await signedIn(mine.cookie)).toBe(owner.id);
      expect((await me(operators.cookie)).data.me.role).toBe('OPERATOR');
    });
  });

  describe('the account ends sessions', () => {
    it('changePassword keeps the session that changed it and ends the other sessions and the tokens', async () => {
      const user = await createUser(s, tenant, 'VIEWER');
      const here = await signIn(user);
      const there = await signIn(user);
      const token = user.token; // a Bearer token of the same account
      const bystander = await signIn(colleague);
      const r = await post(
        CHANGE,
        { c: user.password, n: 'the-new-viewer-password' },
        {
          cookie: here.cookie,
          headers: SAME_ORIGIN,
        },
      );
      expect(r.data).toEqual({ changePassword: true });
      expect(await signedIn(here.cookie)).toBe(user.id);
      expect(codeOf(await me(there.cookie))).toBe('UNAUTHENTICATED');
      expect(await sessionRow(there.token)).toBeUndefined();
      expect(codeOf(await s.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
      expect(await signedIn(bystander.cookie)).toBe(colleague.id);
      // the kept session was re-stamped with the new session version
      expect((await sessionRow(here.token)).session_version).toBe(1);
      const listed = (await post(SESSIONS, {}, { cookie: here.cookie, headers: SAME_ORIGIN })).data.sessions;
      expect(listed.map((x: { current: boolean }) => x.current)).toEqual([true]);
      // the old password no longer signs in, the new one does
      expect(codeOf(await post(START, { e: user.email, p: user.password, t: tenant.slug }))).toBe(
        'UNAUTHENTICATED',
      );
      expect((await signIn({ ...user, password: 'the-new-viewer-password' })).viewer.id).toBe(user.id);
    });

    it('changePassword with a Bearer token ends every session of the account', async () => {
      const user = await createUser(s, tenant, 'VIEWER');
      const browser = await signIn(user);
      expect((await s.gql(CHANGE, { c: user.password, n: 'another-new-password' }, user.token)).data).toEqual(
        {
          changePassword: true,
        },
      );
      expect(codeOf(await me(browser.cookie))).toBe('UNAUTHENTICATED');
    });

    it("an operator's password change: the same rule", async () => {
      // A second operator, so the fixtures' operator keeps its password.
      const email = 'second.operator@steward.test';
      const passwordHash = await hashPassword('second-operator-password');
      await s.services.db.transaction((em) =>
        em.query(
          'INSERT INTO operators (id, email, password_hash, must_change_password, session_version, created_at) VALUES (?, ?, ?, 0, 0, ?)',
          [newId(), email, passwordHash, s.services.db.param(new Date())],
        ),
      );
      const here = await signIn({ email, password: 'second-operator-password' });
      const there = await signIn({ email, password: 'second-operator-password' });
      const r = await post(
        CHANGE,
        { c: 'second-operator-password', n: 'second-operator-new-pw' },
        {
          cookie: here.cookie,
          headers: SAME_ORIGIN,
        },
      );
      expect(r.data).toEqual({ changePassword: true });
      expect((await me(here.cookie)).data.me).toMatchObject({ email, role: 'OPERATOR' });
      expect(codeOf(await me(there.cookie))).toBe('UNAUTHENTICATED');
    });

    it('a removed user, a bumped session version, a suspended tenant and an offboarded one are refused at once', async () => {
      const t = await createTenant(s);
      const removed = await createUser(s, t, 'ADMIN');
      const bumped = await createUser(s, t, 'ADMIN');
      const gone = await signIn(removed);
      const stale = await signIn(bumped);
      await q('DELETE FROM tenant_users WHERE id = ?', [removed.id]);
      expect(codeOf(await me(gone.cookie))).toBe('UNAUTHENTICATED');
      // whatever moves the account's session version on (removal, suspension) ends the session
      await q('UPDATE tenant_users SET session_version = session_version + 1 WHERE id = ?', [bumped.id]);
      expect(codeOf(await me(stale.cookie))).toBe('UNAUTHENTICATED');
      expect(await sessionRow(stale.token)).toBeDefined(); // refused by the comparison, not by deletion

      const suspendedTenant = await createTenant(s);
      const suspended = await signIn(await createUser(s, suspendedTenant, 'OWNER'));
      await q(`UPDATE tenants SET status = 'SUSPENDED' WHERE id = ?`, [suspendedTenant.id]);
      expect(codeOf(await me(suspended.cookie))).toBe('UNAUTHENTICATED');

      const leaving = await createTenant(s);
      const staff = await signIn(await createUser(s, leaving, 'OWNER'));
      expect(await signedIn(staff.cookie)).not.toBeNull();
      const off = await s.gql(
        'mutation($id: ID!) { offboardTenant(id: $id) { status } }',
        { id: leaving.id },
        await s.operatorToken(),
      );
      expect(off.data).toEqual({ offboardTenant: { status: 'OFFBOARDED' } });
      expect(codeOf(await me(staff.cookie))).toBe('UNAUTHENTICATED');
      expect(await sessionRow(staff.token)).toBeUndefined();
      expect(
        Number((await q('SELECT COUNT(*) AS n FROM sessions WHERE tenant_id = ?', [leaving.id]))[0].n),
      ).toBe(0);
    });
  });

  describe('cross-site requests', () => {
    let victim: { cookie: string; token: string };
    beforeAll(async () => {
      victim = await signIn(owner);
    });

    const crossSite: Array<[string, Record<string, string>, RegExp]> = [
      ["another site's Origin", { origin: 'https://evil.example' }, /Origin is not this site/],
      ['Origin null (a sandboxed page)', { origin: 'null' }, /Origin is not this site/],
      ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }, /Sec-Fetch-Site is cross-site/],
      [
        'Sec-Fetch-Site same-site (a sibling subdomain)',
        { 'sec-fetch-site': 'same-site' },
        /Sec-Fetch-Site is same-site/,
      ],
      [
        'the right Origin but Sec-Fetch-Site cross-site',
        { origin: PUBLIC_ORIGIN, 'sec-fetch-site': 'cross-site' },
        /Sec-Fetch-Site/,
      ],
    ];
    it.each(crossSite)(
      '%s: the cookie counts for nothing and nothing changes',
      async (_what, headers, reason) => {
        const before = await listCount();
        const r = await post(
          CREATE_LIST,
          { n: `X-${randomBytes(3).toString('hex')}` },
          {
            cookie: victim.cookie,
            headers,
          },
        );
        expect(codeOf(r)).toBe('UNAUTHENTICATED');
        expect(r.errors![0].message).toMatch(reason);
        expect(r.errors![0].message).toMatch(/session cookie does not count/);
        expect(r.data).toBeNull();
        expect(await listCount()).toBe(before);
        expect(codeOf(await me(victim.cookie, headers))).toBe('UNAUTHENTICATED');
        // ... and the session itself is untouched: from the site's own pages it still works
        expect(await signedIn(victim.cookie)).toBe(owner.id);
      },
    );

    it('a text/plain body (what a form on another site can send) is refused and changes nothing', async () => {
      const before = await listCount();
      const body = JSON.stringify({ query: CREATE_LIST, variables: { n: 'TEXT-PLAIN' } });
      for (const headers of <Array<Record<string, string>>>[
        { 'content-type': 'text/plain' },
        // with a custom header Apollo's CSRF check passes, but a text body is never read as an operation
        { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
        { 'content-type': 'application/x-www-form-urlencoded' },
      ]) {
        const r = await post(
          '',
          {},
          { cookie: victim.cookie, headers: { ...SAME_ORIGIN, ...headers }, body },
        );
        expect(r.status).toBe(400);
        expect(r.data).toBeNull();
      }
      expect(await listCount()).toBe(before);
    });

    it('from the site itself the same mutation works', async () => {
      const before = await listCount();
      const r = await post(
        CREATE_LIST,
        { n: 'SAME-ORIGIN' },
        { cookie: victim.cookie, headers: SAME_ORIGIN },
      );
      expect(r.errors).toBeUndefined();
      expect(await listCount()).toBe(before + 1);
      // Sec-Fetch-Site none: the person typed the address or used a bookmark
      expect(await signedIn(victim.cookie)).toBe(owner.id);
      expect((await me(victim.cookie, { 'sec-fetch-site': 'none' })).data?.me?.id).toBe(owner.id);
    });

    it('another site cannot start a session (login CSRF): FORBIDDEN, no cookie, no session', async () => {
      const before = Number((await q('SELECT COUNT(*) AS n FROM sessions'))[0].n);
      const r = await post(
        START,
        { e: owner.email, p: owner.password, t: tenant.slug },
        {
          headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
        },
      );
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.setCookies).toEqual([]);
      expect(Number((await q('SELECT COUNT(*) AS n FROM sessions'))[0].n)).toBe(before);
    });

    it('the HTTP routes take the cookie by the same rule', async () => {
      const get = (headers: Record<string, string>) =>
        fetch(`${s.base}/audit/processing-log.json`, { headers: { cookie: victim.cookie, ...headers } });
      const own = await get({ 'sec-fetch-site': 'same-origin' });
      expect(own.status).toBe(200);
      await own.text();
      const foreign = await get({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
      expect(foreign.status).toBe(401);
      expect(((await foreign.json()) as any).errors[0].message).toMatch(/session cookie does not count/);
      const forged = await fetch(`${s.base}/audit/processing-log.json`, {
        headers: { cookie: `steward_session=${randomBytes(32).toString('base64url')}` },
      });
      expect(forged.status).toBe(401);
    });
  });

  describe('Bearer tokens', () => {
    it('keep working, and win over a cookie sent beside them', async () => {
      const ownerSession = await signIn(owner);
      const both = await post(
        ME,
        {},
        {
          cookie: ownerSession.cookie,
          headers: { ...SAME_ORIGIN, authorization: `Bearer ${colleague.token}` },
        },
      );
      expect(both.data.me.id).toBe(colleague.id);
      // a bad Bearer token is not rescued by a good cookie
      const bad = await post(
        ME,
        {},
        {
          cookie: ownerSession.cookie,
          headers: { ...SAME_ORIGIN, authorization: 'Bearer not-a-token' },
        },
      );
      expect(codeOf(bad)).toBe('UNAUTHENTICATED');
      expect(bad.errors![0].message).toMatch(/token is invalid/);
      // cross-site rules are for cookies: an API client on an allowed origin uses its token
      const api = await post(
        ME,
        {},
        { headers: { origin: 'https://evil.example', authorization: `Bearer ${owner.token}` } },
      );
      expect(api.data.me.id).toBe(owner.id);
    });

    it('endSession with a Bearer token: false, no cookie touched; sessions: none is current', async () => {
      const browser = await signIn(owner);
      const ended = await post(
        'mutation { endSession }',
        {},
        { headers: { authorization: `Bearer ${owner.token}` } },
      );
      expect(ended.data).toEqual({ endSession: false });
      expect(ended.setCookies).toEqual([]);
      expect(await signedIn(browser.cookie)).toBe(owner.id);
      const listed = (await s.gql(SESSIONS, {}, owner.token)).data.sessions as Array<{
        id: string;
        current: boolean;
      }>;
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((x) => !x.current)).toBe(true);
    });
  });

  describe('sessions', () => {
    it("lists the caller's own live sessions, the current one marked, nobody else's", async () => {
      const user = await createUser(s, tenant, 'VIEWER');
      const a = await signIn(user);
      const b = await signIn(user, {
        remember: true,
        headers: {
          'user-agent':
            'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
        },
      });
      const expired = await signIn(user);
      await q('UPDATE sessions SET expires_at = ? WHERE token_hash = ?', [
        s.services.db.param(new Date(Date.now() - 1000)),
        createHash('sha256').update(expired.token).digest('hex'),
      ]);
      await signIn(colleague);
      const r = await post(SESSIONS, {}, { cookie: a.cookie, headers: SAME_ORIGIN });
      expect(r.errors).toBeUndefined();
      const listed = r.data.sessions as Array<Record<string, unknown>>;
      const ids = { a: (await sessionRow(a.token)).id, b: (await sessionRow(b.token)).id };
      expect(listed.map((x) => x.id).sort()).toEqual([ids.a, ids.b].sort());
      const byId = Object.fromEntries(listed.map((x) => [x.id, x]));
      expect(byId[ids.a]).toMatchObject({ current: true, userAgent: 'Firefox on Linux' });
      expect(byId[ids.b]).toMatchObject({ current: false, userAgent: 'Safari on iOS' });
      expect(
        new Date(byId[ids.b].expiresAt as string).getTime() -
          new Date(byId[ids.b].createdAt as string).getTime(),
      ).toBe(30 * 24 * HOUR);
    });

    it('marks a session as seen at most once a minute', async () => {
      const { cookie, token } = await signIn(owner);
      const seen = async () => s.services.db.date((await sessionRow(token)).last_seen_at)!.getTime();
      const first = await seen();
      for (let i = 0; i < 3; i++) await me(cookie);
      expect(await seen()).toBe(first);
      const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
      await q('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?', [
        s.services.db.param(twoMinutesAgo),
        createHash('sha256').update(token).digest('hex'),
      ]);
      const t0 = Date.now();
      await me(cookie);
      const moved = await seen();
      expect(moved).toBeGreaterThanOrEqual(t0 - 5);
      await me(cookie);
      expect(await seen()).toBe(moved);
    });
  });

  describe('throttling and the processing log', () => {
    /** The first throttle tier is a one-minute window aligned to the clock: start early in one. */
    const freshMinute = async () => {
      const into = Date.now() % 60_000;
      if (into > 45_000) await new Promise((r) => setTimeout(r, 60_000 - into + 200));
    };

    it('shares the throttle with login: failures of either hold off both, the right password included', async () => {
      await freshMinute();
      const from = { headers: { ...SAME_ORIGIN, 'x-forwarded-for': '203.0.113.50' } };
      const guess = { e: colleague.email, p: 'wrong-password-guess', t: tenant.slug };
      const codes: Array<string | undefined> = [];
      for (let i = 0; i < 3; i++) codes.push(codeOf(await post(LOGIN, guess, from)));
      for (let i = 0; i < 2; i++) codes.push(codeOf(await post(START, guess, from)));
      expect(codes).toEqual(Array(5).fill('UNAUTHENTICATED'));
      const right = { ...guess, p: colleague.password };
      const held = await post(START, right, from);
      expect(codeOf(held)).toBe('RATE_LIMITED');
      expect(held.setCookies).toEqual([]);
      expect(codeOf(await post(LOGIN, right, from))).toBe('RATE_LIMITED');
      // from elsewhere the owner of the account signs in
      const elsewhere = await post(START, right, {
        headers: { ...SAME_ORIGIN, 'x-forwarded-for': '203.0.113.51' },
      });
      expect(elsewhere.data?.startSession?.id).toBe(colleague.id);
    });

    it('logs sign-ins and failed sign-ins with purpose SECURITY, without an address', async () => {
      const t = await createTenant(s);
      const user = await createUser(s, t, 'VIEWER');
      const from = { headers: { ...SAME_ORIGIN, 'x-forwarded-for': '192.0.2.77' } };
      await signIn(user, { remember: true, headers: { 'x-forwarded-for': '192.0.2.77' } });
      await post(START, { e: user.email, p: 'wrong-password-guess', t: t.slug }, from);
      await post(START, { e: 'no.such.person@example.com', p: 'wrong-password-guess', t: t.slug }, from);
      const rows: Array<Record<string, any>> = await q(
        `SELECT tenant_id, actor_type, actor_id, purpose, action, subjects, description FROM processing_log
         WHERE action LIKE 'account.signIn%' ORDER BY seq`,
      );
      const ofTenant = rows.filter((x) => x.tenant_id === t.id);
      // createUser signed in with login (an API token), then the session, then the wrong password
      expect(ofTenant.map((x) => [x.action, x.purpose, x.actor_type])).toEqual([
        ['account.signIn', 'SECURITY', 'TENANT_USER'],
        ['account.signIn', 'SECURITY', 'TENANT_USER'],
        ['account.signInFailed', 'SECURITY', 'DATA_SUBJECT'],
      ]);
      expect(ofTenant[0].description).toMatch(/API token valid 8 hours/);
      expect(ofTenant[1].description).toMatch(/browser session of 30 days/);
      expect(ofTenant[1].actor_id).toBe(user.id);
      expect(ofTenant[2].description).toMatch(/wrong password/);
      const unknown = rows[rows.length - 1];
      expect(unknown).toMatchObject({ tenant_id: null, action: 'account.signInFailed', subjects: 0 });
      for (const x of rows) {
        expect(x.description).not.toMatch(/@/);
        expect(x.description).not.toContain(user.email.split('@')[0]);
        expect(x.description).not.toMatch(/192\.0\.2|127\.0\.0\.1|::1/);
      }
    });
  });

  describe('retention', () => {
    it('expired sessions show in the retention overview and the hourly housekeeping deletes them', async () => {
      const old = await signIn(colleague);
      const live = await signIn(colleague);
      await q('UPDATE sessions SET expires_at = ? WHERE token_hash = ?', [
        s.services.db.param(new Date(Date.now() - 2 * HOUR)),
        createHash('sha256').update(old.token).digest('hex'),
      ]);
      const overview = async () =>
        (
          (
            await s.gql(
              '{ retentionOverview { kind rule keepDays rows pastRule } }',
              {},
              await s.operatorToken(),
            )
          ).data.retentionOverview as Array<{
            kind: string;
            rule: string;
            keepDays: number;
            pastRule: number;
          }>
        ).find((k) => k.kind === 'sessions')!;
      const before = await overview();
      expect(before.keepDays).toBe(30);
      expect(before.rule).toMatch(/expired/);
      expect(before.pastRule).toBeGreaterThanOrEqual(1);

      const pool = createWorkerPool(s.services, 1);
      pool.start();
      try {
        await until(
          async () => (await sessionRow(old.token)) === undefined,
          'housekeeping to delete the session',
        );
      } finally {
        await pool.stop(2000);
      }
      expect((await overview()).pastRule).toBe(0);
      expect(await sessionRow(live.token)).toBeDefined();
      expect(await signedIn(live.cookie)).toBe(colleague.id);
      const purged = await q(
        `SELECT tenant_id, purpose, subjects, description FROM processing_log WHERE action = 'session.purge'`,
      );
      expect(purged).toContainEqual(expect.objectContaining({ tenant_id: tenant.id, purpose: 'SECURITY' }));
    });
  });
});

describe('sessions behind an https PUBLIC_URL', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { PUBLIC_URL: 'https://portal.example' } });
  });
  afterAll(() => s?.close());

  it('marks the cookie Secure, and takes requests from that origin only', async () => {
    const start = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://portal.example' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { startSession(email: $e, password: $p) { role } }',
        variables: { e: OPERATOR_EMAIL, p: OPERATOR_PASSWORD },
      }),
    });
    const [cookie] = start.headers.getSetCookie();
    expect(cookie).toMatch(
      /^steward_session=[A-Za-z0-9_-]{43}; Max-Age=28800; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
    );
    const sent = cookie.split(';')[0];
    const meFrom = async (origin: string) =>
      (await (
        await fetch(s.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin, cookie: sent },
          body: JSON.stringify({ query: '{ me { role } }' }),
        })
      ).json()) as { data?: { me?: { role: string } } | null };
    expect((await meFrom('https://portal.example')).data?.me?.role).toBe('OPERATOR');
    // the http origin of the same host is another origin
    expect((await meFrom('http://portal.example')).data?.me).toBeUndefined();
    const ended = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://portal.example', cookie: sent },
      body: JSON.stringify({ query: 'mutation { endSession }' }),
    });
    expect(ended.headers.getSetCookie()).toEqual([
      'steward_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure',
    ]);
  });
});
