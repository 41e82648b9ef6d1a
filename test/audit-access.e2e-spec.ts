import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { codeOf, startTestServer, TestServer } from './support/test-server';

const INSPECT = `query($t: ID!, $e: String!, $p: ProcessingPurpose!, $j: String!) {
  inspectSubscribers(tenantId: $t, email: $e, purpose: $p, justification: $j) { id email name country format trackingConsent status requestedAt confirmedAt }
}`;
const RECORD = `query($t: ID!) {
  recordOfProcessing(tenantId: $t) {
    tenant { id name slug dpoEmail }
    processor processorContact
    purposes { purpose entries subjects }
    activities { action purpose entries subjects }
    dataCategories transfers securityMeasures firstEntryAt generatedAt
  }
}`;
const LOG =
  'query($f: ProcessingLogFilter, $n: Int = 500) { processingLog(filter: $f, first: $n) { nodes { seq tenantId actorType actorId purpose action subjects description } } }';
const GOOD = 'Support ticket 4711: the customer reports duplicate confirmation mails for this address';

describe('purpose-bound access and the record of processing', () => {
  let s: TestServer;
  let a: TenantFixture;
  let b: TenantFixture;
  let adminA: UserFixture;
  let viewerA: UserFixture;
  let adminB: UserFixture;
  let op: string;
  let opId: string;
  const person = 'Inspected.Person@Example.org';

  const inspect = (vars: Partial<{ t: string; e: string; p: string; j: string }>, token = op) =>
    s.gql(INSPECT, { t: a.id, e: person, p: 'TECHNICAL_SUPPORT', j: GOOD, ...vars }, token);
  const logCount = async () =>
    Number((await s.services.db.query('SELECT COUNT(*) AS n FROM processing_log'))[0].n);

  beforeAll(async () => {
    s = await startTestServer({
      env: {
        PROCESSOR_NAME: 'Example Hosting GmbH',
        PROCESSOR_CONTACT: 'privacy@hosting.example',
        DATA_TRANSFERS:
          'Backups to Example Cloud Inc., USA (standard contractual clauses); Support desk in Canada (adequacy decision)',
      },
    });
    op = await s.operatorToken();
    opId = (await s.gql('{ me { id } }', {}, op)).data.me.id;
    [a, b] = await Promise.all([
      createTenant(s, { name: 'Access Alpha' }),
      createTenant(s, { name: 'Access Beta' }),
    ]);
    [adminA, viewerA, adminB] = await Promise.all([
      createUser(s, a, 'ADMIN'),
      createUser(s, a, 'VIEWER'),
      createUser(s, b, 'ADMIN'),
    ]);
    const mk = async (admin: UserFixture, name: string, optIn: string) =>
      (
        await s.gql(
          'mutation($i: CreateListInput!) { createList(input: $i) { id } }',
          { i: { name, title: name, optIn } },
          admin.token,
        )
      ).data.createList.id as string;
    const [l1, l2, lb] = [
      await mk(adminA, 'ACC-ONE', 'SINGLE'),
      await mk(adminA, 'ACC-TWO', 'DOUBLE'),
      await mk(adminB, 'ACC-B', 'SINGLE'),
    ];
    const add = (admin: UserFixture, list: string, input: Record<string, unknown>) =>
      s.gql(
        'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }',
        { l: list, i: input },
        admin.token,
      );
    await add(adminA, l1, {
      email: 'inspected.person@example.org',
      name: 'Ida Inspected',
      country: 'DE',
      format: 'HTML',
      trackingConsent: true,
    });
    await add(adminA, l2, { email: 'INSPECTED.PERSON@example.org' });
    await add(adminA, l1, { email: 'someone.else@example.org' });
    await add(adminB, lb, { email: 'inspected.person@example.org', name: 'Same address, other controller' });
  });
  afterAll(() => s?.close());

  describe('inspectSubscribers', () => {
    it("shows an operator one address's subscriptions in one tenant, compared case-insensitively after trimming, and logs it there", async () => {
      const before = await logCount();
      const r = await inspect({ e: `  ${person.toUpperCase()}  `, j: `  ${GOOD}  ` });
      expect(r.errors).toBeUndefined();
      const found = r.data.inspectSubscribers as Array<Record<string, unknown>>;
      expect(found).toHaveLength(2);
      expect(found.every((x) => x.email === 'inspected.person@example.org')).toBe(true);
      expect(found[0]).toMatchObject({
        name: 'Ida Inspected',
        country: 'DE',
        format: 'HTML',
        trackingConsent: true,
        status: 'CONFIRMED',
      });
      expect(found.map((x) => x.status).sort()).toEqual(['CONFIRMED', 'PENDING']);
      expect(await logCount()).toBe(before + 1);
      // The controller sees the operator's access in its own log, with the purpose and the justification.
      const logged = await s.gql(LOG, { f: { action: 'subscriber.inspect' } }, viewerA.token);
      expect(logged.errors).toBeUndefined();
      const entries = logged.data.processingLog.nodes;
      const entry = entries[entries.length - 1];
      expect(entry).toMatchObject({
        tenantId: a.id,
        actorType: 'OPERATOR',
        actorId: opId,
        purpose: 'TECHNICAL_SUPPORT',
        subjects: 1,
      });
      expect(entry.description).toContain(GOOD);
      expect(entry.description).not.toMatch(/@/);
      // ... and the other controller does not.
      const other = (await s.gql(LOG, { f: { action: 'subscriber.inspect' } }, adminB.token)).data
        .processingLog.nodes;
      expect(other).toEqual([]);
    });

    it('logs a look-up that finds nothing too', async () => {
      const before = await logCount();
      const r = await inspect({ e: 'nobody.here@example.org', p: 'SECURITY' });
      expect(r.data.inspectSubscribers).toEqual([]);
      expect(await logCount()).toBe(before + 1);
      const [last] = (await s.services.db.query(
        'SELECT action, purpose, subjects, subject_ref FROM processing_log ORDER BY seq DESC LIMIT 1',
      )) as any[];
      expect(last).toMatchObject({ action: 'subscriber.inspect', purpose: 'SECURITY', subjects: 0 });
      expect(last.subject_ref).toMatch(/^[0-9a-f]{64}$/);
    });

    it("another tenant's subscribers are reached only by naming that tenant, and an unknown tenant is NOT_FOUND", async () => {
      const inB = await inspect({ t: b.id });
      expect(inB.data.inspectSubscribers).toHaveLength(1);
      expect(inB.data.inspectSubscribers[0].name).toBe('Same address, other controller');
      expect(codeOf(await inspect({ t: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
      expect(codeOf(await inspect({ t: 'not-an-id' }))).toBe('NOT_FOUND');
    });

    it('is for operators only: tenant users, anonymous and forged callers are refused and nothing is logged', async () => {
      const before = await logCount();
      expect(codeOf(await inspect({}, adminA.token))).toBe('FORBIDDEN');
      expect(codeOf(await inspect({ t: b.id }, adminA.token))).toBe('FORBIDDEN');
      expect(codeOf(await inspect({}, viewerA.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(INSPECT, { t: a.id, e: person, p: 'SECURITY', j: GOOD }))).toBe(
        'UNAUTHENTICATED',
      );
      expect(codeOf(await inspect({}, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZSI6Ik9QRVJBVE9SIn0.'))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await logCount()).toBe(before);
    });

    const refused: Array<[string, Partial<{ e: string; p: string; j: string }>, RegExp]> = [
      ['an empty justification', { j: '' }, /justification is required/],
      ['a justification of spaces', { j: '     \n\t   ' }, /justification is required/],
      ['"x"', { j: 'x' }, /too short/],
      ['"test"', { j: 'test' }, /too short/],
      ['"n/a"', { j: 'n/a' }, /too short/],
      ['"asdf"', { j: 'asdf' }, /too short/],
      ['filler words only', { j: 'test test test test test test' }, /does not say why/],
      ['a long token', { j: 'n/a n/a n/a n/a n/a n/a n/a n/a' }, /does not say why/],
      ['keyboard mash', { j: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }, /does not say why/],
      ['two words only', { j: 'investigating complaints.......' }, /does not say why/],
      ['digits and symbols', { j: '1234567890 !!!! ???? 1234' }, /does not say why/],
      [
        'an email address in it',
        { j: 'Ticket 12: asked by jane.doe@example.com about her data' },
        /email address or IP/,
      ],
      [
        'an IP address in it',
        { j: 'Attack from 203.0.113.7 against the sign-up form, ticket 99' },
        /email address or IP/,
      ],
      ['an oversized justification', { j: 'Support ticket about bounces. '.repeat(40) }, /at most 500/],
      ['a purpose that has nothing to do with subscribers', { p: 'INVOICING' }, /purpose INVOICING/],
      ['an unknown purpose', { p: 'MARKETING' }, /ProcessingPurpose/],
      ['an invalid address', { e: 'not-an-address' }, /email is not a valid email address/],
      ['an empty address', { e: '   ' }, /email is required/],
      ['an oversized address', { e: `${'a'.repeat(300)}@example.org` }, /email/],
    ];
    it.each(refused)('refuses %s with BAD_USER_INPUT and logs nothing', async (_what, vars, message) => {
      const before = await logCount();
      const r = await inspect(vars);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(message);
      expect(r.data).toBeNull();
      expect(await logCount()).toBe(before);
    });
  });

  describe('recordOfProcessing', () => {
    it('gives an operator the Art. 30(2) record of any tenant: controller and contact, purposes with counts, categories, transfers, measures', async () => {
      const r = await s.gql(RECORD, { t: a.id }, op);
      expect(r.errors).toBeUndefined();
      const rec = r.data.recordOfProcessing;
      expect(rec.tenant).toEqual({ id: a.id, name: 'Access Alpha', slug: a.slug, dpoEmail: a.dpoEmail });
      expect(rec.processor).toBe('Example Hosting GmbH');
      expect(rec.processorContact).toBe('privacy@hosting.example');
      // Counts are the log's, grouped for this tenant only.
      const rows = (await s.services.db.query(
        'SELECT purpose, COUNT(*) AS n, SUM(subjects) AS subj FROM processing_log WHERE tenant_id = ? GROUP BY purpose',
        [a.id],
      )) as any[];
      const expected = Object.fromEntries(
        rows.map((x) => [x.purpose, { entries: Number(x.n), subjects: Number(x.subj) }]),
      );
      expect(
        Object.fromEntries(
          rec.purposes.map((p: any) => [p.purpose, { entries: p.entries, subjects: p.subjects }]),
        ),
      ).toEqual(expected);
      expect(rec.purposes.find((p: any) => p.purpose === 'SERVICE_DELIVERY').entries).toBe(3);
      expect(rec.activities).toContainEqual({
        action: 'subscriber.create',
        purpose: 'SERVICE_DELIVERY',
        entries: 3,
        subjects: 3,
      });
      expect(rec.activities).toContainEqual({
        action: 'tenant.create',
        purpose: 'ORDER_PROCESSING',
        entries: 1,
        subjects: 1,
      });
      expect(rec.dataCategories).toEqual(
        expect.arrayContaining(['EMAIL_ADDRESS', 'NAME', 'COUNTRY', 'CONSENT_RECORD']),
      );
      expect(rec.transfers).toEqual([
        'Backups to Example Cloud Inc., USA (standard contractual clauses)',
        'Support desk in Canada (adequacy decision)',
      ]);
      expect(rec.securityMeasures.length).toBeGreaterThanOrEqual(8);
      expect(rec.securityMeasures.join(' ')).toMatch(/hash-chained/);
      expect(rec.securityMeasures.join(' ')).toMatch(/Ed25519/);
      expect(new Date(rec.firstEntryAt).getTime()).toBeLessThanOrEqual(new Date(rec.generatedAt).getTime());
    });

    it("gives a tenant's users (any role) their own record, and another tenant's as NOT_FOUND", async () => {
      for (const user of [adminA, viewerA]) {
        const r = await s.gql(RECORD, { t: a.id }, user.token);
        expect(r.data.recordOfProcessing.tenant.id).toBe(a.id);
      }
      for (const t of [b.id, '00000000-0000-4000-8000-000000000000', 'garbage', '']) {
        const r = await s.gql(RECORD, { t }, adminA.token);
        expect([t, codeOf(r)]).toEqual([t, 'NOT_FOUND']);
      }
      expect(codeOf(await s.gql(RECORD, { t: '00000000-0000-4000-8000-000000000000' }, op))).toBe(
        'NOT_FOUND',
      );
      expect(codeOf(await s.gql(RECORD, { t: a.id }))).toBe('UNAUTHENTICATED');
    });

    it('lists no transfers unless some are configured', async () => {
      const plain = await startTestServer();
      try {
        const t = await createTenant(plain);
        const rec = (await plain.gql(RECORD, { t: t.id }, await plain.operatorToken())).data
          .recordOfProcessing;
        expect(rec.transfers).toEqual([]);
        expect(rec.purposes).toEqual([{ purpose: 'ORDER_PROCESSING', entries: 1, subjects: 1 }]);
      } finally {
        await plain.close();
      }
    });

    it('downloads as a Markdown document for the operator and the tenant, and not for others', async () => {
      const get = (id: string, token?: string) =>
        fetch(`${s.base}/audit/record-of-processing/${id}`, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
      for (const token of [op, viewerA.token]) {
        const res = await get(a.id, token);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
        expect(res.headers.get('content-disposition')).toContain(`record-of-processing-${a.slug}-`);
        const doc = await res.text();
        expect(doc).toMatch(/^# Record of processing activities/);
        for (const heading of [
          '(a) Processor and controller',
          '(b) Categories of processing',
          '(c) Transfers',
          '(d) Technical and organisational security measures',
        ]) {
          expect(doc).toContain(heading);
        }
        expect(doc).toContain('Access Alpha');
        expect(doc).toContain(a.dpoEmail);
        expect(doc).toMatch(/\| SERVICE_DELIVERY \| 3 \| 3 \|/);
        expect(doc).toContain('Backups to Example Cloud Inc., USA');
        expect(doc).not.toContain('inspected.person');
      }
      expect((await get(a.id, adminB.token)).status).toBe(404);
      expect((await get(a.id)).status).toBe(401);
      expect((await get('00000000-0000-4000-8000-000000000000', op)).status).toBe(404);
    });
  });

  it('no processing-log entry names an email address or IP address, justifications included', async () => {
    const rows = await s.services.db.query<Array<{ description: string; action: string }>>(
      'SELECT description, action FROM processing_log',
    );
    expect(rows.some((r) => r.action === 'subscriber.inspect')).toBe(true);
    for (const { description } of rows) {
      expect(description).not.toMatch(/@/);
      expect(description).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/);
    }
  });
});
