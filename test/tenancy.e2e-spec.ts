import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { codeOf, startTestServer, TestServer } from './support/test-server';

const CREATE_TENANT =
  'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id slug name service dpoEmail status createdAt } }';
const CREATE_USER =
  'mutation($i: CreateTenantUserInput!) { createTenantUser(input: $i) { id email role tenant { id } } }';
const TENANT = 'query($id: ID!) { tenant(id: $id) { id slug } }';

describe('tenants and tenant users', () => {
  let s: TestServer;
  let op: string;
  let a: TenantFixture;
  let b: TenantFixture;
  let ownerA: UserFixture;
  let adminA: UserFixture;
  let viewerA: UserFixture;
  let _ownerB: UserFixture;

  const count = async (table: string) =>
    Number((await s.services.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const snapshot = async () => ({
    tenants: await count('tenants'),
    users: await count('tenant_users'),
    log: await count('processing_log'),
  });

  beforeAll(async () => {
    s = await startTestServer();
    op = await s.operatorToken();
    a = await createTenant(s);
    b = await createTenant(s);
    [ownerA, adminA, viewerA, _ownerB] = await Promise.all([
      createUser(s, a, 'OWNER'),
      createUser(s, a, 'ADMIN'),
      createUser(s, a, 'VIEWER'),
      createUser(s, b, 'OWNER'),
    ]);
  });
  afterAll(() => s.close());

  describe('createTenant', () => {
    it('creates an ACTIVE tenant, storing the DPO address trimmed and lower-cased, and logs it', async () => {
      const before = await count('processing_log');
      const r = await s.gql(
        CREATE_TENANT,
        {
          i: { slug: 'acme-lists', name: '  Acme Lists  ', service: 'EASE', dpoEmail: '  DPO@Acme.EXAMPLE ' },
        },
        op,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.createTenant).toMatchObject({
        slug: 'acme-lists',
        name: 'Acme Lists',
        service: 'EASE',
        dpoEmail: 'dpo@acme.example',
        status: 'ACTIVE',
      });
      const rows = await s.services.db.query('SELECT * FROM processing_log WHERE seq > ? ORDER BY seq', [
        before,
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        tenant_id: r.data.createTenant.id,
        purpose: 'ORDER_PROCESSING',
        action: 'tenant.create',
        actor_type: 'OPERATOR',
      });
      expect(rows[0].description).not.toMatch(/@/);
    });

    it('refuses a slug that exists already with CONFLICT', async () => {
      const before = await snapshot();
      const r = await s.gql(
        CREATE_TENANT,
        { i: { slug: a.slug, name: 'Copy', service: 'LISTPLEX', dpoEmail: 'x@example.com' } },
        op,
      );
      expect(codeOf(r)).toBe('CONFLICT');
      expect(await snapshot()).toEqual(before);
    });

    it('lets exactly one of two racing requests for the same slug win', async () => {
      const input = { slug: 'race-slug', name: 'Race', service: 'LISTPLEX', dpoEmail: 'race@example.com' };
      const results = await Promise.all([
        s.gql(CREATE_TENANT, { i: input }, op),
        s.gql(CREATE_TENANT, { i: input }, op),
      ]);
      expect(results.filter((r) => r.data?.createTenant).length).toBe(1);
      expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
      expect(
        Number(
          (await s.services.db.query(`SELECT COUNT(*) AS n FROM tenants WHERE slug = 'race-slug'`))[0].n,
        ),
      ).toBe(1);
    });

    const good = { slug: 'good-slug', name: 'Good', service: 'LISTPLEX', dpoEmail: 'dpo@example.com' };
    const bad: Array<[string, Record<string, unknown>]> = [
      ['an empty slug', { slug: '' }],
      ['a one-character slug', { slug: 'a' }],
      ['a 41-character slug', { slug: 'a'.repeat(41) }],
      ['an upper-case slug', { slug: 'Acme' }],
      ['a slug with a space', { slug: 'ac me' }],
      ['a slug with an underscore', { slug: 'ac_me' }],
      ['a 10,000-character slug', { slug: 'a'.repeat(10_000) }],
      ['an empty name', { name: '' }],
      ['a blank name', { name: '    ' }],
      ['a 201-character name', { name: 'n'.repeat(201) }],
      ['a 10,000-character name', { name: 'n'.repeat(10_000) }],
      ['an unknown service', { service: 'MAILCHIMP' }],
      ['a service of the wrong type', { service: 3 }],
      ['an empty dpoEmail', { dpoEmail: '' }],
      ['a blank dpoEmail', { dpoEmail: '   ' }],
      ['a dpoEmail without @', { dpoEmail: 'dpo.example.com' }],
      ['a dpoEmail without domain', { dpoEmail: 'dpo@' }],
      ['a dpoEmail with two @', { dpoEmail: 'a@b@example.com' }],
      ['a 300-character dpoEmail', { dpoEmail: `${'d'.repeat(290)}@example.com` }],
      ['a missing slug', { slug: undefined }],
      ['a null name', { name: null }],
    ];
    it.each(bad)('refuses %s with BAD_USER_INPUT and writes nothing', async (_what, change) => {
      const before = await snapshot();
      const r = await s.gql(CREATE_TENANT, { i: { ...good, ...change } }, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.data).toBeNull();
      expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at Object\.|node_modules/);
      expect(await snapshot()).toEqual(before);
    });

    it('is for operators only', async () => {
      const input = { i: { ...good, slug: 'not-allowed' } };
      for (const u of [ownerA, adminA, viewerA])
        expect(codeOf(await s.gql(CREATE_TENANT, input, u.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(CREATE_TENANT, input))).toBe('UNAUTHENTICATED');
      expect(
        Number(
          (await s.services.db.query(`SELECT COUNT(*) AS n FROM tenants WHERE slug = 'not-allowed'`))[0].n,
        ),
      ).toBe(0);
    });
  });

  describe('tenants and tenant(id)', () => {
    it('lists every tenant for an operator', async () => {
      const r = await s.gql('{ tenants { id } }', {}, op);
      const ids = r.data.tenants.map((t: { id: string }) => t.id);
      expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    });

    it('refuses the list to tenant users and anonymous callers', async () => {
      expect(codeOf(await s.gql('{ tenants { id } }', {}, ownerA.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql('{ tenants { id } }'))).toBe('UNAUTHENTICATED');
    });

    it('shows a tenant user its own tenant and answers null for any other id', async () => {
      expect((await s.gql(TENANT, { id: a.id }, viewerA.token)).data.tenant).toEqual({
        id: a.id,
        slug: a.slug,
      });
      const other = await s.gql(TENANT, { id: b.id }, viewerA.token);
      expect(other.errors).toBeUndefined();
      expect(other.data.tenant).toBeNull();
      // The same answer as for an id that does not exist at all.
      expect(
        (await s.gql(TENANT, { id: '00000000-0000-4000-8000-000000000000' }, viewerA.token)).data.tenant,
      ).toBeNull();
      expect((await s.gql(TENANT, { id: b.id }, op)).data.tenant.id).toBe(b.id);
    });
  });

  describe('createTenantUser', () => {
    const input = (tenantId: string, extra: Record<string, unknown> = {}) => ({
      i: {
        tenantId,
        email: `new-${Math.random().toString(36).slice(2)}@example.com`,
        password: 'a-long-password',
        role: 'ADMIN',
        ...extra,
      },
    });

    it('lets an OWNER add a user to its own tenant, stored lower-cased, and logs it without the address', async () => {
      const before = await count('processing_log');
      const r = await s.gql(
        CREATE_USER,
        {
          i: {
            tenantId: a.id,
            email: '  New.Person@Example.COM ',
            password: 'a-long-password',
            role: 'VIEWER',
          },
        },
        ownerA.token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.createTenantUser).toMatchObject({
        email: 'new.person@example.com',
        role: 'VIEWER',
        tenant: { id: a.id },
      });
      const rows = await s.services.db.query('SELECT * FROM processing_log WHERE seq > ? ORDER BY seq', [
        before,
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        tenant_id: a.id,
        purpose: 'ORDER_PROCESSING',
        action: 'tenantUser.create',
        actor_type: 'TENANT_USER',
        actor_id: ownerA.id,
      });
      expect(rows[0].description).not.toMatch(/@|new\.person/i);
      // and the new user can sign in, with any case of the address
      await expect(s.login('NEW.PERSON@example.com', 'a-long-password', a.slug)).resolves.toEqual(
        expect.any(String),
      );
    });

    it('answers NOT_FOUND to an OWNER naming another tenant, and creates nothing', async () => {
      const before = await snapshot();
      const r = await s.gql(CREATE_USER, input(b.id), ownerA.token);
      expect(codeOf(r)).toBe('NOT_FOUND');
      // the same answer as for a tenant that does not exist
      expect(
        codeOf(await s.gql(CREATE_USER, input('00000000-0000-4000-8000-000000000000'), ownerA.token)),
      ).toBe('NOT_FOUND');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses ADMIN and VIEWER with FORBIDDEN and anonymous callers with UNAUTHENTICATED', async () => {
      const before = await snapshot();
      expect(codeOf(await s.gql(CREATE_USER, input(a.id), adminA.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(CREATE_USER, input(a.id), viewerA.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(CREATE_USER, input(a.id)))).toBe('UNAUTHENTICATED');
      expect(await snapshot()).toEqual(before);
    });

    it('refuses the same address twice in one tenant, whatever its case and spacing, and leaves no log entry', async () => {
      const before = await snapshot();
      const r = await s.gql(CREATE_USER, input(a.id, { email: `  ${adminA.email.toUpperCase()}  ` }), op);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(await snapshot()).toEqual(before);
    });

    it('allows the same address in two tenants', async () => {
      const r = await s.gql(CREATE_USER, input(b.id, { email: adminA.email }), op);
      expect(r.errors).toBeUndefined();
      expect(r.data.createTenantUser.email).toBe(adminA.email);
    });

    it('lets exactly one of two racing requests for one address win', async () => {
      const i = input(a.id, { email: 'racer@example.com' });
      const results = await Promise.all([s.gql(CREATE_USER, i, op), s.gql(CREATE_USER, i, op)]);
      expect(results.filter((r) => r.data?.createTenantUser).length).toBe(1);
      expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    });

    const bad: Array<[string, Record<string, unknown>]> = [
      ['an empty email', { email: '' }],
      ['a blank email', { email: '   ' }],
      ['an email without @', { email: 'person.example.com' }],
      ['an email with a space inside', { email: 'per son@example.com' }],
      ['a 10,000-character email', { email: `${'p'.repeat(10_000)}@example.com` }],
      ['an 11-character password', { password: 'x'.repeat(11) }],
      ['an empty password', { password: '' }],
      ['a 10,000-character password', { password: 'x'.repeat(10_000) }],
      ['an unknown role', { role: 'SUPERUSER' }],
      ['the OPERATOR role', { role: 'OPERATOR' }],
      ['a 10,000-character tenantId', { tenantId: 'x'.repeat(10_000) }],
      ['a missing password', { password: undefined }],
    ];
    it.each(bad)('refuses %s with BAD_USER_INPUT and writes nothing', async (_what, change) => {
      const before = await snapshot();
      const r = await s.gql(CREATE_USER, input(a.id, change), op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);
    });

    it('never echoes a password back in an error', async () => {
      const r = await s.gql(CREATE_USER, input(a.id, { password: 'short-pw' }), op);
      expect(JSON.stringify(r)).not.toContain('short-pw');
    });
  });
});
