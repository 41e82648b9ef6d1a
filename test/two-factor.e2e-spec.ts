import { generate } from '@otplib/totp';
import { newId } from '../schema/common/ids';
import { hashPassword } from '../schema/users/password';
import { base32Decode, nodeCrypto } from '../schema/users/totp';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { codeOf, GqlResult, startTestServer, TestServer } from './support/test-server';
import { sleep } from './support/wait';

const LOGIN =
  'mutation($e: String!, $p: String!, $t: String, $o: String) { login(email: $e, password: $p, tenant: $t, otp: $o) { token } }';
const START =
  'mutation($e: String!, $p: String!, $t: String, $o: String) { startSession(email: $e, password: $p, tenant: $t, otp: $o) { id twoFactorEnabled } }';
const BEGIN = 'mutation { beginTwoFactorSetup { secret otpauthUri } }';
const CONFIRM = 'mutation($c: String!) { confirmTwoFactor(code: $c) }';
const DISABLE = 'mutation($c: String!) { disableTwoFactor(code: $c) }';
const ME = '{ me { id twoFactorEnabled tenant { id requireTwoFactor } } }';
const UPDATE =
  'mutation($id: ID!, $i: UpdateTenantInput!) { updateTenant(id: $id, input: $i) { id name dpoEmail requireTwoFactor } }';
const SAME_ORIGIN = { origin: 'http://localhost:4000', 'sec-fetch-site': 'same-origin' };

/** The code of `secret` for the time step `steps` away from now, computed with otplib. */
const totp = (secret: string, steps = 0) =>
  generate({
    secret: base32Decode(secret),
    crypto: nodeCrypto,
    algorithm: 'sha1',
    digits: 6,
    period: 30,
    epoch: Math.floor(Date.now() / 1000) + steps * 30,
  });

let ipSeq = 10;
const freshIp = () => ({ 'x-forwarded-for': `203.0.113.${ipSeq++}` });

// Many scrypt checks (sign-ins, password changes) on a shared, busy machine: more than the default minute.
jest.setTimeout(240_000);

