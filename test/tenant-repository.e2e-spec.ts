import { MailingList } from '../schema/lists/mailing-list.entity';
import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { startTestServer, TestServer } from './support/test-server';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';

/** The scoped query builder: the caller's conditions can narrow the tenant's rows, never widen them. */
describe('tenant-scoped query builder', () => {
  let s: TestServer;
  let a: TenantFixture;
  let b: TenantFixture;
  let adminA: UserFixture;
  let adminB: UserFixture;
  const listsOf: Record<string, string[]> = {};

  const repoFor = (tenant: TenantFixture) =>
    s.services.db
      .forTenant(RequestContext.system('tenant-repository-test').forTenant(tenant.id))
      .repo(MailingList, 'MailingList');

  beforeAll(async () => {
    s = await startTestServer();
    a = await createTenant(s);
    b = await createTenant(s);
    adminA = await createUser(s, a, 'ADMIN');
    adminB = await createUser(s, b, 'ADMIN');
    for (const [u, names] of [
      [adminA, ['A-ONE', 'A-TWO']],
      [adminB, ['B-ONE', 'B-TWO', 'B-THREE']],
    ] as const) {
      listsOf[u.tenant.id] = [];
      for (const name of names) {
        const r = await s.gql(CREATE_LIST, { i: { name, title: name, optIn: 'SINGLE' } }, u.token);
        listsOf[u.tenant.id].push(r.data.createList.id);
      }
    }
  });
  afterAll(() => s.close());

  const names = (rows: MailingList[]) => rows.map((r) => r.name).sort();

  it('keeps the tenant condition when the caller uses where(), which replaces conditions in TypeORM', async () => {
    const rows = await repoFor(a).query('l', (qb) => qb.where('1 = 1').getMany());
    expect(names(rows)).toEqual(['A-ONE', 'A-TWO']);
  });

  it('keeps it when the caller widens with orWhere()', async () => {
    const rows = await repoFor(a).query('l', (qb) =>
      qb.where('l.name = :n', { n: 'A-ONE' }).orWhere('l.name LIKE :b', { b: 'B-%' }).getMany(),
    );
    expect(names(rows)).toEqual(['A-ONE']);
    const byId = await repoFor(a).query('l', (qb) =>
      qb.orWhere('l.id IN (:...ids)', { ids: listsOf[b.id] }).getMany(),
    );
    expect(byId).toEqual([]);
  });

  it('keeps it in counts and paged results, which TypeORM runs on clones', async () => {
    const [rows, total] = await repoFor(b).query('l', (qb) =>
      qb.where('1 = 1').orWhere('1 = 1').orderBy('l.name').take(2).getManyAndCount(),
    );
    expect(total).toBe(3);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.tenantId === b.id)).toBe(true);
    expect(await repoFor(a).query('l', (qb) => qb.orWhere('1 = 1').getCount())).toBe(2);
  });

  it('forces an index on MySQL and MariaDB (clones too), keeping the tenant condition; SQLite gets no hint', async () => {
    const sql = await repoFor(a).query('l', async (qb) => {
      const forced = qb.forceIndex('ux_mailing_lists_tenant_name').where("l.name LIKE 'A-%'");
      return [forced.getQuery(), forced.clone().getQuery()];
    });
    for (const q of sql) {
      expect(q).toContain('__scopeTenantId');
      if (s.services.db.dialect === 'mysql') {
        expect(q).toContain('FORCE INDEX (`ux_mailing_lists_tenant_name`)');
        expect(q).not.toContain('USE INDEX');
      } else expect(q).not.toMatch(/INDEX/);
    }
    const rows = await repoFor(a).query('l', (qb) =>
      qb.forceIndex('ux_mailing_lists_tenant_name').orWhere('1 = 1').getMany(),
    );
    expect(names(rows)).toEqual(['A-ONE', 'A-TWO']);
  });

  it('does not restrict inner builders: brackets and sub-queries keep their own meaning', async () => {
    const rows = await repoFor(a).query('l', (qb) =>
      qb
        .where((sub) => {
          const inner = sub
            .subQuery()
            .select('x.id')
            .from(MailingList, 'x')
            .where('x.name IN (:...wanted)', { wanted: ['A-TWO', 'B-ONE'] })
            .getQuery();
          return `l.id IN ${inner}`;
        })
        .getMany(),
    );
    expect(names(rows)).toEqual(['A-TWO']);
  });

  it('refuses to become a write', async () => {
    await expect(repoFor(a).query('l', async (qb) => qb.delete().execute())).rejects.toThrow(/only reads/);
    await expect(
      repoFor(a).query('l', async (qb) => qb.update().set({ title: 'x' }).execute()),
    ).rejects.toThrow(/only reads/);
    const all = await s.services.db.query<Array<{ n: number }>>('SELECT COUNT(*) AS n FROM mailing_lists');
    expect(Number(all[0].n)).toBe(5);
  });
});
