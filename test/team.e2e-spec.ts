import { INVITATION_THROTTLE } from '../schema/users/invitation.service';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { codeOf, GqlResult, startTestServer, TestServer } from './support/test-server';

jest.setTimeout(180_000);

const USERS =
  'query($t: ID) { tenantUsers(tenantId: $t) { id email role status lastSignInAt tenant { id } } }';
const INVITE =
  'mutation($i: InviteTenantUserInput!) { inviteTenantUser(input: $i) { id email role status lastSignInAt tenant { id } } }';
const ACCEPT = 'mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) }';
const UPDATE =
  'mutation($id: ID!, $r: TenantRole!) { updateTenantUser(id: $id, role: $r) { id role status } }';
const REMOVE = 'mutation($id: ID!) { removeTenantUser(id: $id) }';
const LOGIN =
  'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token } }';
const START =
  'mutation($e: String!, $p: String!, $t: String) { startSession(email: $e, password: $p, tenant: $t) { id } }';
const ME = '{ me { id email } }';

const PUBLIC_ORIGIN = 'http://localhost:4000'; // the test server's PUBLIC_URL
const SAME_ORIGIN = { origin: PUBLIC_ORIGIN, 'sec-fetch-site': 'same-origin' };
const INVALID = 'This invitation link is invalid, was already used, or has expired';
const PASSWORD = 'a-brand-new-password-42';

