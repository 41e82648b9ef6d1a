import { createTenant, createUser } from './support/fixtures';
import { codeOf, OPERATOR_EMAIL, startTestServer, TestServer } from './support/test-server';

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
    // The same token works fully now; the old password no longer signs in.
    expect((await s.gql('{ tenants { id } }', {}, token)).data.tenants).toEqual([]);
    expect(codeOf(await s.gql(LOGIN, { e: OPERATOR_EMAIL, p: s.oneTimePassword }))).toBe('UNAUTHENTICATED');
    const again = await s.gql(LOGIN, { e: OPERATOR_EMAIL, p: 'a-brand-new-password' });
    expect(again.data.login.mustChangePassword).toBe(false);
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

  it('lets a tenant user change its own password', async () => {
    const tenant = await createTenant(t);
    const user = await createUser(t, tenant, 'VIEWER');
    expect(
      (await t.gql(CHANGE, { c: user.password, n: 'viewer-new-password' }, user.token)).data.changePassword,
    ).toBe(true);
    expect(codeOf(await t.gql(LOGIN, { e: user.email, p: user.password, t: tenant.slug }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await t.gql(LOGIN, { e: user.email, p: 'viewer-new-password', t: tenant.slug })).data.login.token,
    ).toEqual(expect.any(String));
  });
});
