import jwt from 'jsonwebtoken';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import {
  codeOf,
  OPERATOR_EMAIL,
  OPERATOR_PASSWORD,
  startTestServer,
  TEST_JWT_SECRET,
  TestServer,
} from './support/test-server';

const ME = '{ me { id email role tenantRole tenant { id slug } } }';

describe('authentication', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let owner: UserFixture;

  beforeAll(async () => {
    s = await startTestServer();
    tenant = await createTenant(s);
    owner = await createUser(s, tenant, 'OWNER');
  });
  afterAll(() => s.close());

  const signed = (claims: object, opts: jwt.SignOptions = {}, secret = TEST_JWT_SECRET) =>
    jwt.sign(claims, secret, {
      algorithm: 'HS256',
      issuer: 'steward',
      audience: 'steward-api',
      expiresIn: 600,
      jwtid: 'j1',
      ...opts,
    });

  it('signs an operator in and answers me', async () => {
    const token = await s.login(OPERATOR_EMAIL, OPERATOR_PASSWORD);
    const r = await s.gql(ME, {}, token);
    expect(r.data.me).toMatchObject({
      email: OPERATOR_EMAIL,
      role: 'OPERATOR',
      tenantRole: null,
      tenant: null,
    });
  });

  it('signs a tenant user in with the tenant slug, matching the email case-insensitively', async () => {
    const token = await s.login(`  ${owner.email.toUpperCase()} `, owner.password, tenant.slug);
    const r = await s.gql(ME, {}, token);
    expect(r.data.me).toMatchObject({
      id: owner.id,
      role: 'TENANT_USER',
      tenantRole: 'OWNER',
      tenant: { id: tenant.id },
    });
    const claims = jwt.decode(token) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: 'steward',
      aud: 'steward-api',
      sub: owner.id,
      role: 'TENANT_USER',
      tenant_id: tenant.id,
      tenant_role: 'OWNER',
      sv: 0, // the session version it was issued under
    });
    expect(typeof claims.jti).toBe('string');
    expect(typeof claims.exp).toBe('number');
  });

  it('fails the same way for an unknown email, a wrong password, a wrong tenant and an operator without tenant', async () => {
    const attempts = [
      { e: 'nobody@example.com', p: 'whatever-password', t: null },
      { e: owner.email, p: 'wrong-password-123', t: tenant.slug },
      { e: owner.email, p: owner.password, t: 'no-such-tenant' },
      { e: owner.email, p: owner.password, t: null },
      { e: OPERATOR_EMAIL, p: OPERATOR_PASSWORD, t: tenant.slug },
    ];
    const results = [];
    for (const a of attempts) {
      const r = await s.gql(
        'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token } }',
        a,
      );
      results.push({ code: codeOf(r), message: r.errors?.[0]?.message, data: r.data });
    }
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0].code).toBe('UNAUTHENTICATED');
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const time = async (e: string) => {
      const t0 = performance.now();
      await s.gql('mutation($e: String!) { login(email: $e, password: "wrong-password-xx") { token } }', {
        e,
      });
      return performance.now() - t0;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(OPERATOR_EMAIL.replace('operator', 'operator')));
      unknown.push(await time(`ghost-${i}@example.com`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
    // Both run one scrypt check (a decoy hash for unknown addresses): same order of magnitude.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
    expect(median(unknown) / median(known)).toBeLessThan(2);
  });

  // Throttling of failed sign-ins (per account and client network, never per account alone): login-throttle.e2e-spec.ts.

  describe('rejects tokens that are not ours', () => {
    const cases: Array<[string, () => string]> = [
      [
        'signed with another secret',
        () => signed({ sub: 'x', role: 'OPERATOR' }, {}, 'another-secret-that-is-long-enough-000000'),
      ],
      [
        'expired',
        () => {
          const now = Math.floor(Date.now() / 1000);
          return jwt.sign({ sub: 'x', role: 'OPERATOR', iat: now - 700, exp: now - 60 }, TEST_JWT_SECRET, {
            algorithm: 'HS256',
            issuer: 'steward',
            audience: 'steward-api',
            jwtid: 'j',
          });
        },
      ],
      ['for another audience', () => signed({ sub: 'x', role: 'OPERATOR' }, { audience: 'someone-else' })],
      ['from another issuer', () => signed({ sub: 'x', role: 'OPERATOR' }, { issuer: 'evil' })],
      [
        'without expiry',
        () =>
          jwt.sign({ sub: 'x', role: 'OPERATOR' }, TEST_JWT_SECRET, {
            algorithm: 'HS256',
            issuer: 'steward',
            audience: 'steward-api',
            jwtid: 'j',
          }),
      ],
      [
        'with alg none',
        () => {
          const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
          const now = Math.floor(Date.now() / 1000);
          return `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: 'x', role: 'OPERATOR', iss: 'steward', aud: 'steward-api', exp: now + 600, jti: 'j' })}.`;
        },
      ],
      ['signed with HS512', () => signed({ sub: 'x', role: 'OPERATOR' }, { algorithm: 'HS512' })],
      ['garbage', () => 'not-a-jwt'],
    ];
    it.each(cases)('%s', async (_name, make) => {
      const r = await s.gql(ME, {}, make());
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.data).toBeNull();
    });

    it('a valid signature for a user who does not exist', async () => {
      const r = await s.gql(
        ME,
        {},
        signed({ sub: '00000000-0000-4000-8000-000000000000', role: 'OPERATOR' }),
      );
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    });

    it('a tenant user token whose tenant claim was swapped for another tenant', async () => {
      const other = await createTenant(s);
      const r = await s.gql(
        ME,
        {},
        signed({ sub: owner.id, role: 'TENANT_USER', tenant_id: other.id, tenant_role: 'OWNER' }),
      );
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    });

    it('an Authorization header that is not a bearer token', async () => {
      const r = await s.gql(ME, {}, undefined, {
        authorization: `Basic ${Buffer.from('a:b').toString('base64')}`,
      });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    });
  });

  it('takes the role from the database, not from the token', async () => {
    const viewer = await createUser(s, tenant, 'VIEWER');
    const forged = signed({
      sub: viewer.id,
      role: 'TENANT_USER',
      tenant_id: tenant.id,
      tenant_role: 'OWNER',
      sv: 0, // the account's current session version: only the role is forged
    });
    const r = await s.gql(
      'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id } }',
      {
        i: {
          tenantId: tenant.id,
          email: 'sneaky@example.com',
          password: 'long-enough-password',
          role: 'OWNER',
        },
      },
      forged,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('refuses the tokens of a tenant that is no longer active', async () => {
    const t = await createTenant(s);
    const u = await createUser(s, t, 'OWNER');
    expect((await s.gql(ME, {}, u.token)).data.me.id).toBe(u.id);
    await s.services.db.query(`UPDATE tenants SET status = 'SUSPENDED' WHERE id = ?`, [t.id]);
    expect(codeOf(await s.gql(ME, {}, u.token))).toBe('UNAUTHENTICATED');
    const r = await s.gql(
      'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token } }',
      {
        e: u.email,
        p: u.password,
        t: t.slug,
      },
    );
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });
});
