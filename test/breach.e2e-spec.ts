import { SCAN_SHARE } from '../schema/breaches/breach-plan';
import { MAX_LEAKED_ADDRESSES } from '../schema/breaches/breach-report';
import { Dataset, generate, truth } from './support/breach-data';
import { createUser, UserFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const HOUR = 3_600_000;
/** an email scope of fewer than 100 addresses is a look-up and must say why (breach-justification.e2e-spec) */
const WHY = 'Incident 2026-07: leak list found on a paste site, finding the affected controllers';
const DAY = 24 * HOUR;

const INCIDENT = `id title status discoveredAt controllerDeadline reportedAt occurredFrom occurredTo dataCategories encrypted holdNotifications
  progress { processed total } affectedControllers affectedSubjects affectedRecords riskLevel noticesSent noticesAcknowledged
  analysisStartedAt analyzedAt notifiedAt platformDelayHours controllerHoursLeft
  scope { allTenants tenantIds listIds leakedAddresses }
  impacts { noticeId tenant { id name dpoEmail } affectedSubjects affectedRecords affectedLists euEeaSubjects unknownCountrySubjects deletedRecordsEstimate riskLevel riskReason notifiedAt platformDelayHours emailState acknowledgedAt }
  timeline { at kind tenant { id } detail }`;
const REPORT = `mutation($i: ReportBreachInput!) { reportBreach(input: $i) { ${INCIDENT} } }`;
const GET = `query($id: ID!) { breachIncident(id: $id) { ${INCIDENT} } }`;
const NOTICES = `{ breachNotices { id incidentId title nature dataCategories affectedSubjects affectedRecords affectedLists euEeaSubjects unknownCountrySubjects
  likelyConsequences measuresTaken contact riskLevel riskReason notifiedAt acknowledgedAt controllerDeadline } }`;
const ACK = 'mutation($id: ID!) { acknowledgeBreachNotice(id: $id) { id acknowledgedAt } }';

describe('breach impact analysis', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let op: string;
  let data: Dataset;

  const report = async (input: Record<string, unknown>) => {
    const r = await s.gql(
      REPORT,
      {
        i: {
          title: 'Backup bucket exposed',
          description: 'A storage bucket with a database backup was publicly readable.',
          discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
          dataCategories: ['EMAIL_ADDRESS', 'NAME'],
          encrypted: false,
          ...input,
        },
      },
      op,
    );
    if (!r.data?.reportBreach) throw new Error(`reportBreach failed: ${JSON.stringify(r.errors)}`);
    return r.data.reportBreach;
  };
  const incident = async (id: string) => (await s.gql(GET, { id }, op)).data.breachIncident;
  const analysed = async (id: string) => {
    await until(
      async () => (await incident(id)).status !== 'ANALYZING',
      `incident ${id} to be analysed`,
      30_000,
    );
    return incident(id);
  };
  const mailsTo = (address: string, id: string) =>
    smtp.messages.filter((m) => m.to.includes(address) && m.text.includes(id));

  /** Every impact matches the independently computed numbers, and no other tenant has one. */
  const expectImpacts = (inc: any, expected: ReturnType<typeof truth>) => {
    const got = new Map<string, any>(inc.impacts.map((i: any) => [i.tenant.id, i]));
    expect([...got.keys()].sort()).toEqual([...expected.perTenant.keys()].sort());
    for (const [tenantId, t] of expected.perTenant) {
      const i = got.get(tenantId);
      expect({
        tenantId,
        subjects: i.affectedSubjects,
        records: i.affectedRecords,
        lists: i.affectedLists,
        euEea: i.euEeaSubjects,
        unknown: i.unknownCountrySubjects,
      }).toEqual(t);
    }
    expect(inc.affectedSubjects).toBe(expected.platform);
    expect(inc.affectedControllers).toBe(expected.perTenant.size);
    expect(inc.affectedRecords).toBe(expected.records);
    const subjects = inc.impacts.map((i: any) => i.affectedSubjects);
    expect(subjects).toEqual([...subjects].sort((a: number, b: number) => b - a));
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PRIVACY_CONTACT: 'Platform DPO, privacy@steward.example, +49 30 1234567' },
    });
    op = await s.operatorToken();
    data = await generate(s, {
      seed: 6006,
      tenants: 56,
      listsPerTenant: 3,
      pool: 300,
      perList: [3, 14],
      spanDays: 400,
      emptyTenants: 1,
    });
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('all tenants: every count of every controller, the platform-wide subjects, and a notice mailed to each affected DPO', async () => {
    const reported = await report({ scope: { allTenants: true } });
    expect(reported.status).toBe('ANALYZING');
    expect(reported.controllerDeadline).toBe(
      new Date(new Date(reported.discoveredAt).getTime() + 72 * HOUR).toISOString(),
    );
    const inc = await analysed(reported.id);
    const expected = truth(data, { allTenants: true });
    expectImpacts(inc, expected);
    expect(inc.status).toBe('NOTIFIED');
    expect(inc.progress.processed).toBe(inc.progress.total);
    expect(inc.progress.total).toBeGreaterThanOrEqual(2);
    expect(inc.noticesSent).toBe(expected.perTenant.size);
    expect(inc.riskLevel).toBe('RISK');

    // One mail per affected controller, to its DPO, with the Art. 33(3) contents and no subscriber's address.
    await until(
      async () =>
        data.tenants
          .filter((t) => expected.perTenant.has(t.id))
          .every((t) => mailsTo(t.dpoEmail, inc.id).length === 1),
      'every notice mail',
    );
    const empty = data.tenants.find((t) => !expected.perTenant.has(t.id))!;
    expect(mailsTo(empty.dpoEmail, inc.id)).toHaveLength(0);
    for (const t of data.tenants.filter((x) => expected.perTenant.has(x.id))) {
      const [mail] = mailsTo(t.dpoEmail, inc.id);
      const e = expected.perTenant.get(t.id)!;
      expect(mail.subject).toContain('Personal data breach notice');
      expect(mail.text).toContain(`${e.subjects} data subject(s)`);
      expect(mail.text).toContain(`${e.records} record(s)`);
      expect(mail.text).toContain('Platform DPO, privacy@steward.example');
      expect(mail.text).toContain('Likely consequences');
      expect(mail.text).toContain('Measures taken or proposed');
      expect(mail.text).toContain(new Date(inc.controllerDeadline).toISOString().replace(/\.\d{3}Z$/, 'Z'));
      for (const address of data.pool) expect(mail.text).not.toContain(address);
    }
    // The timeline documents the steps in order.
    const kinds = inc.timeline.map((e: any) => e.kind);
    expect(kinds.slice(0, 3)).toEqual(['DISCOVERED', 'REPORTED', 'ANALYSIS_STARTED']);
    expect(kinds.filter((k: string) => k === 'NOTICE_SENT')).toHaveLength(expected.perTenant.size);
    expect(kinds).toContain('ANALYSIS_FINISHED');
    const times = inc.timeline.map((e: any) => new Date(e.at).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const i of inc.impacts) {
      expect(i.platformDelayHours).toBeCloseTo(
        (new Date(i.notifiedAt).getTime() - new Date(inc.discoveredAt).getTime()) / HOUR,
        1,
      );
      expect(i.riskReason).toMatch(/names/);
    }
    expect(inc.platformDelayHours).toBeGreaterThanOrEqual(2);
    expect(inc.platformDelayHours + inc.controllerHoursLeft).toBeCloseTo(72, 5);
  });

  it('tenants and lists as a union, with a time window: only subscriptions that existed by occurredTo count', async () => {
    const [a, b, c] = data.tenants;
    const occurredTo = new Date(Date.now() - 120 * DAY);
    const occurredFrom = new Date(Date.now() - 200 * DAY);
    // Deletions since the window began leave anonymous counters only: they bound what cannot be counted.
    const day = (d: number) => new Date(Date.now() - d * DAY).toISOString().slice(0, 10);
    await s.services.db.query(
      'INSERT INTO list_daily_counts (tenant_id, list_id, day, requested, confirmed, unsubscribed, removed, purged) VALUES (?, ?, ?, 0, 0, 3, 1, 0), (?, ?, ?, 0, 0, 5, 0, 2), (?, ?, ?, 0, 0, 7, 0, 0)',
      [a.id, a.lists[0], day(150), a.id, a.lists[1], day(300), c.id, c.lists[2], day(10)],
    );
    const scope = { tenantIds: [a.id, b.id], listIds: [c.lists[0], c.lists[2], b.lists[1]] };
    const inc = await analysed(
      (
        await report({
          scope,
          occurredFrom: occurredFrom.toISOString(),
          occurredTo: occurredTo.toISOString(),
        })
      ).id,
    );
    const expected = truth(data, scope, occurredTo);
    expect(expected.records).toBeLessThan(truth(data, scope).records);
    expectImpacts(inc, expected);
    expect(inc.scope).toEqual({
      allTenants: false,
      tenantIds: [a.id, b.id],
      listIds: scope.listIds,
      leakedAddresses: null,
    });
    const byTenant = new Map(inc.impacts.map((i: any) => [i.tenant.id, i]));
    // a: whole tenant, the 300-day-old deletions are before the window; c: only its listed lists.
    expect((byTenant.get(a.id) as any).deletedRecordsEstimate).toBe(4);
    expect((byTenant.get(b.id) as any).deletedRecordsEstimate).toBe(0);
    expect((byTenant.get(c.id) as any).deletedRecordsEstimate).toBe(7);
  });

  it('leaked addresses alone: normalised, matched by keyed hash anywhere on the platform (address lookups)', async () => {
    const leaked = [data.pool[0], data.pool[3], data.pool[7], data.pool[11], data.pool[13]];
    const given = [
      ...leaked.map((e, i) => (i % 2 ? `  ${e.toUpperCase()} ` : e)),
      leaked[0],
      'nobody.here@example.org',
    ];
    const rows = Number((await s.services.db.query('SELECT COUNT(*) AS n FROM subscribers'))[0].n);
    expect(6).toBeLessThanOrEqual(rows * SCAN_SHARE); // small against the data: the lookup path
    const inc = await analysed((await report({ scope: { emails: given }, justification: WHY })).id);
    expect(inc.scope.leakedAddresses).toBe(6);
    expectImpacts(inc, truth(data, { emails: leaked }));
    const kinds = await s.services.db.query('SELECT DISTINCT kind FROM breach_chunks WHERE incident_id = ?', [
      inc.id,
    ]);
    expect(kinds.map((k: any) => k.kind)).toEqual(['addresses']);
  });

  it('many leaked addresses within some tenants: matched by scanning those tenants, the same counts', async () => {
    const leaked = data.pool.filter((_, i) => i % 3 !== 1);
    const [, b, , d] = data.tenants;
    const scope = { tenantIds: [b.id, d.id], emails: leaked };
    const inc = await analysed((await report({ scope })).id);
    expectImpacts(inc, truth(data, scope));
    const kinds = await s.services.db.query('SELECT DISTINCT kind FROM breach_chunks WHERE incident_id = ?', [
      inc.id,
    ]);
    expect(kinds.map((k: any) => k.kind)).toEqual(['tenants']);
    // An email scope in one list, with a window, through the lookup path in batches.
    const list = data.tenants[2].lists[1];
    const few = data.pool.slice(0, 8);
    const to = new Date(Date.now() - 90 * DAY);
    const inc2 = await analysed(
      (
        await report({
          scope: { listIds: [list], emails: few },
          occurredTo: to.toISOString(),
          justification: WHY,
        })
      ).id,
    );
    expectImpacts(inc2, truth(data, { listIds: [list], emails: few }, to));
  });

  it('held notices wait for notifyBreach, which sends each exactly once', async () => {
    const scope = { tenantIds: [data.tenants[0].id, data.tenants[1].id] };
    const inc = await analysed((await report({ scope, holdNotifications: true, title: 'Held incident' })).id);
    expect(inc.status).toBe('ANALYZED');
    expect(inc.holdNotifications).toBe(true);
    expect(inc.impacts.every((i: any) => i.notifiedAt === null)).toBe(true);
    expect(inc.noticesSent).toBe(0);
    const user = await createUser(s, { ...data.tenants[0], id: data.tenants[0].id }, 'VIEWER');
    expect(
      (await s.gql(NOTICES, {}, user.token)).data.breachNotices.filter((n: any) => n.incidentId === inc.id),
    ).toEqual([]);
    // A held notice does not exist for the tenant: acknowledging it is NOT_FOUND.
    const admin = await createUser(s, data.tenants[0], 'ADMIN');
    expect(codeOf(await s.gql(ACK, { id: inc.impacts[0].noticeId }, admin.token))).toBe('NOT_FOUND');
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.messages.filter((m) => m.text.includes(inc.id))).toHaveLength(0);

    const released = (
      await s.gql(
        'mutation($id: ID!) { notifyBreach(incidentId: $id) { status notifiedAt noticesSent timeline { kind } } }',
        { id: inc.id },
        op,
      )
    ).data.notifyBreach;
    expect(released.status).toBe('NOTIFIED');
    expect(released.noticesSent).toBe(2);
    expect(released.timeline.map((e: any) => e.kind)).toContain('NOTICES_RELEASED');
    await until(
      async () =>
        scope.tenantIds.every(
          (t) => mailsTo(data.tenants.find((x) => x.id === t)!.dpoEmail, inc.id).length === 1,
        ),
      'the released notices',
    );
    const again = (
      await s.gql(
        'mutation($id: ID!) { notifyBreach(incidentId: $id) { status noticesSent } }',
        { id: inc.id },
        op,
      )
    ).data.notifyBreach;
    expect(again).toEqual({ status: 'NOTIFIED', noticesSent: 2 });
    await new Promise((r) => setTimeout(r, 500));
    for (const t of scope.tenantIds)
      expect(mailsTo(data.tenants.find((x) => x.id === t)!.dpoEmail, inc.id)).toHaveLength(1);
    expect(
      (await s.gql(NOTICES, {}, user.token)).data.breachNotices.filter((n: any) => n.incidentId === inc.id),
    ).toHaveLength(1);
  });

  describe('notices for tenant users', () => {
    let incidentId: string;
    let adminA: UserFixture;
    let viewerA: UserFixture;
    let adminB: UserFixture;

    beforeAll(async () => {
      const [a, b] = data.tenants;
      adminA = await createUser(s, a, 'ADMIN');
      viewerA = await createUser(s, a, 'VIEWER');
      adminB = await createUser(s, b, 'OWNER');
      incidentId = (
        await analysed(
          (
            await report({
              scope: { tenantIds: [a.id, b.id] },
              dataCategories: ['EMAIL_ADDRESS', 'PASSWORD_HASH'],
              title: 'Isolation incident',
            })
          ).id,
        )
      ).id;
    });

    it('a tenant sees only its own notice, with the Art. 33(3) contents', async () => {
      const [a] = data.tenants;
      const notices = (await s.gql(NOTICES, {}, adminA.token)).data.breachNotices.filter(
        (n: any) => n.incidentId === incidentId,
      );
      expect(notices).toHaveLength(1);
      const n = notices[0];
      const t = truth(data, { tenantIds: [a.id] }).perTenant.get(a.id)!;
      expect([
        n.affectedSubjects,
        n.affectedRecords,
        n.affectedLists,
        n.euEeaSubjects,
        n.unknownCountrySubjects,
      ]).toEqual([t.subjects, t.records, t.lists, t.euEea, t.unknown]);
      expect(n.title).toBe('Isolation incident');
      expect(n.dataCategories).toEqual(['EMAIL_ADDRESS', 'PASSWORD_HASH']);
      expect(n.riskLevel).toBe('HIGH');
      expect(n.riskReason).toMatch(/password hashes/);
      expect(n.likelyConsequences).toMatch(/Art\. 34/);
      expect(n.nature).toContain('A storage bucket');
      expect(n.measuresTaken).toMatch(/change their passwords/);
      expect(n.contact).toBe('Platform DPO, privacy@steward.example, +49 30 1234567');
      expect(n.notifiedAt).not.toBeNull();
      const all = (await s.gql(NOTICES, {}, adminA.token)).data.breachNotices;
      const mine = new Set(
        (await s.services.db.query('SELECT id FROM breach_notices WHERE tenant_id = ?', [a.id])).map(
          (r: any) => r.id,
        ),
      );
      expect(all.every((x: any) => mine.has(x.id))).toBe(true);
    });

    it("another tenant's notice is NOT_FOUND, a VIEWER may not acknowledge, an ADMIN acknowledges once", async () => {
      const [noticeA] = (await s.gql(NOTICES, {}, adminA.token)).data.breachNotices.filter(
        (n: any) => n.incidentId === incidentId,
      );
      const [noticeB] = (await s.gql(NOTICES, {}, adminB.token)).data.breachNotices.filter(
        (n: any) => n.incidentId === incidentId,
      );
      expect(noticeA.id).not.toBe(noticeB.id);
      expect(codeOf(await s.gql(ACK, { id: noticeB.id }, adminA.token))).toBe('NOT_FOUND');
      expect(codeOf(await s.gql(ACK, { id: 'not-a-notice' }, adminA.token))).toBe('NOT_FOUND');
      expect(codeOf(await s.gql(ACK, { id: noticeA.id }, viewerA.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(ACK, { id: noticeA.id }, op))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(NOTICES, {}, op))).toBe('FORBIDDEN');
      const first = (await s.gql(ACK, { id: noticeA.id }, adminA.token)).data.acknowledgeBreachNotice;
      expect(first.acknowledgedAt).not.toBeNull();
      const second = (await s.gql(ACK, { id: noticeA.id }, adminA.token)).data.acknowledgeBreachNotice;
      expect(second.acknowledgedAt).toBe(first.acknowledgedAt);
      const [b] = (await s.gql(NOTICES, {}, adminB.token)).data.breachNotices.filter(
        (n: any) => n.incidentId === incidentId,
      );
      expect(b.acknowledgedAt).toBeNull();
      const inc = await incident(incidentId);
      expect(inc.noticesAcknowledged).toBe(1);
      expect(
        inc.timeline.filter((e: any) => e.kind === 'NOTICE_ACKNOWLEDGED').map((e: any) => e.tenant.id),
      ).toEqual([data.tenants[0].id]);
      // Tenant users reach no incident.
      expect(codeOf(await s.gql(GET, { id: incidentId }, adminA.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql('{ breachIncidents { id } }', {}, adminA.token))).toBe('FORBIDDEN');
    });
  });

  it('two incidents analysed at the same time each get their own exact numbers', async () => {
    const s1 = { allTenants: true };
    const s2 = { tenantIds: [data.tenants[4].id, data.tenants[5].id], emails: data.pool.slice(0, 60) };
    const [r1, r2] = await Promise.all([
      report({ scope: s1, encrypted: true }),
      report({ scope: s2, justification: WHY }),
    ]);
    const [i1, i2] = await Promise.all([analysed(r1.id), analysed(r2.id)]);
    expectImpacts(i1, truth(data, s1));
    expectImpacts(i2, truth(data, s2));
    expect(i1.impacts.every((i: any) => i.riskLevel === 'UNLIKELY')).toBe(true);
  });

  it('reanalysing gives the same numbers and mails nobody twice', async () => {
    const scope = { tenantIds: [data.tenants[2].id], listIds: [data.tenants[3].lists[0]] };
    const first = await analysed((await report({ scope })).id);
    await until(
      async () => first.impacts.every((i: any) => mailsTo(i.tenant.dpoEmail, first.id).length === 1),
      'the first notices',
    );
    const r = await s.gql(
      'mutation($id: ID!) { reanalyzeBreach(incidentId: $id) { status } }',
      { id: first.id },
      op,
    );
    expect(r.data.reanalyzeBreach.status).toBe('ANALYZING');
    const again = await analysed(first.id);
    const numbers = (inc: any) => ({
      subjects: inc.affectedSubjects,
      impacts: inc.impacts.map((i: any) => [
        i.tenant.id,
        i.affectedSubjects,
        i.affectedRecords,
        i.affectedLists,
        i.euEeaSubjects,
        i.unknownCountrySubjects,
        i.notifiedAt,
      ]),
    });
    expect(numbers(again)).toEqual(numbers(first));
    expect(again.status).toBe('NOTIFIED');
    expect(again.timeline.map((e: any) => e.kind)).toContain('REANALYSIS_REQUESTED');
    await new Promise((res) => setTimeout(res, 500));
    for (const i of first.impacts) expect(mailsTo(i.tenant.dpoEmail, first.id)).toHaveLength(1);
    // Closing deletes what is no longer needed; a closed incident is not analysed again.
    const closed = (
      await s.gql(
        'mutation($id: ID!) { closeBreach(incidentId: $id) { status closedAt } }',
        { id: first.id },
        op,
      )
    ).data.closeBreach;
    expect(closed.status).toBe('CLOSED');
    expect(
      codeOf(
        await s.gql(
          'mutation($id: ID!) { reanalyzeBreach(incidentId: $id) { status } }',
          { id: first.id },
          op,
        ),
      ),
    ).toBe('CONFLICT');
  });

  it('writes BREACH_RESPONSE entries for the report, each tenant analysed and each notice, with counts and no addresses', async () => {
    const scope = { tenantIds: [data.tenants[1].id, data.tenants[3].id] };
    const inc = await analysed((await report({ scope })).id);
    const entries: Array<{
      action: string;
      tenant_id: string | null;
      subjects: number | string;
      description: string;
    }> = await s.services.db.query(
      `SELECT action, tenant_id, subjects, description FROM processing_log WHERE purpose = 'BREACH_RESPONSE' AND description LIKE ?`,
      [`%${inc.id}%`],
    );
    const t = truth(data, scope);
    expect(entries.filter((e) => e.action === 'breach.report')).toHaveLength(1);
    for (const tenantId of scope.tenantIds) {
      const analysed = entries.filter((e) => e.action === 'breach.analyze' && e.tenant_id === tenantId);
      expect(analysed.map((e) => Number(e.subjects))).toEqual([t.perTenant.get(tenantId)!.subjects]);
      expect(entries.filter((e) => e.action === 'breach.notify' && e.tenant_id === tenantId)).toHaveLength(1);
    }
    expect(
      entries
        .filter((e) => e.action === 'breach.analyze' && e.tenant_id === null)
        .map((e) => Number(e.subjects)),
    ).toEqual([t.platform]);
    expect(entries.every((e) => !e.description.includes('@'))).toBe(true);
  });

  it('exports the impacts as CSV for operators only, safe against formula injection', async () => {
    const odd = data.tenants[5];
    await s.services.db.query('UPDATE tenants SET name = ? WHERE id = ?', [
      '=HYPERLINK("http://evil.example","x")',
      odd.id,
    ]);
    try {
      const inc = await analysed((await report({ scope: { tenantIds: [odd.id, data.tenants[0].id] } })).id);
      const url = `${s.base}/breaches/${inc.id}/impacts.csv`;
      const res = await fetch(url, { headers: { authorization: `Bearer ${op}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toContain(`breach-${inc.id}-impacts.csv`);
      const lines = (await res.text()).trim().split('\r\n');
      expect(lines[0].split(',')).toContain('affected_subjects');
      expect(lines).toHaveLength(1 + inc.impacts.length);
      const evil = lines.find((l) => l.includes('HYPERLINK'))!;
      expect(evil).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
      expect(lines[1]).toContain(`"${inc.impacts[0].tenant.id}"`);
      expect(lines[1]).toContain(`,${inc.impacts[0].affectedSubjects},`);
      expect((await fetch(url)).status).toBe(401);
      const user = await createUser(s, data.tenants[0], 'OWNER');
      expect((await fetch(url, { headers: { authorization: `Bearer ${user.token}` } })).status).toBe(403);
      expect(
        (
          await fetch(`${s.base}/breaches/00000000-0000-4000-8000-000000000000/impacts.csv`, {
            headers: { authorization: `Bearer ${op}` },
          })
        ).status,
      ).toBe(404);
    } finally {
      await s.services.db.query('UPDATE tenants SET name = ? WHERE id = ?', [odd.name, odd.id]);
    }
  });

  describe('bad input is refused whole and changes nothing', () => {
    const base = () => ({
      title: 'Bad',
      description: 'Something happened.',
      discoveredAt: new Date(Date.now() - HOUR).toISOString(),
      dataCategories: ['EMAIL_ADDRESS'],
      encrypted: false,
      scope: { allTenants: true },
    });
    const cases: Array<[string, (i: any) => any, RegExp]> = [
      ['an empty title', (i) => ({ ...i, title: '   ' }), /title/],
      ['an oversized title', (i) => ({ ...i, title: 'x'.repeat(201) }), /title/],
      ['an empty description', (i) => ({ ...i, description: '' }), /description/],
      [
        'discoveredAt in the future',
        (i) => ({ ...i, discoveredAt: new Date(Date.now() + DAY).toISOString() }),
        /discoveredAt/,
      ],
      [
        'occurredFrom after occurredTo',
        (i) => ({
          ...i,
          occurredFrom: new Date(Date.now() - 2 * HOUR).toISOString(),
          occurredTo: new Date(Date.now() - 3 * HOUR).toISOString(),
        }),
        /occurredFrom/,
      ],
      [
        'occurredFrom after discoveredAt',
        (i) => ({ ...i, occurredFrom: new Date(Date.now() - HOUR / 2).toISOString() }),
        /occurredFrom/,
      ],
      [
        'occurredTo in the future',
        (i) => ({ ...i, occurredTo: new Date(Date.now() + DAY).toISOString() }),
        /occurredTo/,
      ],
      ['no data categories', (i) => ({ ...i, dataCategories: [] }), /dataCategories/],
      ['an empty scope', (i) => ({ ...i, scope: {} }), /scope is empty/],
      [
        'an empty scope of empty lists',
        (i) => ({ ...i, scope: { tenantIds: [], listIds: [], emails: [] } }),
        /scope is empty/,
      ],
      [
        'allTenants with tenantIds',
        (i) => ({ ...i, scope: { allTenants: true, tenantIds: [data.tenants[0].id] } }),
        /allTenants/,
      ],
      [
        'an unknown tenant id',
        (i) => ({ ...i, scope: { tenantIds: [data.tenants[0].id, '00000000-0000-4000-8000-000000000000'] } }),
        /tenantIds.*position/,
      ],
      ['an unknown list id', (i) => ({ ...i, scope: { listIds: ['nope'] } }), /listIds/],
      [
        'a malformed address',
        (i) => ({ ...i, scope: { emails: [data.pool[0], 'not an address', 'x@'] } }),
        /2 entries .*positions 1, 2/,
      ],
      [
        'too many addresses',
        (i) => ({
          ...i,
          scope: { emails: Array.from({ length: MAX_LEAKED_ADDRESSES + 1 }, (_, n) => `a${n}@x.io`) },
        }),
        /at most 200000/,
      ],
      ['an oversized measuresTaken', (i) => ({ ...i, measuresTaken: 'm'.repeat(5001) }), /measuresTaken/],
    ];
    it.each(cases)('%s', async (_name, change, message) => {
      const count = async () =>
        Number((await s.services.db.query('SELECT COUNT(*) AS n FROM breach_incidents'))[0].n);
      const before = await count();
      const r = await s.gql(REPORT, { i: change(base()) }, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(message);
      expect(r.errors![0].message).not.toContain('not an address');
      expect(await count()).toBe(before);
    });

    it('only operators may report, and an unknown incident answers null or NOT_FOUND', async () => {
      const user = await createUser(s, data.tenants[0], 'OWNER');
      expect(codeOf(await s.gql(REPORT, { i: base() }, user.token))).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(REPORT, { i: base() }))).toBe('UNAUTHENTICATED');
      const missing = '00000000-0000-4000-8000-000000000000';
      expect((await s.gql(GET, { id: missing }, op)).data.breachIncident).toBeNull();
      expect(
        codeOf(
          await s.gql('mutation($id: ID!) { notifyBreach(incidentId: $id) { id } }', { id: missing }, op),
        ),
      ).toBe('NOT_FOUND');
    });
  });

  it('lists incidents newest first, by status', async () => {
    const older = await report({
      scope: { tenantIds: [data.tenants[0].id] },
      holdNotifications: true,
      title: 'Older',
    });
    const newer = await report({ scope: { tenantIds: [data.tenants[1].id] }, title: 'Newer' });
    await Promise.all([analysed(older.id), analysed(newer.id)]);
    const list = (await s.gql('{ breachIncidents { id reportedAt status } }', {}, op)).data.breachIncidents;
    const ids = list.map((i: any) => i.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    const times = list.map((i: any) => new Date(i.reportedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const held = (await s.gql('{ breachIncidents(status: ANALYZED) { id status } }', {}, op)).data
      .breachIncidents;
    expect(held.map((i: any) => i.id)).toContain(older.id);
    expect(held.map((i: any) => i.id)).not.toContain(newer.id);
    expect(held.every((i: any) => i.status === 'ANALYZED')).toBe(true);
  });
});
