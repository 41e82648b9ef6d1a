import jwt from 'jsonwebtoken';
import { createTenant, createUser, UserFixture } from './support/fixtures';
import { startTestServer, TestServer } from './support/test-server';

/** GraphQL and every HTTP route share one authentication path and one error-to-status map. */
describe('one authentication path for GraphQL and the HTTP routes', () => {
  let s: TestServer;
  let owner: UserFixture;
  const ROUTES = ['/audit/processing-log.csv', '/breaches/00000000-0000-7000-8000-000000000000/impacts.csv'];

  beforeAll(async () => {
    s = await startTestServer();
    owner = await createUser(s, await createTenant(s), 'OWNER');
  });
  afterAll(() => s.close());

  const get = (path: string, authorization?: string) =>
    fetch(`${s.base}${path}`, { headers: authorization ? { authorization } : {} });
  const forged = jwt.sign({ sub: 'x', role: 'OPERATOR' }, 'not-the-server-secret-0123456789abcdef');

  it.each(ROUTES)(
    '%s: no token, a malformed header or a forged token is 401 with WWW-Authenticate',
    async (path) => {
      const cases: Array<[string | undefined, RegExp]> = [
        [undefined, /sign in/i],
        ['Basic abc', /must be "Bearer <token>"/],
        [`Bearer ${forged}`, /invalid or has expired/],
      ];
      for (const [header, message] of cases) {
        const r = await get(path, header);
        expect(r.status).toBe(401);
        expect(r.headers.get('www-authenticate')).toBe('Bearer');
        const body = (await r.json()) as any;
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(body.errors[0].message).toMatch(message);
      }
    },
  );

  it.each(ROUTES)(
    '%s: a forged session cookie, or a real one sent from another site, is 401 with the reason',
    async (path) => {
      const started = await s.gql(
        'mutation($e: String!, $p: String!, $t: String) { startSession(email: $e, password: $p, tenant: $t) { id } }',
        { e: owner.email, p: owner.password, t: owner.tenant.slug },
      );
      const cookie = (started.headers.get('set-cookie') ?? '').split(';')[0];
      expect(cookie).toMatch(/^steward_session=.{43}$/);
      const cases: Array<[Record<string, string>, RegExp]> = [
        [{ cookie: 'steward_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }, /session is invalid/],
        [{ cookie, origin: 'https://elsewhere.example' }, /Origin is not this site/],
        [{ cookie, 'sec-fetch-site': 'cross-site' }, /Sec-Fetch-Site is cross-site/],
      ];
      for (const [headers, message] of cases) {
        const r = await fetch(`${s.base}${path}`, { headers });
        expect(r.status).toBe(401);
        expect(r.headers.get('www-authenticate')).toBe('Bearer');
        const body = (await r.json()) as any;
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(body.errors[0].message).toMatch(message);
      }
      // the same cookie from the site's own pages is the owner: signed in (and FORBIDDEN on the operator download)
      const own = await fetch(`${s.base}${path}`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } });
      expect(own.status).toBe(path.startsWith('/breaches/') ? 403 : 200);
      await own.arrayBuffer();
    },
  );

  it('answers GraphQL with the same reasons', async () => {
    const bad = await s.gql('{ me { email } }', {}, undefined, { authorization: 'Basic abc' });
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(bad.errors?.[0].message).toMatch(/must be "Bearer <token>"/);
    const forgedAnswer = await s.gql('{ me { email } }', {}, forged);
    expect(forgedAnswer.errors?.[0].message).toMatch(/invalid or has expired/);
  });

  it('maps FORBIDDEN to 403 on a route, for a tenant user on an operator download', async () => {
    const r = await get(ROUTES[1], `Bearer ${owner.token}`);
    expect(r.status).toBe(403);
    expect(((await r.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
