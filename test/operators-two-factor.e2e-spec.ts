import {
  codeOf,
  GqlResult,
  OPERATOR_EMAIL,
  OPERATOR_PASSWORD,
  startTestServer,
  TestServer,
  totpCodeOf,
} from './support/test-server';

const ME = '{ me { email role twoFactorEnabled } }';
const TENANTS = '{ tenants { id } }';
const CREATE_TENANT = 'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id slug } }';
const LOG = '{ processingLog(first: 5) { nodes { action } } }';
const OPERATORS = '{ operators { email twoFactorEnabled } }';
const SESSIONS = '{ sessions { id current } }';
const BEGIN = 'mutation { beginTwoFactorSetup { secret otpauthUri } }';
const CONFIRM = 'mutation($c: String!) { confirmTwoFactor(code: $c) }';
const DISABLE = 'mutation($c: String!) { disableTwoFactor(code: $c) }';

const step = () => Math.floor(Date.now() / 30_000);

describe('operators must use two-factor authentication: the console stays closed until it is set up', () => {
  let s: TestServer;
  let seq = 0;
  const tenantInput = () => ({
    slug: `gate-${process.pid}-${++seq}`,
    name: `Gate ${seq}`,
    service: 'LISTPLEX',
    dpoEmail: `dpo-gate-${seq}@example.com`,
  });
  const tenantCount = async () =>
    Number((await s.services.db.query('SELECT COUNT(*) AS n FROM tenants'))[0].n);

  /** FORBIDDEN with the reason and the flag the portal reads. */
  const expectGated = (r: GqlResult) => {
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors![0].message).toMatch(/Operators must use two-factor authentication/);
    expect(r.errors![0].extensions?.twoFactorSetupRequired).toBe(true);
    expect(r.data).toBeNull();
  };

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it('an operator without 2FA: me, its sessions and the 2FA setup work, every console field is FORBIDDEN and changes nothing; after the setup the same token opens the console', async () => {
    const token = await s.login(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    expect((await s.gql(ME, {}, token)).data.me).toEqual({
      email: OPERATOR_EMAIL,
      role: 'OPERATOR',
      twoFactorEnabled: false,
    });
    expect((await s.gql(SESSIONS, {}, token)).errors).toBeUndefined();

    const before = await tenantCount();
    expectGated(await s.gql(TENANTS, {}, token));
    expectGated(await s.gql(CREATE_TENANT, { i: tenantInput() }, token));
    expectGated(await s.gql(LOG, {}, token));
    expectGated(await s.gql(OPERATORS, {}, token));
    expectGated(
      await s.gql(
        'mutation($e: String!) { inviteOperator(email: $e) { id } }',
        { e: 'x@platform.example' },
        token,
      ),
    );
    expect(await tenantCount()).toBe(before);
    // a pending setup (begun, not confirmed) does not open anything
    const begun = await s.gql(BEGIN, {}, token);
    expect(begun.errors).toBeUndefined();
    const { secret } = begun.data.beginTwoFactorSetup;
    expectGated(await s.gql(TENANTS, {}, token));
    // a wrong code neither
    const wrong = await totpCodeOf(secret, step() + 5);
    expect(codeOf(await s.gql(CONFIRM, { c: wrong }, token))).toBe('BAD_USER_INPUT');
    expectGated(await s.gql(TENANTS, {}, token));

    const confirmed = await s.gql(CONFIRM, { c: await totpCodeOf(secret, step()) }, token);
    expect(confirmed.data.confirmTwoFactor).toHaveLength(10);
    expect((await s.gql(ME, {}, token)).data.me.twoFactorEnabled).toBe(true);
    expect((await s.gql(TENANTS, {}, token)).errors).toBeUndefined();
    const created = await s.gql(CREATE_TENANT, { i: tenantInput() }, token);
    expect(created.errors).toBeUndefined();
    expect(await tenantCount()).toBe(before + 1);
    expect((await s.gql(LOG, {}, token)).errors).toBeUndefined();

    // 2FA turned off again (with a recovery code): refused again, at once, with the same token
    expect(
      (await s.gql(DISABLE, { c: confirmed.data.confirmTwoFactor[0] }, token)).data.disableTwoFactor,
    ).toBe(true);
    expect((await s.gql(ME, {}, token)).data.me.twoFactorEnabled).toBe(false);
    expectGated(await s.gql(TENANTS, {}, token));
    expectGated(await s.gql(CREATE_TENANT, { i: tenantInput() }, token));
    expectGated(await s.gql(LOG, {}, token));
    expect(await tenantCount()).toBe(before + 1);
    // and the setup again opens it again
    const again = (await s.gql(BEGIN, {}, token)).data.beginTwoFactorSetup.secret;
    expect((await s.gql(CONFIRM, { c: await totpCodeOf(again, step()) }, token)).errors).toBeUndefined();
    expect((await s.gql(TENANTS, {}, token)).errors).toBeUndefined();
  });

  it('changePassword stays open to an operator without 2FA, and the console stays closed after it', async () => {
    const email = `pw-${process.pid}@platform.example`;
    const op = await s.operatorToken();
    const invited = await s.gql(
      'mutation($e: String!) { inviteOperator(email: $e) { id } }',
      { e: email },
      op,
    );
    expect(invited.errors).toBeUndefined();
    // accept the invitation through its link's token, as the mail would give it
    const tokenRow = await s.services.invitations.issueForOperator(invited.data.inviteOperator.id);
    const link = /\/invitation\?token=([A-Za-z0-9_-]+)/.exec(tokenRow.text)![1];
    expect(
      (
        await s.gql('mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) }', {
          t: link,
          p: 'first-operator-password-1',
        })
      ).data.acceptInvitation,
    ).toBe(true);
    const token = await s.login(email, 'first-operator-password-1');
    expectGated(await s.gql(TENANTS, {}, token));
    const changed = await s.gql(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: 'first-operator-password-1', n: 'second-operator-password-2' },
      token,
    );
    expect(changed.data.changePassword).toBe(true);
    const next = await s.login(email, 'second-operator-password-2');
    expectGated(await s.gql(TENANTS, {}, next));
  });
});