describe('two-factor authentication', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let other: TenantFixture;

  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: 'loopback' } });
    tenant = await createTenant(s);
    other = await createTenant(s);
  });
  afterAll(() => s?.close());

  const q = <T = any>(sql: string, params: unknown[] = []) => s.services.db.query<T>(sql, params);
  const login = (u: { email: string; password: string; slug: string | null }, otp?: string, ip = freshIp()) =>
    s.gql(LOGIN, { e: u.email, p: u.password, t: u.slug, o: otp ?? null }, undefined, ip);
  const who = (u: UserFixture) => ({ email: u.email, password: u.password, slug: u.tenant.slug });
  /** Sets up and turns on 2FA for the holder of `token`; answers the secret and the recovery codes. */
  const turnOn = async (token: string) => {
    const begun = await s.gql(BEGIN, {}, token);
    expect(begun.errors).toBeUndefined();
    const secret: string = begun.data.beginTwoFactorSetup.secret;
    const used = await totp(secret);
    const confirmed = await s.gql(CONFIRM, { c: used }, token);
    expect(confirmed.errors).toBeUndefined();
    return {
      used,
      secret,
      recovery: confirmed.data.confirmTwoFactor as string[],
      uri: begun.data.beginTwoFactorSetup.otpauthUri,
    };
  };

  it('sets up: a base32 secret and otpauth URI, pending (stored encrypted) until a code confirms it, then 10 recovery codes shown once', async () => {
    const user = await createUser(s, tenant, 'ADMIN');
    expect((await s.gql(ME, {}, user.token)).data.me.twoFactorEnabled).toBe(false);
    const begun = await s.gql(BEGIN, {}, user.token);
    expect(begun.errors).toBeUndefined();
    const { secret, otpauthUri } = begun.data.beginTwoFactorSetup;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Steward:/);
    const uri = new URL(otpauthUri);
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Steward');
    expect(decodeURIComponent(uri.pathname)).toContain(user.email);

    const [row] = await q('SELECT * FROM two_factor_credentials WHERE user_id = ?', [user.id]);
    expect(row.enabled_at).toBeNull();
    expect(row.secret).not.toContain(secret);
    expect(row.secret).toMatch(/^v1\./);
    // pending: sign-in still needs no code
    expect((await login(who(user))).data?.login?.token).toBeTruthy();

    // a wrong code confirms nothing
    const wrong = await s.gql(
      CONFIRM,
      { c: (Number(await totp(secret)) + 1).toString().padStart(6, '0').slice(-6) },
      user.token,
    );
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(CONFIRM, { c: 'abcdef' }, user.token))).toBe('BAD_USER_INPUT');
    expect((await s.gql(ME, {}, user.token)).data.me.twoFactorEnabled).toBe(false);

    const confirmed = await s.gql(CONFIRM, { c: await totp(secret) }, user.token);
    expect(confirmed.errors).toBeUndefined();
    const codes: string[] = confirmed.data.confirmTwoFactor;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await q('SELECT code_hash FROM recovery_codes WHERE user_id = ?', [user.id]);
    expect(stored).toHaveLength(10);
    for (const c of codes) expect(JSON.stringify(stored)).not.toContain(c.replace('-', ''));
    expect((await s.gql(ME, {}, user.token)).data.me.twoFactorEnabled).toBe(true);

    // already on: no second setup, no second confirmation
    expect(codeOf(await s.gql(BEGIN, {}, user.token))).toBe('CONFLICT');
    expect(codeOf(await s.gql(CONFIRM, { c: await totp(secret, 1) }, user.token))).toBe('CONFLICT');

    const log = await q(
      `SELECT purpose, action, description FROM processing_log WHERE actor_id = ? AND action LIKE 'account.twoFactor%'`,
      [user.id],
    );
    expect(log.map((l: any) => l.action)).toEqual(['account.twoFactorSetup', 'account.twoFactorOn']);
    for (const l of log) {
      expect(l.purpose).toBe('SECURITY');
      expect(l.description).not.toContain('@');
    }
  });

  it('signs in with the password and a code: none answers twoFactorRequired, a wrong or replayed code fails', async () => {
    const user = await createUser(s, tenant, 'VIEWER');
    const { secret, used } = await turnOn(user.token);
    const creds = who(user);

    const without = await login(creds);
    expect(codeOf(without)).toBe('UNAUTHENTICATED');
    expect(without.errors![0].extensions?.twoFactorRequired).toBe(true);
    expect(without.data).toBeNull();

    const wrong = await login(creds, '000000' === (await totp(secret)) ? '111111' : '000000');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0].message).toBe('The one-time code is not correct');
    expect(wrong.errors![0].extensions?.twoFactorRequired).toBe(true);

    // a wrong password with a code: the plain wrong-password answer
    const badPassword = await login({ ...creds, password: 'not-the-password' }, await totp(secret, 1));
    expect(codeOf(badPassword)).toBe('UNAUTHENTICATED');
    expect(badPassword.errors![0].message).toBe('Invalid email or password');
    expect(badPassword.errors![0].extensions?.twoFactorRequired).toBeUndefined();

    // the code that confirmed the setup was used: it cannot sign in
    expect(codeOf(await login(creds, used))).toBe('UNAUTHENTICATED');
    // the next step's code signs in once, and only once
    const next = await totp(secret, 1);
    const ok = await login(creds, next);
    expect(ok.errors).toBeUndefined();
    expect((await s.gql(ME, {}, ok.data.login.token)).data.me.id).toBe(user.id);
    const replay = await login(creds, next);
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors![0].message).toBe('The one-time code is not correct');

    const log = await q(
      `SELECT description FROM processing_log WHERE actor_id = ? AND action = 'account.signIn' ORDER BY seq`,
      [user.id],
    );
    expect(log[log.length - 1].description).toMatch(/signed in with a password and a one-time code/);
    const failed = await q(
      `SELECT description FROM processing_log WHERE action = 'account.signInFailed' AND description LIKE '%one-time code%'`,
    );
    expect(failed.length).toBeGreaterThanOrEqual(3);
  });

  it('a recovery code signs in once; startSession takes otp too', async () => {
    const user = await createUser(s, tenant, 'OWNER');
    const { recovery } = await turnOn(user.token);
    const creds = who(user);
    const first = await login(creds, recovery[0].toLowerCase());
    expect(first.errors).toBeUndefined();
    expect(codeOf(await login(creds, recovery[0]))).toBe('UNAUTHENTICATED');
    expect(await q('SELECT id FROM recovery_codes WHERE user_id = ?', [user.id])).toHaveLength(9);

    const post = (otp: string | null) =>
      fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...SAME_ORIGIN, ...freshIp() },
        body: JSON.stringify({
          query: START,
          variables: { e: user.email, p: user.password, t: tenant.slug, o: otp },
        }),
      });
    const none = (await (await post(null)).json()) as GqlResult;
    expect(none.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', twoFactorRequired: true });
    const res = await post(recovery[1]);
    expect(res.headers.getSetCookie()).toHaveLength(1);
    expect(((await res.json()) as GqlResult).data).toEqual({
      startSession: { id: user.id, twoFactorEnabled: true },
    });
  });

  it('counts wrong codes in the login throttle', async () => {
    const user = await createUser(s, tenant, 'VIEWER');
    const { secret } = await turnOn(user.token);
    const ip = freshIp();
    // The first throttle tier is a one-minute window aligned to the clock: start early in one.
    const into = Date.now() % 60_000;
    if (into > 30_000) await sleep(60_000 - into + 100);
    const code = await totp(secret, 1);
    const bad = code === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) expect(codeOf(await login(who(user), bad, ip))).toBe('UNAUTHENTICATED');
    // the first tier is full: even the right code is refused from this network now
    expect(codeOf(await login(who(user), code, ip))).toBe('RATE_LIMITED');
    // and from elsewhere the owner still gets in
    expect((await login(who(user), code)).errors).toBeUndefined();
  });

  it('turns off with a current code or a recovery code; wrong codes are refused and rate limited', async () => {
    const user = await createUser(s, tenant, 'ADMIN');
    const { used, recovery } = await turnOn(user.token);
    expect(codeOf(await s.gql(DISABLE, { c: '12345' }, user.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(DISABLE, { c: 'x'.repeat(100) }, user.token))).toBe('BAD_USER_INPUT');
    // the confirming code was used already
    expect(codeOf(await s.gql(DISABLE, { c: used }, user.token))).toBe('BAD_USER_INPUT');
    expect((await s.gql(ME, {}, user.token)).data.me.twoFactorEnabled).toBe(true);
    const off = await s.gql(DISABLE, { c: recovery[3] }, user.token);
    expect(off.errors).toBeUndefined();
    expect(off.data.disableTwoFactor).toBe(true);
    expect(await q('SELECT * FROM two_factor_credentials WHERE user_id = ?', [user.id])).toEqual([]);
    expect(await q('SELECT * FROM recovery_codes WHERE user_id = ?', [user.id])).toEqual([]);
    expect((await login(who(user))).errors).toBeUndefined();
    expect(codeOf(await s.gql(DISABLE, { c: recovery[4] }, user.token))).toBe('CONFLICT');

    // a current code works too
    const again = await turnOn(user.token);
    expect((await s.gql(DISABLE, { c: await totp(again.secret, 1) }, user.token)).data.disableTwoFactor).toBe(
      true,
    );

    // wrong codes: 5 per account, then RATE_LIMITED (confirm and disable share the allowance)
    const v = await createUser(s, tenant, 'VIEWER');
    const setup = await turnOn(v.token);
    for (let i = 0; i < 5; i++)
      expect(codeOf(await s.gql(DISABLE, { c: 'WRONG-CODE' }, v.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(DISABLE, { c: setup.recovery[0] }, v.token))).toBe('RATE_LIMITED');
    expect((await s.gql(ME, {}, v.token)).data.me.twoFactorEnabled).toBe(true);
  });

  it('shows TenantUser.twoFactorEnabled', async () => {
    const r = await s.gql(
      'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id twoFactorEnabled } }',
      {
        i: {
          tenantId: tenant.id,
          email: `fresh-${newId().slice(0, 8)}@example.com`,
          password: 'fresh-user-password',
          role: 'VIEWER',
        },
      },
      await s.operatorToken(),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.createTenantUser.twoFactorEnabled).toBe(false);
  });

  it('works for operators', async () => {
    const email = `op-${newId().slice(0, 8)}@steward.test`;
    await s.services.db.transaction(async (em) =>
      em.query(
        'INSERT INTO operators (id, email, password_hash, must_change_password, session_version, created_at) VALUES (?, ?, ?, 0, 0, ?)',
        [newId(), email, await hashPassword('operator-two-password'), s.services.db.param(new Date())],
      ),
    );
    const creds = { email, password: 'operator-two-password', slug: null };
    const token = (await login(creds)).data.login.token;
    const { secret } = await turnOn(token);
    expect((await s.gql(ME, {}, token)).data.me.twoFactorEnabled).toBe(true);
    expect((await login(creds)).errors![0].extensions?.twoFactorRequired).toBe(true);
    const ok = await login(creds, await totp(secret, 1));
    expect(ok.errors).toBeUndefined();
  });

  describe('the tenant policy requireTwoFactor (updateTenant)', () => {
    let owner: UserFixture;
    let admin: UserFixture;
    let viewer: UserFixture;
    let otherOwner: UserFixture;

    beforeAll(async () => {
      owner = await createUser(s, tenant, 'OWNER');
      admin = await createUser(s, tenant, 'ADMIN');
      viewer = await createUser(s, tenant, 'VIEWER');
      otherOwner = await createUser(s, other, 'OWNER');
    });

    const tenantRow = async (id: string) =>
      (await q('SELECT name, dpo_email, require_two_factor FROM tenants WHERE id = ?', [id]))[0];

    it('refuses ADMIN and VIEWER (FORBIDDEN), another tenant (NOT_FOUND) and bad input (BAD_USER_INPUT), changing nothing', async () => {
      const before = await tenantRow(tenant.id);
      expect(codeOf(await s.gql(UPDATE, { id: tenant.id, i: { name: 'By admin' } }, admin.token))).toBe(
        'FORBIDDEN',
      );
      expect(
        codeOf(await s.gql(UPDATE, { id: tenant.id, i: { requireTwoFactor: true } }, viewer.token)),
      ).toBe('FORBIDDEN');
      expect(
        codeOf(await s.gql(UPDATE, { id: tenant.id, i: { name: 'Taken over' } }, otherOwner.token)),
      ).toBe('NOT_FOUND');
      expect(
        codeOf(await s.gql(UPDATE, { id: newId(), i: { name: 'Nobody' } }, await s.operatorToken())),
      ).toBe('NOT_FOUND');
      for (const i of [
        {},
        { name: '' },
        { name: '   ' },
        { name: 'x'.repeat(201) },
        { name: 'Line\nbreak' },
        { dpoEmail: 'not-an-address' },
        { dpoEmail: 'dpo@example.com\r\nBcc: x@example.com' },
        { name: 'Fine name', dpoEmail: 'bad address' },
      ]) {
        const r = await s.gql(UPDATE, { id: tenant.id, i }, owner.token);
        expect([JSON.stringify(i), codeOf(r)]).toEqual([JSON.stringify(i), 'BAD_USER_INPUT']);
      }
      expect(await tenantRow(tenant.id)).toEqual(before);
    });

    it('lets the OWNER (and an operator) change name, DPO address and the policy, and logs it without the address', async () => {
      const r = await s.gql(
        UPDATE,
        { id: tenant.id, i: { name: '  New Name GmbH ', dpoEmail: ' DPO@Example.COM ' } },
        owner.token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.updateTenant).toEqual({
        id: tenant.id,
        name: 'New Name GmbH',
        dpoEmail: 'dpo@example.com',
        requireTwoFactor: false,
      });
      const op = await s.gql(
        UPDATE,
        { id: other.id, i: { name: 'Renamed by operator' } },
        await s.operatorToken(),
      );
      expect(op.data.updateTenant.name).toBe('Renamed by operator');
      const log = await q(
        `SELECT purpose, subjects, description FROM processing_log WHERE action = 'tenant.update' AND tenant_id = ?`,
        [tenant.id],
      );
      expect(log).toHaveLength(1);
      expect(log[0].purpose).toBe('ORDER_PROCESSING');
      expect(log[0].description).not.toContain('@');
      expect(log[0].description).not.toContain('New Name');
    });

    it('when on, a user without 2FA signs in but may only see itself, change its password, its sessions and set up 2FA', async () => {
      const on = await s.gql(UPDATE, { id: tenant.id, i: { requireTwoFactor: true } }, owner.token);
      expect(on.data.updateTenant.requireTwoFactor).toBe(true);
      const token = (await login(who(viewer))).data.login.token;
      const me = await s.gql(ME, {}, token);
      expect(me.data.me).toEqual({
        id: viewer.id,
        twoFactorEnabled: false,
        tenant: { id: tenant.id, requireTwoFactor: true },
      });
      const lists = await s.gql('{ lists { id } }', {}, token);
      expect(codeOf(lists)).toBe('FORBIDDEN');
      expect(lists.errors![0].message).toMatch(/requires two-factor authentication/);
      expect(lists.errors![0].extensions?.twoFactorSetupRequired).toBe(true);
      expect((await s.gql('{ sessions { id } }', {}, token)).errors).toBeUndefined();
      // another user of another tenant is not affected
      expect((await s.gql('{ lists { id } }', {}, otherOwner.token)).errors).toBeUndefined();

      await turnOn(token);
      expect((await s.gql('{ lists { id } }', {}, token)).errors).toBeUndefined();

      // password change stays open to a user without 2FA
      const adminToken = (await login(who(admin))).data.login.token;
      const changed = await s.gql(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
        { c: admin.password, n: 'admin-new-password-1' },
        adminToken,
      );
      expect(changed.errors).toBeUndefined();

      // the owner has no 2FA either: it too must set it up before changing settings again
      expect(
        codeOf(await s.gql(UPDATE, { id: tenant.id, i: { requireTwoFactor: false } }, owner.token)),
      ).toBe('FORBIDDEN');
      // policy off again (by an operator): everyone works
      await s.gql(UPDATE, { id: tenant.id, i: { requireTwoFactor: false } }, await s.operatorToken());
      const again = (await login({ ...who(admin), password: 'admin-new-password-1' })).data.login.token;
      expect((await s.gql('{ lists { id } }', {}, again)).errors).toBeUndefined();
    });
  });
});
