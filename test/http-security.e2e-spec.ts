import { QUERY_LIMITS } from '../server/apollo';
import { codeOf, startTestServer, TEST_JWT_SECRET, TestServer } from './support/test-server';

const tenantsCount = async (s: TestServer) =>
  Number((await s.services.db.query('SELECT COUNT(*) AS n FROM tenants'))[0].n);

describe('HTTP and GraphQL security baseline', () => {
  let s: TestServer;
  let op: string;

  beforeAll(async () => {
    s = await startTestServer({ env: { CORS_ORIGINS: 'https://portal.example.com' } });
    op = await s.operatorToken();
  });
  afterAll(() => s.close());

  describe('CSRF prevention', () => {
    it('refuses a simple GET without a preflight header', async () => {
      const res = await fetch(`${s.url}?query=${encodeURIComponent('{ me { id } }')}`, {
        headers: { authorization: `Bearer ${op}` },
      });
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain('"me"');
    });

    it('refuses a text/plain POST (a form a browser would send cross-site) and runs nothing', async () => {
      const before = await tenantsCount(s);
      const res = await fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', authorization: `Bearer ${op}` },
        body: JSON.stringify({
          query:
            'mutation { createTenant(input: {slug: "csrf", name: "x", service: EASE, dpoEmail: "a@example.com"}) { id } }',
        }),
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(await tenantsCount(s)).toBe(before);
    });

    it('never runs a mutation sent as GET', async () => {
      const before = await tenantsCount(s);
      const q =
        'mutation { createTenant(input: {slug: "via-get", name: "x", service: EASE, dpoEmail: "a@example.com"}) { id } }';
      const res = await fetch(`${s.url}?query=${encodeURIComponent(q)}`, {
        headers: { authorization: `Bearer ${op}`, 'apollo-require-preflight': 'true' },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(await tenantsCount(s)).toBe(before);
    });
  });

  describe('query limits (refused before execution)', () => {
    it(`refuses a query deeper than ${QUERY_LIMITS.depth}`, async () => {
      let inner = 'name';
      for (let i = 0; i < QUERY_LIMITS.depth + 2; i++) inner = `ofType { ${inner} }`;
      const r = await s.gql(`{ __type(name: "Query") { fields { type { ${inner} } } } }`, {}, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/depth/i);
      expect(r.data ?? null).toBeNull();
    });

    it(`refuses more than ${QUERY_LIMITS.aliases} aliases`, async () => {
      const fields = Array.from({ length: 50 }, (_, i) => `m${i}: me { id }`).join(' ');
      const r = await s.gql(`{ ${fields} }`, {}, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.data ?? null).toBeNull();
    });

    it('refuses an aliased login flood (aliases cannot multiply password guesses)', async () => {
      const fields = Array.from(
        { length: 40 },
        (_, i) => `l${i}: login(email: "a@example.com", password: "guess-${i}") { token }`,
      ).join(' ');
      const r = await s.gql(`mutation { ${fields} }`);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    });

    it(`refuses a query whose cost is over ${QUERY_LIMITS.cost}, within the depth and alias limits`, async () => {
      const page = (first: number) =>
        `{ a: subscribers(listId: "00000000-0000-4000-8000-000000000000", first: ${first}) { nodes { id email name country format trackingConsent status requestedAt confirmedAt } totalCount }
           b: subscribers(listId: "00000000-0000-4000-8000-000000000000", first: ${first}) { nodes { id email name country format trackingConsent status requestedAt confirmedAt } totalCount } }`;
      // The same shape is fine for small pages (it reaches the resolver: FORBIDDEN for the operator, who has no tenant, not a limit).
      expect(codeOf(await s.gql(page(50), {}, op))).not.toBe('BAD_USER_INPUT');
      const r = await s.gql(page(500), {}, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/cost/i);
      expect(r.data ?? null).toBeNull();
    });
  });

  describe('request bodies', () => {
    it('answers 413 with BAD_USER_INPUT to a body over the limit', async () => {
      const res = await fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }),
      });
      expect(res.status).toBe(413);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|stack/);
    });

    it('answers 400 with BAD_USER_INPUT to malformed JSON', async () => {
      const res = await fetch(s.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ me { id } }"',
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|node_modules|stack/);
    });

    it('never echoes an input value (such as a password) in a variable error', async () => {
      const secret = 'correct-horse-battery-staple-42';
      const r = await s.gql(
        'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id } }',
        { i: { tenantId: 'x', email: 'someone@example.com', password: secret, role: 'NOT_A_ROLE' } },
        op,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      const text = JSON.stringify(r.errors);
      expect(text).not.toContain(secret);
      expect(text).not.toContain('someone@example.com');
      expect(r.errors![0].message).toMatch(/\$i/);
    });

    it('answers BAD_USER_INPUT to a syntax error and to an unknown field', async () => {
      expect(codeOf(await s.gql('{ me { id ', {}, op))).toBe('BAD_USER_INPUT');
      expect(codeOf(await s.gql('{ nothingHere }', {}, op))).toBe('BAD_USER_INPUT');
    });
  });

  describe('CORS', () => {
    it('allows an origin on the allow-list', async () => {
      const res = await fetch(s.url, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://portal.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('https://portal.example.com');
    });

    it('gives any other origin no CORS grant', async () => {
      const res = await fetch(s.url, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const post = await s.gql('{ me { id } }', {}, op, { origin: 'https://evil.example.net' });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('sends security headers and no x-powered-by', async () => {
    const r = await s.gql('{ me { id } }', {}, op);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(r.headers.get('x-powered-by')).toBeNull();
  });
});

describe('errors are masked', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('turns an unexpected failure into INTERNAL_SERVER_ERROR with a generic message, logged with the request id', async () => {
    const op = await s.operatorToken();
    await s.services.db.query('DROP TABLE tenants');
    const r = await s.gql('{ tenants { id } }', {}, op, { 'x-request-id': 'req-masking-1' });
    expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
    expect(r.errors![0].message).toBe('Internal server error');
    const text = JSON.stringify(r.errors);
    expect(text).not.toMatch(/no such table|doesn't exist|SQL|sqlite|mysql|stack|exception/i);
    const logged = s.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'internal error');
    expect(logged).toBeDefined();
    const line = s.logs.find((l) => l.includes('internal error'))!;
    expect(line).toContain('req-masking-1');
  });
});

describe('production mode', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { NODE_ENV: 'production', JWT_SECRET: TEST_JWT_SECRET } });
  });
  afterAll(() => s.close());

  it('refuses introspection', async () => {
    const r = await s.gql('{ __schema { types { name } } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.data ?? null).toBeNull();
  });

  it('serves no landing page', async () => {
    const res = await fetch(s.url, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/<html/i);
  });

  it('does not suggest field names in errors', async () => {
    const r = await s.gql('{ tenats { id } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).not.toMatch(/Did you mean/);
  });
});