describe('teams: tenant users, invitations, roles, removal', () => {
  let s: TestServer;
  let op: string;
  let tenant: TenantFixture;
  let other: TenantFixture;
  let owner: UserFixture;
  let admin: UserFixture;
  let viewer: UserFixture;
  let stranger: UserFixture;
  let ip = 10;
  /** a client network of its own for each caller of the throttled mutation */
  const nextIp = () => `198.51.100.${ip++}`;

  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    op = await s.operatorToken();
    tenant = await createTenant(s);
    other = await createTenant(s);
    owner = await createUser(s, tenant, 'OWNER');
    admin = await createUser(s, tenant, 'ADMIN');
    viewer = await createUser(s, tenant, 'VIEWER');
    stranger = await createUser(s, other, 'OWNER');
  });
  afterAll(() => s?.close());

  const q = <T = any>(sql: string, params: unknown[] = []) =>
    s.services.db.crossTenant('test: inspects the rows').query<T>(sql, params);
  const userRow = async (id: string) => (await q('SELECT * FROM tenant_users WHERE id = ?', [id]))[0];
  const userCount = async (tenantId: string) =>
    Number((await q('SELECT COUNT(*) AS n FROM tenant_users WHERE tenant_id = ?', [tenantId]))[0].n);
  const logCount = async (action: string) =>
    Number((await q('SELECT COUNT(*) AS n FROM processing_log WHERE action = ?', [action]))[0].n);
  const owners = async (tenantId: string) =>
    (
      await q<Array<{ id: string }>>('SELECT id FROM tenant_users WHERE tenant_id = ? AND role = ?', [
        tenantId,
        'OWNER',
      ])
    ).map((r) => r.id);
  /** The link of the last invitation mailed to `to` (from the outbox). */
  const invitationLink = async (to: string): Promise<string> => {
    const rows: Array<{ text: string; subject: string }> = await q(
      "SELECT text, subject FROM outbound_mail WHERE kind = 'invitation' AND to_address = ? ORDER BY created_at DESC, id DESC",
      [to],
    );
    expect(rows.length).toBeGreaterThan(0);
    const m = /http:\/\/localhost:4000\/invitation\?token=([A-Za-z0-9_-]+)/.exec(rows[0].text);
    expect(m).not.toBeNull();
    return m![1];
  };
  const accept = (token: string, password: string, from = nextIp()) =>
    s.gql(ACCEPT, { t: token, p: password }, undefined, { 'x-forwarded-for': from });
  const invite = (email: string, role: string, token: string, tenantId = tenant.id) =>
    s.gql(INVITE, { i: { tenantId, email, role } }, token);
  let n = 0;
  const address = () => `invitee-${n++}-${Date.now()}@example.com`;

  describe('tenantUsers', () => {
    it("answers a tenant user its own tenant's users, ignoring a tenantId naming another", async () => {
      for (const who of [owner, admin, viewer]) {
        const r = await s.gql(USERS, { t: other.id }, who.token);
        expect(r.errors).toBeUndefined();
        const ids = r.data.tenantUsers.map((u: { id: string }) => u.id);
        expect(ids).toEqual(expect.arrayContaining([owner.id, admin.id, viewer.id]));
        expect(ids).not.toContain(stranger.id);
        for (const u of r.data.tenantUsers) expect(u.tenant.id).toBe(tenant.id);
      }
      const mine = (await s.gql(USERS, {}, owner.token)).data.tenantUsers.find(
        (u: { id: string }) => u.id === owner.id,
      );
      expect(mine).toMatchObject({ email: owner.email, role: 'OWNER', status: 'ACTIVE' });
      // createUser signed in once: lastSignInAt is set.
      expect(Date.now() - Date.parse(mine.lastSignInAt)).toBeLessThan(120_000);
    });

    it('needs a tenantId from an operator; an unknown one is NOT_FOUND', async () => {
      expect(codeOf(await s.gql(USERS, {}, op))).toBe('BAD_USER_INPUT');
      expect(codeOf(await s.gql(USERS, { t: '00000000-0000-4000-8000-000000000000' }, op))).toBe('NOT_FOUND');
      expect(codeOf(await s.gql(USERS, { t: 'x'.repeat(500) }, op))).toBe('NOT_FOUND');
      const r = await s.gql(USERS, { t: other.id }, op);
      expect(r.data.tenantUsers.map((u: { id: string }) => u.id)).toEqual([stranger.id]);
    });

    it('moves lastSignInAt at each sign-in', async () => {
      const before = s.services.db.date((await userRow(admin.id)).last_sign_in_at)?.getTime() ?? 0;
      await new Promise((r) => setTimeout(r, 20));
      await s.login(admin.email, admin.password, tenant.slug);
      const after = s.services.db.date((await userRow(admin.id)).last_sign_in_at)!.getTime();
      expect(after).toBeGreaterThan(before);
      expect(Date.now() - after).toBeLessThan(60_000);
    });

    it('is refused without a credential', async () => {
      expect(codeOf(await s.gql(USERS, {}))).toBe('UNAUTHENTICATED');
    });
  });

  describe('inviteTenantUser and acceptInvitation', () => {
    it('creates an INVITED user without a password, mails a 7-day link, and logs no address', async () => {
      const email = address();
      const logs = await logCount('tenantUser.invite');
      const r = await invite(email, 'ADMIN', owner.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.inviteTenantUser).toMatchObject({
        email,
        role: 'ADMIN',
        status: 'INVITED',
        lastSignInAt: null,
        tenant: { id: tenant.id },
      });
      const row = await userRow(r.data.inviteTenantUser.id);
      expect(row.password_hash).toBe('');
      expect(row.status).toBe('INVITED');
      const token = await invitationLink(email);
      // Stored hashed only, expiring in 7 days.
      const inv = (await q('SELECT * FROM invitations WHERE user_id = ?', [row.id]))[0];
      expect(inv.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(inv)).not.toContain(token);
      const ttl = s.services.db.date(inv.expires_at)!.getTime() - Date.now();
      expect(ttl).toBeGreaterThan(7 * 86_400_000 - 120_000);
      expect(ttl).toBeLessThanOrEqual(7 * 86_400_000);
      expect(await logCount('tenantUser.invite')).toBe(logs + 1);
      const entries: Array<{ description: string }> = await q(
        "SELECT description FROM processing_log WHERE action LIKE 'tenantUser.%'",
      );
      for (const e of entries) expect(e.description).not.toContain('@');
    });

    it('an INVITED user cannot sign in, with any password, not even the empty one', async () => {
      const email = address();
      await invite(email, 'VIEWER', op);
      for (const p of ['', 'whatever-password-123']) {
        expect(codeOf(await s.gql(LOGIN, { e: email, p, t: tenant.slug }))).toBe('UNAUTHENTICATED');
        expect(codeOf(await s.gql(START, { e: email, p, t: tenant.slug }, undefined, SAME_ORIGIN))).toBe(
          'UNAUTHENTICATED',
        );
      }
    });

    it('accepting sets the password, makes the user ACTIVE, uses the link up; the user then signs in', async () => {
      const email = address();
      const invited = (await invite(email, 'VIEWER', owner.token)).data.inviteTenantUser;
      const token = await invitationLink(email);
      const r = await accept(token, PASSWORD);
      expect(r.errors).toBeUndefined();
      expect(r.data.acceptInvitation).toBe(true);
      const row = await userRow(invited.id);
      expect(row.status).toBe('ACTIVE');
      expect(row.password_hash).toMatch(/^scrypt\$/);
      expect(await q('SELECT * FROM invitations WHERE user_id = ?', [invited.id])).toEqual([]);
      const t = await s.login(email, PASSWORD, tenant.slug);
      expect((await s.gql(ME, {}, t)).data.me).toEqual({ id: invited.id, email });
      expect(await logCount('tenantUser.acceptInvitation')).toBeGreaterThan(0);

      // Replayed: the same answer as a forged link, nothing changed.
      const again = await accept(token, 'yet-another-password-9');
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(again.errors![0].message).toBe(INVALID);
      expect((await userRow(invited.id)).password_hash).toBe(row.password_hash);
    });

    it('a weak password is refused and the link stays usable', async () => {
      const email = address();
      const invited = (await invite(email, 'ADMIN', owner.token)).data.inviteTenantUser;
      const token = await invitationLink(email);
      for (const p of ['short', ' '.repeat(20), 'x'.repeat(201)]) {
        const r = await accept(token, p);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0].extensions!.field).toBe('password');
      }
      expect((await userRow(invited.id)).status).toBe('INVITED');
      expect((await accept(token, PASSWORD)).data?.acceptInvitation).toBe(true);
    });

    it('an expired link, a forged one and a garbled one get the one answer, and change nothing', async () => {
      const email = address();
      const invited = (await invite(email, 'ADMIN', owner.token)).data.inviteTenantUser;
      const token = await invitationLink(email);
      await q('UPDATE invitations SET expires_at = ? WHERE user_id = ?', [
        s.services.db.param(new Date(Date.now() - 1000)),
        invited.id,
      ]);
      for (const t of [token, 'A'.repeat(43), 'not a token', 'x'.repeat(5000), '']) {
        const r = await accept(t, PASSWORD);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0].message).toBe(INVALID);
      }
      const row = await userRow(invited.id);
      expect(row.status).toBe('INVITED');
      expect(row.password_hash).toBe('');
    });

    it('re-inviting an INVITED address replaces its link (and its role); the old link no longer works', async () => {
      const email = address();
      const first = (await invite(email, 'VIEWER', owner.token)).data.inviteTenantUser;
      const oldToken = await invitationLink(email);
      const second = await invite(email, 'ADMIN', owner.token);
      expect(second.errors).toBeUndefined();
      expect(second.data.inviteTenantUser).toMatchObject({ id: first.id, role: 'ADMIN', status: 'INVITED' });
      const newToken = await invitationLink(email);
      expect(newToken).not.toBe(oldToken);
      expect(await q('SELECT id FROM invitations WHERE user_id = ?', [first.id])).toHaveLength(1);
      expect(codeOf(await accept(oldToken, PASSWORD))).toBe('BAD_USER_INPUT');
      expect((await accept(newToken, PASSWORD)).data?.acceptInvitation).toBe(true);
      expect((await userRow(first.id)).role).toBe('ADMIN');
    });

    it('an address the tenant has as an ACTIVE user is a CONFLICT (any spelling), nothing changes', async () => {
      const users = await userCount(tenant.id);
      for (const e of [admin.email, admin.email.toUpperCase(), ` ${admin.email} `]) {
        expect(codeOf(await invite(e, 'VIEWER', owner.token))).toBe('CONFLICT');
      }
      expect(await userCount(tenant.id)).toBe(users);
      expect((await userRow(admin.id)).role).toBe('ADMIN');
      // The same address in another tenant is another account.
      expect((await invite(admin.email, 'VIEWER', op, other.id)).errors).toBeUndefined();
    });

    it('ADMIN and VIEWER are FORBIDDEN; another tenant is NOT_FOUND; bad input is BAD_USER_INPUT; nothing changes', async () => {
      const users = await userCount(tenant.id);
      const mails = Number((await q('SELECT COUNT(*) AS n FROM outbound_mail'))[0].n);
      expect(codeOf(await invite(address(), 'VIEWER', admin.token))).toBe('FORBIDDEN');
      expect(codeOf(await invite(address(), 'VIEWER', viewer.token))).toBe('FORBIDDEN');
      expect(codeOf(await invite(address(), 'OWNER', stranger.token))).toBe('NOT_FOUND');
      expect(codeOf(await invite(address(), 'OWNER', owner.token, 'x'.repeat(100)))).toBe('NOT_FOUND');
      for (const e of ['', 'x'.repeat(250) + '@example.com', 'a\r\nBcc: b@example.com', 'no-at-sign']) {
        expect(codeOf(await invite(e, 'VIEWER', owner.token))).toBe('BAD_USER_INPUT');
      }
      expect(codeOf(await invite(address(), 'OWNER', undefined as unknown as string))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await userCount(tenant.id)).toBe(users);
      expect(Number((await q('SELECT COUNT(*) AS n FROM outbound_mail'))[0].n)).toBe(mails);
    });

    it('an operator invites into any tenant', async () => {
      const email = address();
      const r = await invite(email, 'OWNER', op, other.id);
      expect(r.data.inviteTenantUser).toMatchObject({
        role: 'OWNER',
        status: 'INVITED',
        tenant: { id: other.id },
      });
    });
  });

  describe('updateTenantUser and removeTenantUser', () => {
    let team: TenantFixture;
    let boss: UserFixture;
    let helper: UserFixture;

    beforeAll(async () => {
      team = await createTenant(s);
      boss = await createUser(s, team, 'OWNER');
      helper = await createUser(s, team, 'VIEWER');
    });

    it('an OWNER changes a role; the change is logged', async () => {
      const logs = await logCount('tenantUser.updateRole');
      const r = await s.gql(UPDATE, { id: helper.id, r: 'ADMIN' }, boss.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.updateTenantUser).toEqual({ id: helper.id, role: 'ADMIN', status: 'ACTIVE' });
      expect(await logCount('tenantUser.updateRole')).toBe(logs + 1);
      // The role is the current one at once (read on every request).
      const t = await s.login(helper.email, helper.password, team.slug);
      expect(codeOf(await s.gql(UPDATE, { id: boss.id, r: 'VIEWER' }, t))).toBe('FORBIDDEN');
    });

    it('ADMIN and VIEWER are FORBIDDEN, another tenant NOT_FOUND, nothing changes', async () => {
      for (const who of [admin, viewer])
        expect(codeOf(await s.gql(UPDATE, { id: viewer.id, r: 'OWNER' }, who.token))).toBe('FORBIDDEN');
      for (const who of [admin, viewer])
        expect(codeOf(await s.gql(REMOVE, { id: viewer.id }, who.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(UPDATE, { id: helper.id, r: 'OWNER' }, owner.token))).toBe('NOT_FOUND');
      expect(codeOf(await s.gql(REMOVE, { id: helper.id }, owner.token))).toBe('NOT_FOUND');
      expect(codeOf(await s.gql(REMOVE, { id: boss.id }, stranger.token))).toBe('NOT_FOUND');
      for (const id of ['00000000-0000-4000-8000-000000000000', 'x'.repeat(300), ''])
        expect(codeOf(await s.gql(REMOVE, { id }, op))).toBe('NOT_FOUND');
      expect((await userRow(viewer.id)).role).toBe('VIEWER');
      expect((await userRow(helper.id)).role).toBe('ADMIN');
      expect(await userRow(boss.id)).toBeDefined();
    });

    it('the last OWNER can be neither demoted nor removed (CONFLICT), by itself or an operator', async () => {
      for (const t of [boss.token, op]) {
        const d = await s.gql(UPDATE, { id: boss.id, r: 'ADMIN' }, t);
        expect(codeOf(d)).toBe('CONFLICT');
        expect(codeOf(await s.gql(REMOVE, { id: boss.id }, t))).toBe('CONFLICT');
      }
      expect(await owners(team.id)).toEqual([boss.id]);
      // Keeping the role is no change and no conflict.
      expect((await s.gql(UPDATE, { id: boss.id, r: 'OWNER' }, boss.token)).data?.updateTenantUser.role).toBe(
        'OWNER',
      );
    });

    it('two concurrent demotions of the two owners leave one owner', async () => {
      for (let round = 0; round < 3; round++) {
        const t = await createTenant(s);
        const a = await createUser(s, t, 'OWNER');
        const b = await createUser(s, t, 'OWNER');
        const results: GqlResult[] = await Promise.all([
          s.gql(UPDATE, { id: a.id, r: 'ADMIN' }, round % 2 ? op : b.token),
          s.gql(UPDATE, { id: b.id, r: 'VIEWER' }, round % 2 ? op : a.token),
        ]);
        const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
        // One demotion wins; the other meets the last owner (CONFLICT), or, when its caller was the
        // owner demoted first, is no longer an OWNER's (FORBIDDEN): never both through.
        expect(codes[0]).toMatch(/^(CONFLICT|FORBIDDEN)$/);
        expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
        expect(await owners(t.id)).toHaveLength(1);
      }
    });

    it('two concurrent removals of the two owners leave one owner', async () => {
      for (let round = 0; round < 3; round++) {
        const t = await createTenant(s);
        const a = await createUser(s, t, 'OWNER');
        const b = await createUser(s, t, 'OWNER');
        const results = await Promise.all([s.gql(REMOVE, { id: a.id }, op), s.gql(REMOVE, { id: b.id }, op)]);
        expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
        expect(await owners(t.id)).toHaveLength(1);
      }
    });

    it('removing a user ends its sessions and tokens at once, deletes its row, and logs it', async () => {
      const gone = await createUser(s, team, 'ADMIN');
      const start = await fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
        body: JSON.stringify({ query: START, variables: { e: gone.email, p: gone.password, t: team.slug } }),
      });
      const cookie = /^(steward_session=[^;]+);/.exec(start.headers.getSetCookie()[0])![1];
      const meByCookie = () => s.gql(ME, {}, undefined, { ...SAME_ORIGIN, cookie });
      expect((await meByCookie()).data?.me.id).toBe(gone.id);
      expect((await s.gql(ME, {}, gone.token)).data?.me.id).toBe(gone.id);
      const logs = await logCount('tenantUser.remove');

      const r = await s.gql(REMOVE, { id: gone.id }, boss.token);
      expect(r.data?.removeTenantUser).toBe(true);
      expect(codeOf(await meByCookie())).toBe('UNAUTHENTICATED');
      expect(codeOf(await s.gql(ME, {}, gone.token))).toBe('UNAUTHENTICATED');
      expect(await userRow(gone.id)).toBeUndefined();
      expect(await q('SELECT id FROM sessions WHERE user_id = ?', [gone.id])).toEqual([]);
      expect(await logCount('tenantUser.remove')).toBe(logs + 1);
      expect(codeOf(await s.gql(REMOVE, { id: gone.id }, boss.token))).toBe('NOT_FOUND');
      // Signing in again fails: the account is gone.
      expect(codeOf(await s.gql(LOGIN, { e: gone.email, p: gone.password, t: team.slug }))).toBe(
        'UNAUTHENTICATED',
      );
    });

    it('removing an INVITED user makes its link useless', async () => {
      const email = address();
      const invited = (await invite(email, 'VIEWER', boss.token, team.id)).data.inviteTenantUser;
      const token = await invitationLink(email);
      expect((await s.gql(REMOVE, { id: invited.id }, boss.token)).data?.removeTenantUser).toBe(true);
      expect(await q('SELECT id FROM invitations WHERE user_id = ?', [invited.id])).toEqual([]);
      expect(codeOf(await accept(token, PASSWORD))).toBe('BAD_USER_INPUT');
    });

    it('a second owner may be demoted and removed, and an operator manages any tenant', async () => {
      const second = await createUser(s, team, 'OWNER');
      expect((await s.gql(UPDATE, { id: second.id, r: 'VIEWER' }, op)).data?.updateTenantUser.role).toBe(
        'VIEWER',
      );
      expect((await s.gql(REMOVE, { id: second.id }, op)).data?.removeTenantUser).toBe(true);
      expect(await owners(team.id)).toEqual([boss.id]);
    });
  });

  describe('the /invitation page', () => {
    const post = (fields: Record<string, string>, from = nextIp()) =>
      fetch(`${s.base}/invitation`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': from },
        body: new URLSearchParams(fields).toString(),
      });

    it('shows the form without JavaScript; a GET changes nothing', async () => {
      const email = address();
      await invite(email, 'VIEWER', owner.token);
      const token = await invitationLink(email);
      const r = await fetch(`${s.base}/invitation?token=${token}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('cache-control')).toBe('no-store');
      const html = await r.text();
      expect(html).toContain('<label for="newPassword">New password</label>');
      expect(html).toContain('<label for="confirmPassword">Confirm password</label>');
      expect(html).toContain('<button type="submit"');
      expect(html).toContain('Set password');
      expect(html).not.toContain('<script');
      expect(html).toContain(`value="${token}"`);
      expect((await q('SELECT status FROM tenant_users WHERE email = ?', [email]))[0].status).toBe('INVITED');
    });

    it('a mismatch or a weak password shows the form again with the error; a bad link says so; a good one works once', async () => {
      const email = address();
      await invite(email, 'ADMIN', owner.token);
      const token = await invitationLink(email);
      const mismatch = await post({ token, newPassword: PASSWORD, confirmPassword: `${PASSWORD}x` });
      expect(mismatch.status).toBe(400);
      const m = await mismatch.text();
      expect(m).toContain('role="alert"');
      expect(m).toContain('The two passwords do not match');
      expect(m).toContain('Set password');
      const weak = await post({ token, newPassword: 'short', confirmPassword: 'short' });
      expect(weak.status).toBe(400);
      expect(await weak.text()).toContain('12 to 200 characters');
      const html = '<script>alert(1)</script>';
      const forged = await post({ token: `A${html}`, newPassword: PASSWORD, confirmPassword: PASSWORD });
      expect(forged.status).toBe(400);
      const f = await forged.text();
      expect(f).toContain(INVALID);
      expect(f).not.toContain('<script>');
      expect((await q('SELECT status FROM tenant_users WHERE email = ?', [email]))[0].status).toBe('INVITED');

      const ok = await post({ token, newPassword: PASSWORD, confirmPassword: PASSWORD });
      expect(ok.status).toBe(200);
      const done = await ok.text();
      expect(done).toContain('Your account is ready');
      expect(done).toContain('href="/login"');
      expect((await q('SELECT status FROM tenant_users WHERE email = ?', [email]))[0].status).toBe('ACTIVE');
      const replay = await post({ token, newPassword: PASSWORD, confirmPassword: PASSWORD });
      expect(replay.status).toBe(400);
      expect(await replay.text()).toContain(INVALID);
      await s.login(email, PASSWORD, tenant.slug);
    });
  });

  describe('the throttle of acceptInvitation', () => {
    it('refuses a network after its failures, a right link included, and leaves other networks alone', async () => {
      const email = address();
      await invite(email, 'VIEWER', owner.token);
      const token = await invitationLink(email);
      const from = nextIp();
      const codes: string[] = [];
      for (let i = 0; i <= INVITATION_THROTTLE.failures; i++)
        codes.push(codeOf(await accept('B'.repeat(43), PASSWORD, from)) ?? 'OK');
      expect(codes).toEqual([...Array(INVITATION_THROTTLE.failures).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
      expect(codeOf(await accept(token, PASSWORD, from))).toBe('RATE_LIMITED');
      expect(await logCount('tenantUser.acceptInvitation')).toBeGreaterThan(0);
      // Another network is not held back.
      expect((await accept(token, PASSWORD, nextIp())).data?.acceptInvitation).toBe(true);
    });
  });
});
