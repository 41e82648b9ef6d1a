import { MailingList } from '../schema/lists/mailing-list.entity';
import { Tenant } from '../schema/tenants/tenant.entity';
import { WebLogSalt } from '../schema/web-log/web-log-salt.entity';
import { isUniqueViolation, uniqueIndex } from '../schema/common/errors';
import { createTenant, createUser } from './support/fixtures';
import { codeOf, startTestServer, TestServer } from './support/test-server';

/** A duplicate key is a harmless race only on the one index that means it; everything else propagates. */
describe('unique violations are told apart by index', () => {
  let s: TestServer;
  const LIST_NAME = uniqueIndex(MailingList, 'ux_mailing_lists_tenant_name');
  const SLUG = uniqueIndex(Tenant, 'ux_tenants_slug');
  const SALT_DAY = uniqueIndex(WebLogSalt, 'PRIMARY');

  beforeAll(async () => {
    s = await startTestServer({ workers: 0 });
    await createUser(s, await createTenant(s), 'ADMIN');
  });
  afterAll(() => s.close());

  /** The error the engine itself raises for `sql`, run twice. */
  const duplicate = async (sql: string, params: unknown[]): Promise<unknown> => {
    await s.services.db.transaction((em) => em.query(sql, params));
    return s.services.db
      .transaction((em) => em.query(sql, params))
      .then(
        () => {
          throw new Error('expected a duplicate');
        },
        (err: unknown) => err,
      );
  };

  it("recognises the engine's own error for the index named, and only for it", async () => {
    const now = s.services.db.param(new Date());
    const list = await duplicate(
      "INSERT INTO mailing_lists (id, tenant_id, name, title, opt_in, created_at) VALUES (?, 't-x', 'SAME-L', 'x', 'SINGLE', ?)",
      ['00000000-0000-7000-8000-0000000000a1', now],
    ).catch((e) => e);
    // The second insert above reused the id too, so make one that collides on the name alone.
    const byName = await s.services.db
      .transaction((em) =>
        em.query(
          "INSERT INTO mailing_lists (id, tenant_id, name, title, opt_in, created_at) VALUES (?, 't-x', 'SAME-L', 'x', 'SINGLE', ?)",
          ['00000000-0000-7000-8000-0000000000a2', now],
        ),
      )
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(byName).not.toBeNull();
    expect(isUniqueViolation(byName, LIST_NAME)).toBe(true);
    expect(isUniqueViolation(byName, SLUG)).toBe(false);
    expect(isUniqueViolation(list, SLUG)).toBe(false);

    const salt = await duplicate('INSERT INTO web_log_salts (day, salt, created_at) VALUES (?, ?, ?)', [
      '2001-01-01',
      'x',
      now,
    ]);
    expect(isUniqueViolation(salt, SALT_DAY)).toBe(true);
    expect(isUniqueViolation(salt, LIST_NAME)).toBe(false);
    expect(isUniqueViolation(new Error('Duplicate entry'), LIST_NAME)).toBe(false);
  });

  it('does not answer "already exists" when the duplicate is elsewhere (a processing-log seq), and writes nothing', async () => {
    const [head] = await s.services.db.query<Array<{ seq: number | string }>>(
      'SELECT seq FROM processing_log_head WHERE id = 1',
    );
    const planted = '00000000-0000-7000-8000-00000000feed';
    await s.services.db.transaction((em) =>
      em.query(
        `INSERT INTO processing_log (id, seq, at, actor_type, purpose, action, subjects, data_categories, description, prev_hash, hash)
         VALUES (?, ?, ?, 'SYSTEM', 'SERVICE_DELIVERY', 'x.y', 0, '[]', 'planted', 'p', 'h')`,
        [planted, Number(head.seq) + 1, s.services.db.param(new Date())],
      ),
    );
    const create = async () =>
      s.gql(
        'mutation($i: CreateTenantInput!) { createTenant(input: $i) { id } }',
        { i: { slug: 'race-tenant', name: 'Race', service: 'LISTPLEX', dpoEmail: 'dpo@race.example' } },
        await s.operatorToken(),
      );
    try {
      const r = await create();
      expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
      expect(r.errors?.[0].message).not.toMatch(/already exists/);
      const [{ n }] = await s.services.db.query<Array<{ n: number | string }>>(
        "SELECT COUNT(*) AS n FROM tenants WHERE slug = 'race-tenant'",
      );
      expect(Number(n)).toBe(0);
    } finally {
      await s.services.db.transaction((em) => em.query('DELETE FROM processing_log WHERE id = ?', [planted]));
    }
    expect((await create()).errors).toBeUndefined();
  });
});
