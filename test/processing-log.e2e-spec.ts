import { DataCategory } from '../schema/common/data-category';
import { randomUUID } from 'node:crypto';
import { ActorType, ProcessingPurpose, TenantRole } from '../schema/common/enums';
import { ProcessingLogEntry } from '../schema/processing/processing-log-entry.entity';
import { entryHash, GENESIS_HASH, ProcessingRecord } from '../schema/processing/processing-log.service';
import { RequestContext } from '../tenants/request-context';
import { startTestServer, TestServer } from './support/test-server';

describe('processing-log writer', () => {
  let s: TestServer;

  const record = (overrides: Partial<ProcessingRecord> = {}): ProcessingRecord => ({
    purpose: ProcessingPurpose.SERVICE_DELIVERY,
    action: 'subscriber.create',
    subjects: 1,
    dataCategories: [DataCategory.EMAIL_ADDRESS],
    description: 'One subscriber added to a list',
    ...overrides,
  });
  const chain = () => s.services.db.read((em) => em.find(ProcessingLogEntry, { order: { seq: 'ASC' } }));
  const head = async () => {
    const [h] = await s.services.db.query<Array<{ seq: number | string; hash: string }>>(
      'SELECT seq, hash FROM processing_log_head WHERE id = 1',
    );
    return { seq: Number(h.seq), hash: h.hash };
  };
  const count = async () =>
    Number(
      (
        await s.services.db.query<Array<{ n: number | string }>>('SELECT COUNT(*) AS n FROM processing_log')
      )[0].n,
    );

  /** The whole log is one line from the genesis hash: no gap, no fork, every hash recomputes. */
  const expectIntactChain = async () => {
    const rows = await chain();
    rows.forEach((row, i) => {
      expect(row.seq).toBe(i + 1);
      expect(row.prevHash).toBe(i === 0 ? GENESIS_HASH : rows[i - 1].hash);
      const { hash, ...rest } = row;
      expect(entryHash(rest)).toBe(hash);
    });
    const h = await head();
    expect(h).toEqual(
      rows.length
        ? { seq: rows[rows.length - 1].seq, hash: rows[rows.length - 1].hash }
        : { seq: 0, hash: GENESIS_HASH },
    );
    return rows;
  };

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('forms one linear chain from 50 concurrent appends by different actors', async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const contexts = [
      RequestContext.forRequest({ kind: 'operator', id: randomUUID() }, 'req-op', '10.0.0.1', 'jest'),
      RequestContext.forRequest(
        { kind: 'tenant_user', id: randomUUID(), tenantId: tenantA, tenantRole: TenantRole.OWNER },
        'req-a',
        null,
        null,
      ),
      RequestContext.forRequest(
        { kind: 'tenant_user', id: randomUUID(), tenantId: tenantB, tenantRole: TenantRole.ADMIN },
        'req-b',
        null,
        null,
      ),
      RequestContext.system('log-test'),
      RequestContext.system('log-test').forTenant(tenantB),
      RequestContext.forRequest({ kind: 'data_subject' }, 'req-ds', null, null),
    ];
    const before = await head();
    const N = 50;
    const written = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        s.services.processingLog.append(
          contexts[i % contexts.length],
          record({
            action: `test.concurrent${i}`,
            subjects: i,
            dataCategories: [DataCategory.MESSAGE_CONTENT, DataCategory.EMAIL_ADDRESS],
            description: `Concurrent append number ${i}`,
          }),
        ),
      ),
    );

    const rows = await expectIntactChain();
    expect(rows.length).toBe(before.seq + N);
    expect(new Set(written.map((w) => w.seq)).size).toBe(N);
    expect(written.map((w) => w.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: N }, (_, i) => before.seq + i + 1),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [i, w] of written.entries()) {
      const row = byId.get(w.id)!;
      expect(row).toMatchObject({ seq: w.seq, hash: w.hash, action: `test.concurrent${i}`, subjects: i });
      // Categories are kept sorted, so the hash does not depend on the caller's order.
      expect(row.dataCategories).toEqual(['EMAIL_ADDRESS', 'MESSAGE_CONTENT']);
      const c = contexts[i % contexts.length];
      expect(row).toMatchObject({ actorType: c.actorType, actorId: c.actorId, tenantId: c.tenantId });
    }
    expect(byId.get(written[0].id)).toMatchObject({ actorType: ActorType.OPERATOR, tenantId: null });
    expect(byId.get(written[1].id)).toMatchObject({ actorType: ActorType.TENANT_USER, tenantId: tenantA });
    expect(byId.get(written[3].id)).toMatchObject({
      actorType: ActorType.SYSTEM,
      actorId: 'log-test',
      tenantId: null,
    });
    expect(byId.get(written[4].id)).toMatchObject({ actorType: ActorType.SYSTEM, tenantId: tenantB });
    expect(byId.get(written[5].id)).toMatchObject({ actorType: ActorType.DATA_SUBJECT, actorId: null });
  });

  it("records the tenant a record names over the context's, and null for platform-own processing", async () => {
    const tenant = randomUUID();
    const other = randomUUID();
    const ctx = RequestContext.system('log-test').forTenant(tenant);
    const own = await s.services.processingLog.append(
      ctx,
      record({ tenantId: null, action: 'platform.own' }),
    );
    const named = await s.services.processingLog.append(
      ctx,
      record({ tenantId: other, action: 'tenant.named' }),
    );
    const rows = await expectIntactChain();
    expect(rows.find((r) => r.id === own.id)!.tenantId).toBeNull();
    expect(rows.find((r) => r.id === named.id)!.tenantId).toBe(other);
  });

  it('leaves no entry and does not advance the head when the surrounding transaction rolls back', async () => {
    const ctx = RequestContext.system('log-test');
    const before = await head();
    const rowsBefore = await count();
    let inside: ProcessingLogEntry | null = null;
    await expect(
      s.services.db.transaction(async () => {
        inside = await s.services.processingLog.append(
          ctx,
          record({ action: 'test.rolledBack', description: 'Rolled back operation' }),
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(inside!.seq).toBe(before.seq + 1);
    expect(await head()).toEqual(before);
    expect(await count()).toBe(rowsBefore);
    expect((await chain()).some((r) => r.action === 'test.rolledBack')).toBe(false);

    // The next append takes the seq the rolled-back one had, linked to the old head.
    const next = await s.services.processingLog.append(ctx, record({ action: 'test.afterRollback' }));
    expect(next).toMatchObject({ seq: before.seq + 1, prevHash: before.hash });
    expect(next.hash).not.toBe(inside!.hash);
    await expectIntactChain();
  });

  it('commits an entry together with the operation it records', async () => {
    const ctx = RequestContext.system('log-test');
    const before = await head();
    const entry = await s.services.db.transaction(async () => {
      const e = await s.services.processingLog.append(ctx, record({ action: 'test.firstOfTwo' }));
      await s.services.processingLog.append(ctx, record({ action: 'test.secondOfTwo' }));
      return e;
    });
    expect(entry.seq).toBe(before.seq + 1);
    expect((await head()).seq).toBe(before.seq + 2);
    await expectIntactChain();
  });

  describe('refuses, writing nothing,', () => {
    const refused: Array<[string, Partial<ProcessingRecord>, RegExp]> = [
      [
        'an email address in the description',
        { description: 'Welcome mail sent to jane.doe@example.com' },
        /email address or IP address/,
      ],
      [
        'an email address in angle brackets',
        { description: 'Bounce from <Max.Mustermann+news@mail.example.de>' },
        /email address or IP address/,
      ],
      [
        'an address without a dotted domain',
        { description: 'Test mail to root@localhost' },
        /email address or IP address/,
      ],
      [
        'a missing description',
        { description: undefined as unknown as string },
        /description must be 1-1000 characters/,
      ],
      [
        'an IPv4 address',
        { description: 'Subscribed from 192.168.10.4 via the form' },
        /email address or IP address/,
      ],
      [
        'a full IPv6 address',
        { description: 'Request from 2001:0db8:85a3:0000:0000:8a2e:0370:7334' },
        /email address or IP address/,
      ],
      [
        'a compressed IPv6 address',
        { description: 'Request from 2001:db8::8a2e:370:7334 was verified' },
        /email address or IP address/,
      ],
      ['the IPv6 loopback', { description: 'Imported by a script on ::1' }, /email address or IP address/],
      [
        'an IPv4-mapped IPv6 address',
        { description: 'Client ::ffff:203.0.113.9 unsubscribed' },
        /email address or IP address/,
      ],
      [
        'a link-local IPv6 address',
        { description: 'Seen at fe80::1ff:fe23:4567:890a.' },
        /email address or IP address/,
      ],
      ['a missing purpose', { purpose: undefined as unknown as ProcessingPurpose }, /purpose required/],
      ['an unknown purpose', { purpose: 'MARKETING' as ProcessingPurpose }, /purpose required/],
      ['an action that is not a dotted verb', { action: 'Create subscriber' }, /dotted verb/],
      ['a negative subject count', { subjects: -1 }, /subjects must be a count/],
      ['a fractional subject count', { subjects: 1.5 }, /subjects must be a count/],
      ['an empty description', { description: '   ' }, /description must be 1-1000 characters/],
      ['an overlong description', { description: 'x'.repeat(1001) }, /description must be 1-1000 characters/],
    ];
    it.each(refused)('%s', async (_what, overrides, message) => {
      const before = await head();
      const rows = await count();
      await expect(
        s.services.processingLog.append(RequestContext.system('log-test'), record(overrides)),
      ).rejects.toThrow(message);
      expect(await head()).toEqual(before);
      expect(await count()).toBe(rows);
    });
  });

  it('accepts descriptions with times, versions and counts that only look a little like addresses', async () => {
    const ctx = RequestContext.system('log-test');
    for (const description of [
      'Export finished at 12:30:45 for 3 lists',
      'Schema version 1.2.3 applied',
      'Handled by std::vector based importer',
      'Ratio 10:1 of confirmed to pending subscribers',
    ]) {
      await expect(s.services.processingLog.append(ctx, record({ description }))).resolves.toMatchObject({
        description,
      });
    }
    await expectIntactChain();
  });
});
