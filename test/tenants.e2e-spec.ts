import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import {
  codeOf,
  CONSOLE_OPERATOR_EMAIL,
  GqlResult,
  startTestServer,
  TestServer,
} from './support/test-server';

const CREATE_TENANT =
  'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id slug name service dpoEmail status createdAt } }';
const CREATE_USER =
  'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id email role tenant { id slug } } }';
const TENANTS = '{ tenants { id slug } }';
const TENANT = 'query($id: ID!) { tenant(id: $id) { id slug name service dpoEmail status } }';
const ME = '{ me { id email role tenantRole tenant { id slug } } }';
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** Anything that looks like an email address. */
const EMAIL_LIKE = /[^\s@]+@[^\s@]+/;

let seq = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++seq}`;

describe('tenants and tenant users', () => {
  let s: TestServer;
  let op: string;
  let a: TenantFixture;
  let b: TenantFixture;
  let ownerA: UserFixture;
  let adminA: UserFixture;
  let viewerA: UserFixture;
  let ownerB: UserFixture;

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await s.services.db.query(sql, params))[0].n);
  /** Row counts of everything these operations may write. */
  const snapshot = async () => ({
    tenants: await count('SELECT COUNT(*) AS n FROM tenants'),
    users: await count('SELECT COUNT(*) AS n FROM tenant_users'),
    log: await count('SELECT COUNT(*) AS n FROM processing_log'),
  });
  const lastSeq = async () =>
    Number((await s.services.db.query('SELECT MAX(seq) AS m FROM processing_log'))[0].m ?? 0);
  const logSince = (seqBefore: number): Promise<Array<Record<string, any>>> =>
    s.services.db.query('SELECT * FROM processing_log WHERE seq > ? ORDER BY seq', [seqBefore]);
  const codes = (r: GqlResult) => r.errors?.map((e) => e.extensions?.code);

  beforeAll(async () => {
    s = await startTestServer();
    op = await s.operatorToken();
    a = await createTenant(s);
    b = await createTenant(s);
    [ownerA, adminA, viewerA, ownerB] = await Promise.all([
      createUser(s, a, 'OWNER'),
      createUser(s, a, 'ADMIN'),
      createUser(s, a, 'VIEWER'),
      createUser(s, b, 'OWNER'),
    ]);
  });
  afterAll(() => s?.close());

  const tenantInput = (extra: Record<string, unknown> = {}) => ({
    slug: unique('t'),
    name: 'Example Lists',
    service: 'LISTPLEX',
    dpoEmail: 'dpo@example.com',
    ...extra,
  });
  const userInput = (tenantId: string, extra: Record<string, unknown> = {}) => ({
    tenantId,
    email: `${unique('user')}@example.com`,
    password: 'correct-horse-battery',
    role: 'ADMIN',
    ...extra,
  });

  describe('me', () => {
    it('describes an operator', async () => {
      const r = await s.gql(ME, {}, op);
      expect(r.errors).toBeUndefined();
      expect(r.data.me).toEqual({
        id: expect.any(String),
        email: CONSOLE_OPERATOR_EMAIL,
        role: 'OPERATOR',
        tenantRole: null,
        tenant: null,
      });
    });

    it.each(['OWNER', 'ADMIN', 'VIEWER'] as const)(
      'describes a tenant %s with its own tenant',
      async (role) => {
        const u = { OWNER: ownerA, ADMIN: adminA, VIEWER: viewerA }[role];
        const r = await s.gql(ME, {}, u.token);
        expect(r.errors).toBeUndefined();
        expect(r.data.me).toEqual({
          id: u.id,
          email: u.email,
          role: 'TENANT_USER',
          tenantRole: role,
          tenant: { id: a.id, slug: a.slug },
        });
      },
    );

    it('answers UNAUTHENTICATED without a token or with a forged one', async () => {
      expect(codes(await s.gql(ME))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await s.gql(ME, {}, `${ownerA.token.slice(0, -4)}AAAA`))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('tenants and tenant(id)', () => {
    it('lists every tenant to an operator', async () => {
      const r = await s.gql(TENANTS, {}, op);
      expect(r.errors).toBeUndefined();
      const stored: Array<{ id: string }> = await s.services.db.query('SELECT id FROM tenants');
      expect(r.data.tenants.map((t: { id: string }) => t.id).sort()).toEqual(stored.map((t) => t.id).sort());
      expect(r.data.tenants.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    });

    it('refuses the list to every tenant role with FORBIDDEN and to anonymous callers with UNAUTHENTICATED', async () => {
      for (const u of [ownerA, adminA, viewerA, ownerB])
        expect(codes(await s.gql(TENANTS, {}, u.token))).toEqual(['FORBIDDEN']);
      expect(codes(await s.gql(TENANTS))).toEqual(['UNAUTHENTICATED']);
    });

    it('shows an operator any tenant, and null for an id that does not exist', async () => {
      const r = await s.gql(TENANT, { id: b.id }, op);
      expect(r.data.tenant).toEqual({
        id: b.id,
        slug: b.slug,
        name: b.name,
        service: 'LISTPLEX',
        dpoEmail: b.dpoEmail,
        status: 'ACTIVE',
      });
      const none = await s.gql(TENANT, { id: MISSING_ID }, op);
      expect(none.errors).toBeUndefined();
      expect(none.data).toEqual({ tenant: null });
    });

    it.each(['OWNER', 'ADMIN', 'VIEWER'] as const)(
      'shows a tenant %s its own tenant and null for any other id',
      async (role) => {
        const u = { OWNER: ownerA, ADMIN: adminA, VIEWER: viewerA }[role];
        expect((await s.gql(TENANT, { id: a.id }, u.token)).data.tenant).toMatchObject({
          id: a.id,
          slug: a.slug,
        });
        // Another tenant's id answers exactly like an id that does not exist.
        for (const id of [b.id, MISSING_ID]) {
          const r = await s.gql(TENANT, { id }, u.token);
          expect(r.errors).toBeUndefined();
          expect(r.data).toEqual({ tenant: null });
        }
      },
    );

    it('answers UNAUTHENTICATED to an anonymous tenant(id)', async () => {
      const r = await s.gql(TENANT, { id: a.id });
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      expect(r.data?.tenant ?? null).toBeNull();
    });
  });

  describe('createTenant', () => {
    it('creates an ACTIVE tenant with the name trimmed and the DPO address trimmed and lower-cased, and logs it without the address', async () => {
      const seqBefore = await lastSeq();
      const slug = unique('acme');
      const r = await s.gql(
        CREATE_TENANT,
        {
          i: { slug, name: '  Acme Lists  ', service: 'EASE', dpoEmail: '  Privacy.Officer@ACME.Example \t' },
        },
        op,
      );
      expect(r.errors).toBeUndefined();
      const t = r.data.createTenant;
      expect(t).toMatchObject({
        slug,
        name: 'Acme Lists',
        service: 'EASE',
        dpoEmail: 'privacy.officer@acme.example',
        status: 'ACTIVE',
      });
      expect(new Date(t.createdAt).getTime()).not.toBeNaN();

      const [row] = await s.services.db.query('SELECT slug, dpo_email, status FROM tenants WHERE id = ?', [
        t.id,
      ]);
      expect(row).toEqual({ slug, dpo_email: 'privacy.officer@acme.example', status: 'ACTIVE' });

      const log = await logSince(seqBefore);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({
        tenant_id: t.id,
        purpose: 'ORDER_PROCESSING',
        actor_type: 'OPERATOR',
        action: 'tenant.create',
      });
      expect(log[0].description).not.toMatch(EMAIL_LIKE);
      expect(log[0].description.toLowerCase()).not.toContain('privacy.officer');

      // The new tenant is visible to the operator at once.
      expect((await s.gql(TENANT, { id: t.id }, op)).data.tenant.slug).toBe(slug);
    });

    it('refuses a slug that exists already with CONFLICT and changes nothing', async () => {
      const before = await snapshot();
      const r = await s.gql(CREATE_TENANT, { i: tenantInput({ slug: a.slug, name: 'Someone Else' }) }, op);
      expect(codes(r)).toEqual(['CONFLICT']);
      expect(r.data).toBeNull();
      expect(await snapshot()).toEqual(before);
      const [row] = await s.services.db.query('SELECT name FROM tenants WHERE slug = ?', [a.slug]);
      expect(row.name).toBe(a.name);
    });

    it('lets exactly one of two racing requests for the same slug win; the other gets CONFLICT', async () => {
      const before = await snapshot();
      const i = tenantInput({ slug: unique('race') });
      const results = await Promise.all([s.gql(CREATE_TENANT, { i }, op), s.gql(CREATE_TENANT, { i }, op)]);
      const winners = results.filter((r) => r.data?.createTenant);
      expect(winners).toHaveLength(1);
      expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
      expect(await count('SELECT COUNT(*) AS n FROM tenants WHERE slug = ?', [i.slug])).toBe(1);
      // One tenant, one log entry: the loser left nothing behind.
      expect(await snapshot()).toEqual({ ...before, tenants: before.tenants + 1, log: before.log + 1 });
      expect(
        await count('SELECT COUNT(*) AS n FROM processing_log WHERE tenant_id = ?', [
          winners[0].data.createTenant.id,
        ]),
      ).toBe(1);
    });

    it.each([
      ['OWNER', () => ownerA],
      ['ADMIN', () => adminA],
      ['VIEWER', () => viewerA],
    ])('refuses a tenant %s with FORBIDDEN and creates nothing', async (_role, user) => {
      const before = await snapshot();
      expect(codes(await s.gql(CREATE_TENANT, { i: tenantInput() }, user().token))).toEqual(['FORBIDDEN']);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an anonymous caller with UNAUTHENTICATED and creates nothing', async () => {
      const before = await snapshot();
      expect(codes(await s.gql(CREATE_TENANT, { i: tenantInput() }))).toEqual(['UNAUTHENTICATED']);
      expect(await snapshot()).toEqual(before);
    });

    const big = 'x'.repeat(10_000);
    const badTenant: Array<[string, Record<string, unknown>]> = [
      // slug: [a-z0-9-]{2,40}
      ['an empty slug', { slug: '' }],
      ['a whitespace-only slug', { slug: '   ' }],
      ['a slug with surrounding spaces', { slug: ' acme ' }],
      ['a slug with a space inside', { slug: 'ac me' }],
      ['a one-character slug', { slug: 'a' }],
      ['a 41-character slug', { slug: 'a'.repeat(41) }],
      ['a 10,000-character slug', { slug: big }],
      ['an upper-case slug', { slug: 'Acme' }],
      ['a slug with an underscore', { slug: 'ac_me' }],
      ['a slug with a dot', { slug: 'ac.me' }],
      ['a slug with a slash', { slug: 'ac/me' }],
      ['a slug with a non-ASCII letter', { slug: 'acmé' }],
      ['a slug with SQL in it', { slug: "x'; DROP TABLE tenants; --" }],
      ['a numeric slug', { slug: 42 }],
      ['a null slug', { slug: null }],
      ['a missing slug', { slug: undefined }],
      // name: 1-200 characters after trimming
      ['an empty name', { name: '' }],
      ['a whitespace-only name', { name: ' \t\n ' }],
      ['a 201-character name', { name: 'n'.repeat(201) }],
      ['a 10,000-character name', { name: big }],
      ['a name of the wrong type', { name: ['Acme'] }],
      ['a null name', { name: null }],
      // service: HostingService
      ['an unknown service', { service: 'MAILCHIMP' }],
      ['a lower-case service', { service: 'listplex' }],
      ['an empty service', { service: '' }],
      ['a whitespace-only service', { service: ' ' }],
      ['a 10,000-character service', { service: big }],
      ['a numeric service', { service: 1 }],
      ['a null service', { service: null }],
      // dpoEmail: a valid address
      ['an empty dpoEmail', { dpoEmail: '' }],
      ['a whitespace-only dpoEmail', { dpoEmail: '   ' }],
      ['a dpoEmail without @', { dpoEmail: 'dpo.example.com' }],
      ['a dpoEmail without a domain', { dpoEmail: 'dpo@' }],
      ['a dpoEmail without a local part', { dpoEmail: '@example.com' }],
      ['a dpoEmail with two @', { dpoEmail: 'dpo@x@example.com' }],
      ['a dpoEmail with a space inside', { dpoEmail: 'd po@example.com' }],
      ['a dpoEmail without a top-level domain', { dpoEmail: 'dpo@localhost' }],
      ['a dpoEmail with two addresses', { dpoEmail: 'a@example.com, b@example.com' }],
      [
        'a 302-character dpoEmail (over the 254 an address may have)',
        { dpoEmail: `${'d'.repeat(290)}@example.com` },
      ],
      [
        'a dpoEmail with a tab inside (a control character: refused; around the address it is trimmed)',
        { dpoEmail: 'dpo\t@example.com' },
      ],
      ['a 10,000-character dpoEmail', { dpoEmail: `${big}@example.com` }],
      ['a numeric dpoEmail', { dpoEmail: 12345 }],
      ['a null dpoEmail', { dpoEmail: null }],
      // the input object itself
      ['an unknown input field', { isAdmin: true }],
    ];

    it.each(badTenant)('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, change) => {
      const before = await snapshot();
      const r = await s.gql(CREATE_TENANT, { i: tenantInput(change) }, op);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.data).toBeNull();
      expect(r.errors![0].message).not.toContain(big);
      expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at Object\.|node_modules/);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a missing or null input, and wrong types written inline, with BAD_USER_INPUT', async () => {
      const before = await snapshot();
      expect(codes(await s.gql(CREATE_TENANT, {}, op))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await s.gql(CREATE_TENANT, { i: null }, op))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await s.gql(CREATE_TENANT, { i: 'acme' }, op))).toEqual(['BAD_USER_INPUT']);
      const inline = await s.gql(
        'mutation { createTenant(input: { slug: 7, name: "N", service: LISTPLEX, dpoEmail: "d@example.com" }) { id } }',
        {},
        op,
      );
      expect(codes(inline)).toEqual(['BAD_USER_INPUT']);
      const inlineEnum = await s.gql(
        'mutation { createTenant(input: { slug: "inline-x", name: "N", service: "LISTPLEX", dpoEmail: "d@example.com" }) { id } }',
        {},
        op,
      );
      expect(codes(inlineEnum)).toEqual(['BAD_USER_INPUT']);
      expect(await snapshot()).toEqual(before);
    });

    it('accepts the boundary values: 2- and 40-character slugs, a 200-character name', async () => {
      for (const [slug, name] of [
        ['z9', 'N'],
        [`${unique('s')}-`.padEnd(40, 'x'), 'n'.repeat(200)],
      ]) {
        const r = await s.gql(CREATE_TENANT, { i: tenantInput({ slug, name }) }, op);
        expect(r.errors).toBeUndefined();
        expect(r.data.createTenant).toMatchObject({ slug, name });
      }
    });
  });

  describe('createTenantUser', () => {
    it('lets an operator create a user in any tenant, storing the address trimmed and lower-cased, and logs it', async () => {
      const seqBefore = await lastSeq();
      const local = unique('Jane.Doe');
      const r = await s.gql(
        CREATE_USER,
        { i: userInput(b.id, { email: `  ${local}@Example.COM\t`, role: 'VIEWER' }) },
        op,
      );
      expect(r.errors).toBeUndefined();
      const created = r.data.createTenantUser;
      expect(created).toEqual({
        id: expect.any(String),
        email: `${local.toLowerCase()}@example.com`,
        role: 'VIEWER',
        tenant: { id: b.id, slug: b.slug },
      });

      const [row] = await s.services.db.query(
        'SELECT email, role, tenant_id FROM tenant_users WHERE id = ?',
        [created.id],
      );
      expect(row).toEqual({ email: `${local.toLowerCase()}@example.com`, role: 'VIEWER', tenant_id: b.id });

      const log = await logSince(seqBefore);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({
        tenant_id: b.id,
        purpose: 'ORDER_PROCESSING',
        actor_type: 'OPERATOR',
        action: 'tenantUser.create',
      });
      expect(log[0].description).not.toMatch(EMAIL_LIKE);
      expect(log[0].description.toLowerCase()).not.toContain(local.toLowerCase());

      // The stored address is the one to sign in with, in any case.
      await expect(
        s.login(`${local.toUpperCase()}@EXAMPLE.com`, 'correct-horse-battery', b.slug),
      ).resolves.toEqual(expect.any(String));
    });

    it('lets an OWNER create a user in its own tenant, logged with the OWNER as actor', async () => {
      const seqBefore = await lastSeq();
      const i = userInput(a.id, { role: 'OWNER' });
      const r = await s.gql(CREATE_USER, { i }, ownerA.token);
      expect(r.errors).toBeUndefined();
      expect(r.data.createTenantUser).toMatchObject({ email: i.email, role: 'OWNER', tenant: { id: a.id } });
      const log = await logSince(seqBefore);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({
        tenant_id: a.id,
        purpose: 'ORDER_PROCESSING',
        actor_type: 'TENANT_USER',
        actor_id: ownerA.id,
        action: 'tenantUser.create',
      });
      expect(log[0].description).not.toMatch(EMAIL_LIKE);
    });

    it("answers NOT_FOUND to an OWNER naming another tenant's id, exactly as for a missing one, and creates nothing", async () => {
      const before = await snapshot();
      const other = await s.gql(CREATE_USER, { i: userInput(b.id) }, ownerA.token);
      const missing = await s.gql(CREATE_USER, { i: userInput(MISSING_ID) }, ownerA.token);
      expect(codes(other)).toEqual(['NOT_FOUND']);
      expect(codes(missing)).toEqual(['NOT_FOUND']);
      expect(other.errors![0].message).toBe(missing.errors![0].message);
      expect(await snapshot()).toEqual(before);
    });

    it('answers NOT_FOUND to an operator naming a tenant that does not exist', async () => {
      const before = await snapshot();
      expect(codes(await s.gql(CREATE_USER, { i: userInput(MISSING_ID) }, op))).toEqual(['NOT_FOUND']);
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['ADMIN', () => adminA],
      ['VIEWER', () => viewerA],
    ])(
      'refuses a tenant %s with FORBIDDEN, in its own tenant and in another, and creates nothing',
      async (_role, user) => {
        const before = await snapshot();
        for (const tenantId of [a.id, b.id])
          expect(codes(await s.gql(CREATE_USER, { i: userInput(tenantId) }, user().token))).toEqual([
            'FORBIDDEN',
          ]);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('refuses an anonymous caller with UNAUTHENTICATED and creates nothing', async () => {
      const before = await snapshot();
      expect(codes(await s.gql(CREATE_USER, { i: userInput(a.id) }))).toEqual(['UNAUTHENTICATED']);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses an address already used in the tenant, whatever its case and surrounding spaces, with CONFLICT and no log entry', async () => {
      const before = await snapshot();
      for (const email of [
        adminA.email.toUpperCase(),
        `  ${adminA.email}  `,
        ` \t${adminA.email.replace(/^./, (c) => c.toUpperCase())}\n`,
      ]) {
        const r = await s.gql(CREATE_USER, { i: userInput(a.id, { email, role: 'VIEWER' }) }, ownerA.token);
        expect(codes(r)).toEqual(['CONFLICT']);
        expect(r.data).toBeNull();
      }
      expect(await snapshot()).toEqual(before);
      const [row] = await s.services.db.query('SELECT role FROM tenant_users WHERE id = ?', [adminA.id]);
      expect(row.role).toBe('ADMIN');
    });

    it('lets exactly one of two racing requests for one address win, and the loser leaves no log entry', async () => {
      const before = await snapshot();
      const email = `${unique('racer')}@example.com`;
      const results = await Promise.all([
        s.gql(CREATE_USER, { i: userInput(a.id, { email }) }, op),
        s.gql(CREATE_USER, { i: userInput(a.id, { email: ` ${email.toUpperCase()} ` }) }, ownerA.token),
      ]);
      expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
      expect(await count('SELECT COUNT(*) AS n FROM tenant_users WHERE email = ?', [email])).toBe(1);
      expect(await snapshot()).toEqual({ ...before, users: before.users + 1, log: before.log + 1 });
    });

    it('allows one address in two tenants', async () => {
      const email = `${unique('shared')}@example.com`;
      const inA = await s.gql(CREATE_USER, { i: userInput(a.id, { email }) }, op);
      const inB = await s.gql(CREATE_USER, { i: userInput(b.id, { email: email.toUpperCase() }) }, op);
      expect(inA.errors).toBeUndefined();
      expect(inB.errors).toBeUndefined();
      expect(inB.data.createTenantUser.email).toBe(email);
      expect(await count('SELECT COUNT(*) AS n FROM tenant_users WHERE email = ?', [email])).toBe(2);
    });

    const big = 'x'.repeat(10_000);
    const badUser: Array<[string, Record<string, unknown>]> = [
      // tenantId: ID
      ['an empty tenantId', { tenantId: '' }],
      ['a whitespace-only tenantId', { tenantId: '   ' }],
      ['a 10,000-character tenantId', { tenantId: big }],
      ['a boolean tenantId', { tenantId: true }],
      ['an object tenantId', { tenantId: { id: 'x' } }],
      ['a null tenantId', { tenantId: null }],
      ['a missing tenantId', { tenantId: undefined }],
      // email: a valid address
      ['an empty email', { email: '' }],
      ['a whitespace-only email', { email: ' \t ' }],
      ['an email without @', { email: 'jane.example.com' }],
      ['an email without a domain', { email: 'jane@' }],
      ['an email without a local part', { email: '@example.com' }],
      ['an email with two @', { email: 'jane@doe@example.com' }],
      ['an email with a space inside', { email: 'jane doe@example.com' }],
      ['an email without a top-level domain', { email: 'jane@localhost' }],
      ['an email with a display name', { email: 'Jane <jane@example.com>' }],
      [
        'an email with a line break inside (a control character: refused; around the address it is trimmed)',
        { email: 'jane\r\nBcc: x@example.com' },
      ],
      ['a 10,000-character email', { email: `${big}@example.com` }],
      ['a numeric email', { email: 42 }],
      ['a null email', { email: null }],
      // password: at least 12 characters
      ['an empty password', { password: '' }],
      ['a whitespace-only password', { password: ' '.repeat(16) }],
      ['an 11-character password', { password: 'p'.repeat(11) }],
      ['a 10,000-character password', { password: big }],
      ['a numeric password', { password: 123456789012345 }],
      ['a null password', { password: null }],
      ['a missing password', { password: undefined }],
      // role: TenantRole
      ['an unknown role', { role: 'SUPERUSER' }],
      ['the platform role OPERATOR', { role: 'OPERATOR' }],
      ['a lower-case role', { role: 'admin' }],
      ['an empty role', { role: '' }],
      ['a whitespace-only role', { role: '  ' }],
      ['a 10,000-character role', { role: big }],
      ['a numeric role', { role: 1 }],
      ['a null role', { role: null }],
      // the input object itself
      ['an unknown input field', { tenantRole: 'OWNER' }],
    ];

    it.each(badUser)('refuses %s with BAD_USER_INPUT and changes nothing', async (_what, change) => {
      const before = await snapshot();
      const r = await s.gql(CREATE_USER, { i: userInput(a.id, change) }, op);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.data).toBeNull();
      expect(JSON.stringify(r.errors)).not.toContain('correct-horse-battery');
      expect(r.errors![0].message).not.toContain(big);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a missing or null input with BAD_USER_INPUT', async () => {
      const before = await snapshot();
      expect(codes(await s.gql(CREATE_USER, {}, op))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await s.gql(CREATE_USER, { i: null }, op))).toEqual(['BAD_USER_INPUT']);
      expect(codes(await s.gql(CREATE_USER, { i: [userInput(a.id)] }, op))).toEqual(['BAD_USER_INPUT']);
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['an unknown role', { role: 'SUPERUSER-7f3a' }, 'SUPERUSER-7f3a', /at "i\.role".*enum "TenantRole"/],
      [
        'a password of the wrong type',
        { password: 987654321987 },
        '987654321987',
        /at "i\.password".*String/,
      ],
      [
        'a missing field',
        { email: undefined },
        'correct-horse-battery',
        /Field "email" of required type "String!" was not provided/,
      ],
      [
        'an unknown field',
        { secretNote: 'n0te-9c1e' },
        'n0te-9c1e',
        /Field "secretNote" is not defined by type "CreateTenantUserInput"/,
      ],
    ])(
      'names the offending field of %s without echoing the input',
      async (_what, change, echoed, explanation) => {
        const r = await s.gql(CREATE_USER, { i: userInput(a.id, change) }, op);
        expect(codes(r)).toEqual(['BAD_USER_INPUT']);
        expect(r.errors![0].message).toMatch(explanation);
        // Neither the rejected value nor any other field of the input (here the password) comes back.
        expect(JSON.stringify(r.errors)).not.toContain(echoed);
        expect(JSON.stringify(r.errors)).not.toContain('correct-horse-battery');
      },
    );

    it('never echoes a rejected password', async () => {
      const r = await s.gql(CREATE_USER, { i: userInput(a.id, { password: 'tiny-secret' }) }, op);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(r)).not.toContain('tiny-secret');
    });

    it('accepts a password of exactly 12 characters', async () => {
      const i = userInput(a.id, { password: 'twelve-chars' });
      expect(i.password).toHaveLength(12);
      expect((await s.gql(CREATE_USER, { i }, op)).errors).toBeUndefined();
      await expect(s.login(i.email as string, 'twelve-chars', a.slug)).resolves.toEqual(expect.any(String));
    });
  });
});
