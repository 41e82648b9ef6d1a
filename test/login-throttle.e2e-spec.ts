import { createTenant, createUser, UserFixture } from './support/fixtures';
import {
  codeOf,
  OPERATOR_EMAIL,
  OPERATOR_PASSWORD,
  startTestServer,
  TestServer,
} from './support/test-server';

const LOGIN =
  'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token } }';

/**
 * Guessing is throttled per (account, client network) and per network, never per account alone: a
 * stranger's failures cannot lock the owner out. The server trusts the loopback proxy, so each request
 * names its client in X-Forwarded-For.
 */
describe('sign-in throttling', () => {
  let s: TestServer;
  let user: UserFixture;

  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: 'loopback', PUBLIC_RATE_LIMIT: '0' } });
    user = await createUser(s, await createTenant(s), 'VIEWER');
  });
  afterAll(() => s.close());

  /** Signs in as `who` (the tenant user by default; `tenant: null` for the operator) from client `from`. */
  const login = (from: string, password: string, who?: { email: string; tenant: string | null }) =>
    s.gql(
      LOGIN,
      { e: who?.email ?? user.email, p: password, t: who ? who.tenant : user.tenant.slug },
      undefined,
      { 'x-forwarded-for': from },
    );
  /** The first tier is a one-minute window aligned to the clock: start early in one, not at its edge. */
  const freshMinute = async () => {
    const into = Date.now() % 60_000;
    if (into > 45_000) await new Promise((r) => setTimeout(r, 60_000 - into + 200));
  };

  it('holds off a guessing network, the right password included, and lets the owner in from elsewhere', async () => {
    await freshMinute();
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(codeOf(await login('203.0.113.7', 'wrong-password-guess'))!);
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    const held = await login('203.0.113.7', user.password);
    expect(codeOf(held)).toBe('RATE_LIMITED');
    expect(held.errors![0].extensions!.retryAfter).toEqual(expect.any(Number));
    expect(held.errors![0].extensions!.retryAfter as number).toBeLessThanOrEqual(60);

    const owner = await login('198.51.100.2', user.password);
    expect(owner.errors).toBeUndefined();
    expect(owner.data.login.token).toEqual(expect.any(String));
  });

  it('counts an IPv6 client by its /64, so rotating addresses inside it does not help', async () => {
    await freshMinute();
    const codes: string[] = [];
    for (let i = 1; i <= 6; i++)
      codes.push(codeOf(await login(`2001:db8:1:2::${i}`, 'wrong-password-guess'))!);
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    expect(codeOf(await login('2001:db8:1:2:abcd::99', user.password))).toBe('RATE_LIMITED');
    expect((await login('2001:db8:1:3::1', user.password)).errors).toBeUndefined();
  });

  it("never locks out the operator: a stranger's failures leave the operator's own network alone", async () => {
    await freshMinute();
    const operator = { email: OPERATOR_EMAIL, tenant: null };
    for (let i = 0; i < 6; i++) await login('192.0.2.66', 'wrong-password-guess', operator);
    expect(codeOf(await login('192.0.2.66', OPERATOR_PASSWORD, operator))).toBe('RATE_LIMITED');
    expect((await login('192.0.2.10', OPERATOR_PASSWORD, operator)).errors).toBeUndefined();
  });

  it('answers unknown accounts exactly like known ones, throttle included', async () => {
    await freshMinute();
    const nobody = { email: 'nobody-here@example.com', tenant: user.tenant.slug };
    const codes: string[] = [];
    for (let i = 0; i < 6; i++)
      codes.push(codeOf(await login('203.0.113.99', 'wrong-password-guess', nobody))!);
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });
});

describe('public rate limit by client network', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: 'loopback', PUBLIC_RATE_LIMIT: '3' } });
  });
  afterAll(() => s.close());

  it('counts every address of one IPv6 /64 as one client', async () => {
    const subscribe = (from: string) =>
      s.gql(
        'mutation { subscribe(input: {tenant: "none", list: "NONE-L", email: "x@example.com"}) { accepted } }',
        {},
        undefined,
        { 'x-forwarded-for': from },
      );
    const codes: Array<string | undefined> = [];
    for (let i = 1; i <= 4; i++) codes.push(codeOf(await subscribe(`2001:db8:5:6::${i}`)));
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
    expect(codeOf(await subscribe('2001:db8:5:7::1'))).toBeUndefined();
  });
});
