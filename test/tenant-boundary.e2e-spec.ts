import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { parseDatabaseUrl } from '../server/config';
import { Database, openDatabase, tenantOwnedTables } from '../server/database';
import { ListDailyCount } from '../schema/subscribers/list-daily-count.entity';
import { Subscriber } from '../schema/subscribers/subscriber.entity';
import { Suppression } from '../schema/subscribers/suppression.entity';
import { RequestContext } from '../tenants/request-context';
import { TenantBoundaryError, TenantGuard } from '../tenants/tenant-guard';
import { freshDatabase, TestDatabase } from './support/test-db';

/**
 * The two doors to tenant data (db.forTenant(ctx), db.crossTenant(reason)) and the guard that
 * proves nothing walks around them. The guard here exempts nothing (not even this file), so every
 * statement below is judged as production code would be. In every other test the guard throws
 * on production code that touches a tenant-owned table outside the doors.
 */
describe('tenant boundary', () => {
  let tdb: TestDatabase;
  let db: Database;
  const A = randomUUID();
  const B = randomUUID();
  const ctxA = RequestContext.system('boundary-test').forTenant(A);
  const ctxB = RequestContext.system('boundary-test').forTenant(B);

  beforeAll(async () => {
    tdb = freshDatabase();
    db = await openDatabase(parseDatabaseUrl(tdb.url), { guard: new TenantGuard('throw', null, null) });
  });
  afterAll(async () => {
    await db.close();
    await tdb.drop();
  });

  it('guards every entity whose rows belong to one tenant, and not the platform tables', () => {
    const tables = tenantOwnedTables(db.dataSource);
    for (const t of [
      'tenant_users',
      'mailing_lists',
      'subscribers',
      'consent_records',
      'subscription_tokens',
      'suppressions',
      'list_daily_counts',
      'deliveries',
      'delivery_recipients',
      'data_subject_tasks',
      'breach_notices',
    ])
      expect(tables).toContain(t);
    for (const t of ['tenants', 'jobs', 'processing_log', 'outbound_mail', 'rate_limit_buckets'])
      expect(tables).not.toContain(t);
  });

  it('refuses a tenant-owned table outside both doors, with the line of code that did it', async () => {
    await expect(db.query('SELECT COUNT(*) AS n FROM subscribers')).rejects.toThrow(TenantBoundaryError);
    await expect(db.transaction((em) => em.find(Suppression))).rejects.toThrow(
      /suppressions touched outside db\.forTenant\(ctx\) and db\.crossTenant\(reason\), at test\/tenant-boundary/,
    );
    await expect(db.rows('SELECT id FROM mailing_lists')).rejects.toThrow(TenantBoundaryError);
    // A platform table is not a tenant's data.
    await expect(db.query('SELECT COUNT(*) AS n FROM tenants')).resolves.toEqual([expect.anything()]);
  });

  it("inside a tenant's door, every statement binds that tenant's id", async () => {
    const scope = db.forTenant(ctxA);
    await expect(
      scope.query('SELECT COUNT(*) AS n FROM subscribers WHERE tenant_id = ?', [A]),
    ).resolves.toHaveLength(1);
    await expect(
      scope.query('SELECT COUNT(*) AS n FROM subscribers WHERE tenant_id = ?', [B]),
    ).rejects.toThrow(/without a tenant_id condition bound to it/);
    await expect(scope.query('SELECT COUNT(*) AS n FROM subscribers')).rejects.toThrow(TenantBoundaryError);
    await expect(scope.transaction((em) => em.find(Subscriber))).rejects.toThrow(TenantBoundaryError);
    await expect(scope.transaction((em) => em.find(Subscriber, { where: { tenantId: A } }))).resolves.toEqual(
      [],
    );
  });

  it('the door holds across awaits, nests, and ends with its callback', async () => {
    await db.crossTenant('outer').run(async () => {
      await new Promise((r) => setTimeout(r, 5));
      await expect(db.query('SELECT COUNT(*) AS n FROM subscribers')).resolves.toHaveLength(1);
      // A tenant's door inside a cross-tenant one narrows it.
      await expect(db.forTenant(ctxA).query('SELECT COUNT(*) AS n FROM subscribers')).rejects.toThrow(
        TenantBoundaryError,
      );
      await expect(db.query('SELECT COUNT(*) AS n FROM subscribers')).resolves.toHaveLength(1);
    });
    await expect(db.query('SELECT COUNT(*) AS n FROM subscribers')).rejects.toThrow(TenantBoundaryError);
  });

  it('a failed guard check inside a transaction rolls the whole transaction back', async () => {
    const scope = db.forTenant(ctxA);
    const hash = randomUUID().replace(/-/g, '');
    await expect(
      scope.transaction(async (em) => {
        await scope.repo(Suppression).insert({ addressHash: hash, createdAt: new Date() });
        await em.query('DELETE FROM suppressions WHERE address_hash = ?', [hash]);
      }),
    ).rejects.toThrow(TenantBoundaryError);
    expect(await scope.repo(Suppression).count({ addressHash: hash })).toBe(0);
  });

  it('the repository stamps bulk inserts, upserts counters and deletes in batches within its tenant', async () => {
    const repoA = db.forTenant(ctxA).repo(ListDailyCount);
    const repoB = db.forTenant(ctxB).repo(ListDailyCount);
    const list = randomUUID();
    const days = Array.from({ length: 12 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
    await repoA.bulkInsert(
      ['listId', 'day', 'requested'],
      days.map((d) => [list, d, 1]),
      5,
    );
    await repoB.bulkInsert(['listId', 'day', 'requested'], [[list, days[0], 7]]);
    expect(await repoA.count()).toBe(12);

    await repoA.increment({ listId: list, day: days[0] }, { requested: 2, confirmed: 1 });
    await repoA.increment({ listId: list, day: '2026-02-01' }, { confirmed: 3 });
    const first = await repoA.findOne({ listId: list, day: days[0] });
    expect([first?.requested, first?.confirmed]).toEqual([3, 1]);
    expect((await repoA.findOne({ listId: list, day: '2026-02-01' }))?.confirmed).toBe(3);
    expect((await repoB.findOne({ listId: list, day: days[0] }))?.requested).toBe(7);

    await expect(repoA.bulkInsert(['tenantId', 'listId'], [[B, list]])).rejects.toThrow(/stamps tenantId/);

    expect(await repoA.deleteInBatches({ listId: list }, 5)).toBe(13);
    expect(await repoA.count()).toBe(0);
    expect(await repoB.count()).toBe(1);
  });

  it("a tenant user cannot open another tenant's door", () => {
    expect(() => db.forTenant(RequestContext.system('no-tenant'))).toThrow();
  });
});
