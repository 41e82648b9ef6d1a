import { QUERY_LIMITS } from '../server/apollo';
import { BODY_LIMIT } from '../server/http-stack';
import { createTenant, createUser } from './support/fixtures';
import { codeOf, GqlResult, startTestServer, TEST_JWT_SECRET, TestServer } from './support/test-server';

const CONTRACT_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
];
/** Anything that looks like a leaked stack frame or exception detail. */
const LEAK = /stacktrace|exception|\bat [\w.<>]+ \(|node_modules|\.[jt]s:\d+/i;

const WRONG_LOGIN = 'mutation { login(email: "nobody@example.com", password: "not-the-password") { token } }';

/** '1mb' / '100kb' as bytes (the body-parser notation BODY_LIMIT uses). */
function limitBytes(limit: string): number {
  const m = /^(\d+)\s*(b|kb|mb)$/i.exec(limit);
  if (!m) throw new Error(`unexpected BODY_LIMIT ${limit}`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[m[2].toLowerCase() as 'b' | 'kb' | 'mb'];
}

/** A query `depth` levels deep (introspection is the one part of the schema that nests that far). */
function queryOfDepth(depth: number): string {
  // __type(1) fields(2) type(3) ... name(depth): depth - 4 ofType levels in between
  let inner = 'name';
  for (let i = 0; i < depth - 4; i++) inner = `ofType { ${inner} }`;
  return `{ __type(name: "Query") { fields { type { ${inner} } } } }`;
}

async function tenantSlugs(s: TestServer, op: string): Promise<string[]> {
  const r = await s.gql('{ tenants { slug } }', {}, op);
  return r.data.tenants.map((t: { slug: string }) => t.slug);
}

/** Every error has a contract code, and neither errors nor anything else in the answer leaks internals. */
function expectMasked(r: GqlResult): void {
  expect(r.errors?.length).toBeGreaterThan(0);
  for (const e of r.errors!) {
    expect(CONTRACT_CODES).toContain(e.extensions?.code);
    expect(Object.keys(e.extensions ?? {})).not.toEqual(expect.arrayContaining(['stacktrace']));
    expect(Object.keys(e.extensions ?? {})).not.toEqual(expect.arrayContaining(['exception']));
  }
  expect(JSON.stringify({ errors: r.errors, data: r.data })).not.toMatch(LEAK);
}

describe('security baseline (development mode)', () => {
  let s: TestServer;
  let op: string;

  beforeAll(async () => {
    s = await startTestServer();
    op = await s.operatorToken();
  });
  afterAll(() => s.close());

  describe('CSRF prevention', () => {
    const createVia = (slug: string) =>
      `mutation { createTenant(input: {slug: "${slug}", name: "CSRF", service: LISTPLEX, dpoEmail: "dpo@example.com"}) { id } }`;

    it('refuses a GET without a preflight header, and answers the same GET with one', async () => {
      const url = `${s.url}?query=${encodeURIComponent('{ __typename }')}`;
      const refused = await fetch(url);
      expect(refused.status).toBe(400);
      const body = (await refused.json()) as {
        data?: unknown;
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(/CSRF/);
      expect(body.data).toBeUndefined();

      const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(allowed.status).toBe(200);
      expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('never runs a mutation sent by GET, even with an operator token', async () => {
      const before = await tenantSlugs(s, op);
      const url = `${s.url}?query=${encodeURIComponent(createVia('csrf-get'))}`;
      const simple = await fetch(url, { headers: { authorization: `Bearer ${op}` } });
      expect(simple.status).toBe(400);
      expect(((await simple.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      // With the preflight header the CSRF check passes, and GET still may not mutate.
      const preflighted = await fetch(url, {
        headers: { authorization: `Bearer ${op}`, 'apollo-require-preflight': 'true' },
      });
      expect(preflighted.status).toBe(405);
      expect(((await preflighted.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(await tenantSlugs(s, op)).toEqual(before);
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
      'refuses a POST with content-type %s (what a cross-site form can send) and runs nothing',
      async (contentType) => {
        const before = await tenantSlugs(s, op);
        const res = await fetch(s.url, {
          method: 'POST',
          headers: { 'content-type': contentType, authorization: `Bearer ${op}` },
          body: JSON.stringify({ query: createVia('csrf-post') }),
        });
        expect(res.status).toBe(400);
        const body = (await res.json()) as {
          data?: unknown;
          errors: Array<{ extensions: { code: string } }>;
        };
        expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(body.data).toBeUndefined();
        expect(await tenantSlugs(s, op)).toEqual(before);
        expect(before).not.toContain('csrf-post');
      },
    );
  });

  describe('query limits (refused before execution)', () => {
    it(`answers a query ${QUERY_LIMITS.depth} deep and refuses one deeper`, async () => {
      const ok = await s.gql(queryOfDepth(QUERY_LIMITS.depth), {}, op);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.__type.fields.length).toBeGreaterThan(0);

      const r = await s.gql(queryOfDepth(QUERY_LIMITS.depth + 1), {}, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/depth limit/i);
      expect(r.data).toBeNull();
    });

    it(`answers ${QUERY_LIMITS.aliases} aliases and refuses more`, async () => {
      const aliased = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
      const ok = await s.gql(aliased(QUERY_LIMITS.aliases), {}, op);
      expect(ok.errors).toBeUndefined();
      expect(Object.keys(ok.data)).toHaveLength(QUERY_LIMITS.aliases);

      for (const n of [QUERY_LIMITS.aliases + 1, 50]) {
        const r = await s.gql(aliased(n), {}, op);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0].message).toMatch(/aliases limit/i);
        expect(r.data).toBeNull();
      }
    });

    it('refuses an aliased mutation fan-out without running any of it', async () => {
      const before = await tenantSlugs(s, op);
      const fields = Array.from(
        { length: QUERY_LIMITS.aliases + 1 },
        (_, i) =>
          `t${i}: createTenant(input: {slug: "fan-out-${i}", name: "x", service: EASE, dpoEmail: "dpo@example.com"}) { id }`,
      ).join(' ');
      const r = await s.gql(`mutation { ${fields} }`, {}, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.data).toBeNull();
      expect(await tenantSlugs(s, op)).toEqual(before);
    });

    it('refuses an aliased login flood (aliases cannot multiply password guesses)', async () => {
      const fields = Array.from(
        { length: 40 },
        (_, i) => `l${i}: login(email: "a@example.com", password: "guess-${i}") { token }`,
      ).join(' ');
      const r = await s.gql(`mutation { ${fields} }`);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.data).toBeNull();
    });

    it(`refuses a query whose cost is over ${QUERY_LIMITS.cost}, counting page sizes given as variables or left to their default`, async () => {
      const tenant = await createTenant(s);
      const owner = await createUser(s, tenant, 'OWNER');
      const list = await s.gql(
        'mutation { createList(input: {name: "COST-L", title: "Cost"}) { id } }',
        {},
        owner.token,
      );
      const listId = list.data.createList.id;
      const fields =
        'nodes { id email name country format trackingConsent status requestedAt confirmedAt } pageInfo { hasNextPage endCursor } totalCount';
      const header = (first: string) =>
        first.includes('$f') ? '($f: Int)' : first.includes('$g') ? '($g: Int = 500)' : '';
      const pages = (n: number, first: string) =>
        `query${header(first)} { ${Array.from({ length: n }, (_, i) => `p${i}: subscribers(listId: "${listId}"${first}) { ${fields} }`).join(' ')} }`;

      // The contract's largest page, with every field, runs: written inline, as a variable, or by default.
      for (const [query, variables] of [
        [pages(1, ', first: 500'), {}],
        [pages(1, ', first: $f'), { f: 500 }],
        [pages(1, ''), {}],
        [pages(10, ''), {}],
      ] as const) {
        const ok = await s.gql(query, variables, owner.token);
        expect(ok.errors).toBeUndefined();
        expect(ok.data.p0.totalCount).toBe(0);
      }
      // Two such pages are over the limit however the size is given.
      for (const [query, variables] of [
        [pages(2, ', first: 500'), {}],
        [pages(2, ', first: $f'), { f: 500 }],
        [pages(2, ', first: $g'), {}],
        [pages(15, ''), {}],
      ] as const) {
        const r = await s.gql(query, variables, owner.token);
        expect(r.status).toBe(400);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0].message).toMatch(
          new RegExp(`^Query Cost limit of ${QUERY_LIMITS.cost} exceeded, found \\d+`),
        );
        expect(r.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
        expect(r.data).toBeNull();
      }
    });
  });

  describe('request bodies', () => {
    const post = (body: string) =>
      fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const padded = (bytes: number) => {
      const shell = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      return shell.replace('"pad":""', `"pad":"${'x'.repeat(bytes - shell.length)}"`);
    };

    it(`answers 413 with BAD_USER_INPUT to a body over ${BODY_LIMIT}, and accepts one just under it`, async () => {
      const limit = limitBytes(BODY_LIMIT);
      const under = await post(padded(limit - 16));
      expect(under.status).toBe(200);
      expect(await under.json()).toEqual({ data: { __typename: 'Query' } });

      const res = await post(padded(limit + 1));
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(text).not.toMatch(LEAK);
      expect(text).not.toMatch(/PayloadTooLarge|entity\.too\.large|stack/);
    });

    it('answers 400 with BAD_USER_INPUT to malformed JSON, without parser details', async () => {
      const res = await post('{"query": "{ __typename }"');
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(text).not.toMatch(LEAK);
      expect(text).not.toMatch(/SyntaxError|Unexpected end|position|stack/);
    });

    it.each([
      ['an array', '[]'],
      ['a non-string query', '{"query": 5}'],
      ['no query at all', '{"variables": {}}'],
      ['variables that are not an object', '{"query": "{ __typename }", "variables": "x"}'],
    ])('answers 400 with BAD_USER_INPUT to JSON that is not a GraphQL request (%s)', async (_what, body) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(text).not.toMatch(LEAK);
    });
  });

  describe('CORS (default allow-list: the PUBLIC_URL origin)', () => {
    const preflight = (origin: string) =>
      fetch(s.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });

    it('grants the PUBLIC_URL origin', async () => {
      const res = await preflight('http://localhost:4000');
      expect(res.status).toBeLessThan(300);
      expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:4000');
      expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      const post = await s.gql('{ __typename }', {}, undefined, { origin: 'http://localhost:4000' });
      expect(post.headers.get('access-control-allow-origin')).toBe('http://localhost:4000');
    });

    it('grants no other origin', async () => {
      for (const origin of ['https://evil.example.net', 'http://localhost:4001', 'null']) {
        expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
        const post = await s.gql('{ __typename }', {}, undefined, { origin });
        expect(post.headers.get('access-control-allow-origin')).toBeNull();
      }
    });
  });

  it('sends helmet security headers and no x-powered-by, on the API and beside it', async () => {
    for (const res of [
      await fetch(`${s.base}/healthz`),
      (await s.gql('{ __typename }')).headers,
      await fetch(`${s.base}/no-such-page`),
    ]) {
      const h = res instanceof Response ? res.headers : res;
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(h.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(h.get('x-powered-by')).toBeNull();
    }
  });

  it('masks every kind of client error to a contract code without internals', async () => {
    const tenant = await createTenant(s);
    const viewer = await createUser(s, tenant, 'VIEWER');
    const createTenantOf = (slug: string) =>
      s.gql(
        'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
        { i: { slug, name: 'x', service: 'EASE', dpoEmail: 'd@example.com' } },
        op,
      );
    const results: Array<[string, GqlResult, string]> = [
      ['syntax error', await s.gql('{ me { id ', {}, op), 'BAD_USER_INPUT'],
      ['unknown field', await s.gql('{ nothingHere }', {}, op), 'BAD_USER_INPUT'],
      [
        'missing variable',
        await s.gql('query($id: ID!) { tenant(id: $id) { id } }', {}, op),
        'BAD_USER_INPUT',
      ],
      [
        'wrong variable type',
        await s.gql('query($id: ID!) { tenant(id: $id) { id } }', { id: { no: 1 } }, op),
        'BAD_USER_INPUT',
      ],
      ['input validation', await createTenantOf('NOT A SLUG'), 'BAD_USER_INPUT'],
      ['not signed in', await s.gql('{ me { id } }'), 'UNAUTHENTICATED'],
      ['bad token', await s.gql('{ me { id } }', {}, 'not-a-token'), 'UNAUTHENTICATED'],
      ['forbidden', await s.gql('{ tenants { id } }', {}, viewer.token), 'FORBIDDEN'],
      ['conflict', await createTenantOf(tenant.slug), 'CONFLICT'],
    ];
    for (const [what, r, code] of results) {
      expect([what, codeOf(r)]).toEqual([what, code]);
      expectMasked(r);
    }
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

  it('suggests field names in development (so the production check below can fail)', async () => {
    const r = await s.gql('{ tenats { id } }', {}, op);
    expect(r.errors![0].message).toMatch(/Did you mean/);
  });

  it('serves the landing page in development (so the production check below can fail)', async () => {
    const res = await fetch(s.url, { headers: { accept: 'text/html', 'apollo-require-preflight': 'true' } });
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('does not rate-limit public mutations with PUBLIC_RATE_LIMIT=0 (not even at the default of 30)', async () => {
    expect(s.services.config.publicRateLimit).toBe(0);
    const codes = new Set<string | undefined>();
    for (let i = 0; i < 35; i++) {
      const r = await s.gql(
        'mutation { subscribe(input: {tenant: "nobody", list: "NONE-L", email: "x@example.com"}) { accepted } }',
      );
      codes.add(r.errors ? codeOf(r) : 'ok');
    }
    codes.add(codeOf(await s.gql(WRONG_LOGIN)));
    expect([...codes]).toEqual(['ok', 'UNAUTHENTICATED']);
  });
});

describe('internal errors', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('become INTERNAL_SERVER_ERROR with a generic message, logged once with the request id', async () => {
    const op = await s.operatorToken();
    await s.services.db.query('DROP TABLE tenants');
    const r = await s.gql('{ tenants { id } }', {}, op, { 'x-request-id': 'sec-internal-1' });
    expect(r.status).toBe(200);
    expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
    expect(r.errors![0].message).toBe('Internal server error');
    expect(Object.keys(r.errors![0].extensions!)).toEqual(['code']);
    expectMasked(r);
    expect(r.errors![0].message).not.toMatch(/tenants|table|SQL|sqlite|mysql|maria/i);
    expect(r.headers.get('x-request-id')).toBe('sec-internal-1');

    const logged = s.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'internal error');
    expect(logged).toHaveLength(1);
    expect(logged[0].reqId).toBe('sec-internal-1');
    // The operator sees the cause in the log (not the client).
    expect(JSON.stringify(logged[0].err)).toMatch(/tenants/);
  });
});

describe('production mode', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: TEST_JWT_SECRET,
        CORS_ORIGINS: 'https://portal.example.com, https://admin.example.com',
      },
    });
  });
  afterAll(() => s.close());

  it('refuses introspection', async () => {
    for (const q of ['{ __schema { types { name } } }', '{ __type(name: "Query") { name } }']) {
      const r = await s.gql(q, {}, await s.operatorToken());
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.data).toBeNull();
    }
    // __typename is not introspection of the schema
    expect((await s.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('serves no landing page', async () => {
    const variants: Array<Record<string, string>> = [
      { accept: 'text/html' },
      { accept: 'text/html', 'apollo-require-preflight': 'true' },
    ];
    for (const headers of variants) {
      const res = await fetch(s.url, { headers });
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
      expect(await res.text()).not.toMatch(/<html|<!doctype/i);
    }
  });

  it('does not suggest field or type names in validation errors', async () => {
    const r = await s.gql('{ tenats { id } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).not.toMatch(/Did you mean|tenants/);
  });

  it('does not suggest names for misspelled input fields or enum values in variables either', async () => {
    const op = await s.operatorToken();
    const create = (i: Record<string, unknown>) =>
      s.gql('mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }', { i }, op);
    const misspelledField = await create({
      slug: 'prod-x',
      nam: 'x',
      service: 'EASE',
      dpoEmail: 'd@example.com',
    });
    const misspelledEnum = await create({
      slug: 'prod-y',
      name: 'x',
      service: 'EAS',
      dpoEmail: 'd@example.com',
    });
    for (const r of [misspelledField, misspelledEnum]) {
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      for (const e of r.errors!) expect(e.message).not.toMatch(/Did you mean/);
    }
  });

  it('sends a content security policy', async () => {
    const r = await s.gql('{ __typename }');
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  });

  it('grants exactly the CORS_ORIGINS, and no longer the PUBLIC_URL origin', async () => {
    const allowOf = async (origin: string) =>
      (await s.gql('{ __typename }', {}, undefined, { origin })).headers.get('access-control-allow-origin');
    expect(await allowOf('https://portal.example.com')).toBe('https://portal.example.com');
    expect(await allowOf('https://admin.example.com')).toBe('https://admin.example.com');
    expect(await allowOf('http://localhost:4000')).toBeNull();
    expect(await allowOf('https://portal.example.com.evil.net')).toBeNull();
  });

  it('answers a preflight from a CORS_ORIGINS origin, and grants any other none', async () => {
    const preflight = (origin: string) =>
      fetch(s.url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const allowed = await preflight('https://portal.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.com');
    expect(
      (await preflight('https://evil.example.net')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});

describe('PUBLIC_RATE_LIMIT=3', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { PUBLIC_RATE_LIMIT: '3' } });
  });
  afterAll(() => s.close());

  // The limiter's window slides, so four hits within a few seconds are over 3 per minute wherever
  // the minute boundary falls.
  it('refuses the 4th public mutation from one client within a minute, not counting signed-in work', async () => {
    const op = await s.operatorToken(); // public mutation 1
    // Signed-in, non-public operations (queries and mutations) do not count.
    for (let i = 0; i < 5; i++)
      expect((await s.gql('{ me { id } }', {}, op)).data.me.id).toEqual(expect.any(String));
    const created = await s.gql(
      'mutation { createTenant(input: {slug: "rate-ok", name: "x", service: EASE, dpoEmail: "d@example.com"}) { id } }',
      {},
      op,
    );
    expect(created.data.createTenant.id).toEqual(expect.any(String));

    expect(codeOf(await s.gql(WRONG_LOGIN))).toBe('UNAUTHENTICATED'); // 2
    const receipt = await s.gql(
      'mutation { subscribe(input: {tenant: "rate-ok", list: "NONE-L", email: "x@example.com"}) { accepted } }',
    );
    expect(receipt.errors).toBeUndefined(); // 3: a different public mutation, the same budget

    const refused = await s.gql(WRONG_LOGIN); // 4
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors![0].extensions!.retryAfter).toEqual(expect.any(Number));
    expect(refused.data).toBeNull();
    // A forged X-Forwarded-For does not make a new client (no proxy is trusted by default).
    expect(codeOf(await s.gql(WRONG_LOGIN, {}, undefined, { 'x-forwarded-for': '203.0.113.9' }))).toBe(
      'RATE_LIMITED',
    );
    // Signed-in work goes on.
    expect((await s.gql('{ me { id } }', {}, op)).data.me.id).toEqual(expect.any(String));
  });
});