describe('PUBLIC_RATE_LIMIT', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { PUBLIC_RATE_LIMIT: '3' } });
  });
  afterAll(() => s.close());

  it('refuses the fourth public mutation from one client within a minute, but not signed-in work', async () => {
    // Start early in a minute window, so the whole test sits in one (the limiter's windows are aligned to minutes).
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 100));
    const op = await s.operatorToken(); // one login: the first public mutation
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 3; i++) {
      codes.push(
        codeOf(
          await s.gql('mutation { login(email: "x@example.com", password: "wrong-password") { token } }'),
        ),
      );
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    // signed-in, non-public operations are not counted
    for (let i = 0; i < 5; i++)
      expect((await s.gql('{ me { id } }', {}, op)).data.me.id).toEqual(expect.any(String));
  });
});

describe('PUBLIC_RATE_LIMIT=0', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { PUBLIC_RATE_LIMIT: '0' } });
  });
  afterAll(() => s.close());

  it('disables the public limit', async () => {
    // eight accounts, so the sign-in throttle (five failures a minute per account and network) stays out of it
    const codes = [];
    for (let i = 0; i < 8; i++)
      codes.push(
        codeOf(
          await s.gql(`mutation { login(email: "y${i}@example.com", password: "wrong-password") { token } }`),
        ),
      );
    expect(codes.every((c) => c === 'UNAUTHENTICATED')).toBe(true);
  });
});
