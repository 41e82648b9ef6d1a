import jwt from 'jsonwebtoken';
import { createTenant, createUser } from './support/fixtures';
import {
  codeOf,
  OPERATOR_EMAIL,
  startTestServer,
  TEST_JWT_SECRET,
  TestServer,
  totpCodeOf,
} from './support/test-server';

const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
const LOGIN =
  'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token mustChangePassword } }';

describe('one-time operator password and changePassword', () => {
  let s: TestServer;

  beforeAll(async () => {
    // No OPERATOR_PASSWORD: the first operator gets a generated one-time password.
    s = await startTestServer({ env: { OPERATOR_PASSWORD: '' } });
  });
  afterAll(() => s.close());

  it('allows only me and changePassword until the one-time password is replaced', async () => {
    expect(s.oneTimePassword).toEqual(expect.any(String));
    const first = await s.gql(LOGIN, { e: OPERATOR_EMAIL, p: s.oneTimePassword });
    expect(first.data.login.mustChangePassword).toBe(true);
    const token = first.data.login.token;

    expect((await s.gql('{ me { email } }', {}, token)).data.me.email).toBe(OPERATOR_EMAIL);
    const blocked = await s.gql('{ tenants { id } }', {}, token);
    expect(codeOf(blocked)).toBe('FORBIDDEN');
    expect(blocked.errors?.[0].message).toMatch(/one-time password/);

    // Wrong current password, too short, and unchanged passwords are refused and change nothing.
    expect(codeOf(await s.gql(CHANGE, { c: 'not-the-password', n: 'a-brand-new-password' }, token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await s.gql(CHANGE, { c: s.oneTimePassword, n: 'short' }, token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await s.gql(CHANGE, { c: s.oneTimePassword, n: ' '.repeat(14) }, token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await s.gql(CHANGE, { c: s.oneTimePassword, n: s.oneTimePassword }, token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await s.gql('{ tenants { id } }', {}, token))).toBe('FORBIDDEN');

    expect(
      (await s.gql(CHANGE, { c: s.oneTimePassword, n: 'a-brand-new-password' }, token)).data.changePassword,
    ).toBe(true);
    // The change ends every session issued before it, this one included; the old password no
    // longer signs in, and a token from the new one works fully.
    const revoked = await s.gql('{ me { email } }', {}, token);
    expect(codeOf(revoked)).toBe('UNAUTHENTICATED');
    expect(revoked.errors?.[0].message).toMatch(/sign in again/);
    expect(codeOf(await s.gql(LOGIN, { e: OPERATOR_EMAIL, p: s.oneTimePassword }))).toBe('UNAUTHENTICATED');
    const again = await s.gql(LOGIN, { e: OPERATOR_EMAIL, p: 'a-brand-new-password' });
    expect(again.data.login.mustChangePassword).toBe(false);
    // Next, operators must use 2FA: the console opens once it is set up.
    const next = again.data.login.token;
    const gated = await s.gql('{ tenants { id } }', {}, next);
    expect(codeOf(gated)).toBe('FORBIDDEN');
    expect(gated.errors?.[0].extensions?.twoFactorSetupRequired).toBe(true);
    const { secret } = (await s.gql('mutation { beginTwoFactorSetup { secret } }', {}, next)).data
      .beginTwoFactorSetup;
    const code = await totpCodeOf(secret, Math.floor(Date.now() / 30_000));
    const on = await s.gql('mutation($c: String!) { confirmTwoFactor(code: $c) }', { c: code }, next);
    expect(on.data.confirmTwoFactor).toHaveLength(10);
    expect((await s.gql('{ tenants { id } }', {}, next)).data.tenants).toEqual([]);
  });

  it('refuses anonymous callers', async () => {
    expect(codeOf(await s.gql(CHANGE, { c: 'whatever-password', n: 'another-password' }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('changePassword for tenant users', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('lets a tenant user change its own password, and ends the sessions issued before', async () => {
    const tenant = await createTenant(t);
    const user = await createUser(t, tenant, 'VIEWER');
    // a second session of the same account, say a stolen token on another machine
    const other = (await t.gql(LOGIN, { e: user.email, p: user.password, t: tenant.slug })).data.login.token;
    expect((await t.gql('{ me { email } }', {}, other)).data.me.email).toBe(user.email);
    // another user's session in the same tenant is not touched
    const colleague = await createUser(t, tenant, 'ADMIN');
    expect(
      (await t.gql(CHANGE, { c: user.password, n: 'viewer-new-password' }, user.token)).data.changePassword,
    ).toBe(true);
    expect(codeOf(await t.gql(LOGIN, { e: user.email, p: user.password, t: tenant.slug }))).toBe(
      'UNAUTHENTICATED',
    );
    for (const stale of [user.token, other]) {
      expect(codeOf(await t.gql('{ me { email } }', {}, stale))).toBe('UNAUTHENTICATED');
      const download = await fetch(`${t.base}/audit/processing-log.csv`, {
        headers: { authorization: `Bearer ${stale}` },
      });
      expect(download.status).toBe(401);
    }
    expect((await t.gql('{ me { email } }', {}, colleague.token)).data.me.email).toBe(colleague.email);
    const fresh = (await t.gql(LOGIN, { e: user.email, p: 'viewer-new-password', t: tenant.slug })).data.login
      .token;
    expect((await t.gql('{ me { email } }', {}, fresh)).data.me.email).toBe(user.email);
  });

  it('refuses a failed change without revoking anything', async () => {
    const tenant = await createTenant(t);
    const user = await createUser(t, tenant, 'VIEWER');
    expect(codeOf(await t.gql(CHANGE, { c: 'not-the-password', n: 'viewer-new-password' }, user.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect((await t.gql('{ me { email } }', {}, user.token)).data.me.email).toBe(user.email);
  });

  it('refuses a token signed with the right key but without a session version', async () => {
    const tenant = await createTenant(t);
    const user = await createUser(t, tenant, 'VIEWER');
    const claims = JSON.parse(Buffer.from(user.token.split('.')[1], 'base64url').toString());
    expect(claims.sv).toBe(0);
    const { sv: _sv, iat: _iat, exp: _exp, ...rest } = claims;
    const unversioned = jwt.sign(rest, TEST_JWT_SECRET, { algorithm: 'HS256', expiresIn: 600 });
    expect(codeOf(await t.gql('{ me { email } }', {}, unversioned))).toBe('UNAUTHENTICATED');
  });
});

describe('offboarding a tenant', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('ends the sessions of its users for good', async () => {
    const tenant = await createTenant(t);
    const user = await createUser(t, tenant, 'OWNER');
    expect((await t.gql('{ me { email } }', {}, user.token)).data.me.email).toBe(user.email);
    const op = await t.operatorToken();
    const off = await t.gql(
      'mutation($id: ID!) { offboardTenant(id: $id) { status } }',
      { id: tenant.id },
      op,
    );
    expect(off.data.offboardTenant.status).toBe('OFFBOARDED');
    expect(codeOf(await t.gql('{ me { email } }', {}, user.token))).toBe('UNAUTHENTICATED');
    // even if the tenant's row were made active again, the old token stays refused
    await t.services.db.query("UPDATE tenants SET status = 'ACTIVE' WHERE id = ?", [tenant.id]);
    expect(codeOf(await t.gql('{ me { email } }', {}, user.token))).toBe('UNAUTHENTICATED');
  });
});
