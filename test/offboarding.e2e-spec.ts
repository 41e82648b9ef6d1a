import { gunzipSync } from 'node:zlib';
import { parseCsv } from './support/csv';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const OFFBOARD = 'mutation($id: ID!) { offboardTenant(id: $id) { id status offboardedAt dataDeletedAt } }';
const TENANT = 'query($id: ID!) { tenant(id: $id) { id status offboardedAt dataDeletedAt } }';
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id status } }';
const SUBMIT = 'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference } }';
const VERIFY = 'mutation($t: String!) { verifyDataSubjectRequest(token: $t) { status } }';
const STATUS =
  'query($t: String!) { dataSubjectRequestStatus(token: $t) { status responses { controller status reason } } }';

/** Tables that hold a tenant's personal data: all must be empty for it after offboarding. */
const PERSONAL = [
  'subscribers',
  'consent_records',
  'subscription_tokens',
  'suppressions',
  'delivery_recipients',
  'deliveries',
  'tenant_users',
  'outbound_mail',
];

let seq = 0;
const person = (who = 'p') => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;

describe('offboarding a tenant (Art. 28(3)(g)): return, then delete', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let op: string;

  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email.toLowerCase()));
  const mailTo = async (email: string, match: RegExp, n = 1): Promise<ReceivedMail[]> => {
    await until(
      async () => mailsTo(email).filter((m) => match.test(m.subject)).length >= n,
      `mail ${match} to ${email}`,
    );
    return mailsTo(email).filter((m) => match.test(m.subject));
  };
  const rowsOf = async (tenantId: string) => {
    const out: Record<string, number> = {};
    for (const t of PERSONAL)
      out[t] = Number(
        (await s.services.db.query(`SELECT COUNT(*) AS n FROM ${t} WHERE tenant_id = ?`, [tenantId]))[0].n,
      );
    return out;
  };
  /** No work left for the tenant (or, without one, no mail left to send anywhere). */
  const idle = (tenantId?: string) =>
    until(
      async () =>
        Number(
          (
            await s.services.db.query(
              `SELECT COUNT(*) AS n FROM jobs WHERE state IN ('pending', 'running', 'waiting') AND ${tenantId ? 'tenant_id = ?' : "queue = 'mail.send'"}`,
              tenantId ? [tenantId] : [],
            )
          )[0].n,
        ) === 0,
      'the queue to drain',
    );
  const tokenIn = (mail: ReceivedMail, path: string) =>
    new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text)![1];

  /** A tenant with two lists, some subscribers (one on both lists, one PENDING, one with a formula for a name) and a sent message. */
  async function populated(): Promise<{
    t: TenantFixture;
    admin: UserFixture;
    lists: string[];
    shared: string;
    people: string[];
  }> {
    const t = await createTenant(s);
    const admin = await createUser(s, t, 'ADMIN');
    const lists = [
      (await s.gql(CREATE_LIST, { i: { name: 'NEWS-L', title: 'News', optIn: 'SINGLE' } }, admin.token)).data
        .createList.id,
      (await s.gql(CREATE_LIST, { i: { name: 'EVENTS-L', title: 'Events' } }, admin.token)).data.createList
        .id,
    ];
    const shared = person('shared');
    const people = [shared, person(), person('formula')];
    await s.gql(
      ADD,
      {
        l: lists[0],
        i: { email: shared, name: 'Ada Lovelace', country: 'GB', format: 'HTML', trackingConsent: true },
      },
      admin.token,
    );
    await s.gql(ADD, { l: lists[0], i: { email: people[1], country: 'DE' } }, admin.token);
    await s.gql(
      ADD,
      { l: lists[0], i: { email: people[2], name: '=HYPERLINK("http://evil.example","x")' } },
      admin.token,
    );
    expect(
      (await s.gql(ADD, { l: lists[1], i: { email: shared } }, admin.token)).data.addSubscriber.status,
    ).toBe('PENDING');
    await s.gql(
      'mutation($l: ID!) { sendListMessage(listId: $l, input: { subject: "Hello all", text: "Hi" }) { id } }',
      { l: lists[0] },
      admin.token,
    );
    await idle(t.id);
    return { t, admin, lists, shared, people };
  }

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ workers: 2, env: { SMTP_URL: smtp.url, PUBLIC_RATE_LIMIT: '0' } });
    op = await s.operatorToken();
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('mails the DPO a full export, then deletes every row of personal data, and touches no other tenant', async () => {
    const a = await populated();
    const b = await populated();
    const before = await rowsOf(b.t.id);

    // A message queued at the moment of offboarding is cancelled, never sent.
    const queued = async () =>
      Number(
        (
          await s.services.db.query(
            `SELECT COUNT(*) AS n FROM deliveries WHERE tenant_id = ? AND status = 'QUEUED'`,
            [a.t.id],
          )
        )[0].n,
      );
    await s.services.db.query(`UPDATE deliveries SET status = 'QUEUED' WHERE tenant_id = ?`, [a.t.id]);
    expect(await queued()).toBe(1);
    const done = (await s.gql(OFFBOARD, { id: a.t.id }, op)).data.offboardTenant;
    expect(await queued()).toBe(0);
    expect(done).toMatchObject({ id: a.t.id, status: 'OFFBOARDED' });
    expect(new Date(done.offboardedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // The service ends at once: the tenant's staff cannot sign in or use their tokens.
    expect(codeOf(await s.gql('{ lists { id } }', {}, a.admin.token))).toBe('UNAUTHENTICATED');
    await expect(s.login(a.admin.email, a.admin.password, a.t.slug)).rejects.toThrow();

    const [exportMail] = await mailTo(a.t.dpoEmail, /return of .* personal data/);
    const files = new Map(
      exportMail.attachments.map((f) => [
        f.filename,
        f.filename.endsWith('.gz') ? gunzipSync(f.content).toString('utf8') : f.content.toString('utf8'),
      ]),
    );
    expect([...files.keys()].sort()).toEqual([
      `${a.t.slug}-consent.csv.gz`,
      `${a.t.slug}-lists.csv`,
      `${a.t.slug}-subscribers.csv.gz`,
    ]);
    const lists = parseCsv(files.get(`${a.t.slug}-lists.csv`)!);
    expect(lists[0]).toEqual(['list', 'title', 'opt_in', 'created_at', 'confirmed', 'pending']);
    expect(lists.slice(1).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['EVENTS-L', 'DOUBLE', '0', '1'],
      ['NEWS-L', 'SINGLE', '3', '0'],
    ]);
    const subs = parseCsv(files.get(`${a.t.slug}-subscribers.csv.gz`)!);
    expect(subs[0]).toEqual([
      'list',
      'email',
      'name',
      'country',
      'format',
      'tracking_consent',
      'status',
      'restricted',
      'requested_at',
      'confirmed_at',
    ]);
    expect(
      subs
        .slice(1)
        .map((r) => `${r[0]} ${r[1]} ${r[6]}`)
        .sort(),
    ).toEqual(
      [
        `EVENTS-L ${a.shared} PENDING`,
        `NEWS-L ${a.shared} CONFIRMED`,
        `NEWS-L ${a.people[1]} CONFIRMED`,
        `NEWS-L ${a.people[2]} CONFIRMED`,
      ].sort(),
    );
    const ada = subs.find((r) => r[0] === 'NEWS-L' && r[1] === a.shared)!;
    expect(ada.slice(2, 6)).toEqual(['Ada Lovelace', 'GB', 'HTML', 'true']);
    // A formula from a sign-up form is not run by the DPO's spreadsheet.
    expect(subs.find((r) => r[1] === a.people[2])![2]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    const consent = parseCsv(files.get(`${a.t.slug}-consent.csv.gz`)!);
    expect(consent.slice(1).length).toBe(4);
    expect(
      consent
        .slice(1)
        .map((r) => r[2])
        .sort(),
    ).toEqual(['ATTESTED', 'ATTESTED', 'ATTESTED', 'REQUESTED']);
    expect(exportMail.text).toContain('4 subscription(s) of 3 distinct address(es)');

    await until(
      async () => (await s.gql(TENANT, { id: a.t.id }, op)).data.tenant.dataDeletedAt !== null,
      'the deletion',
    );
    expect(await rowsOf(a.t.id)).toEqual(Object.fromEntries(PERSONAL.map((t) => [t, 0])));
    expect(
      Number(
        (
          await s.services.db.query('SELECT COUNT(*) AS n FROM jobs WHERE tenant_id = ? AND payload LIKE ?', [
            a.t.id,
            '%@%',
          ])
        )[0].n,
      ),
    ).toBe(0);
    // What stays: the lists' names and anonymous counts.
    expect(
      Number(
        (
          await s.services.db.query('SELECT COUNT(*) AS n FROM mailing_lists WHERE tenant_id = ?', [a.t.id])
        )[0].n,
      ),
    ).toBe(2);
    expect(
      Number(
        (
          await s.services.db.query('SELECT SUM(requested) AS n FROM list_daily_counts WHERE tenant_id = ?', [
            a.t.id,
          ])
        )[0].n,
      ),
    ).toBe(4);
    expect(await rowsOf(b.t.id)).toEqual(before);

    const log: Array<{ action: string; description: string }> = await s.services.db.query(
      'SELECT action, description FROM processing_log WHERE tenant_id = ? ORDER BY seq',
      [a.t.id],
    );
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['tenant.offboard', 'tenant.export', 'tenant.erase']),
    );
    expect(log.find((e) => e.action === 'tenant.erase')!.description).toMatch(/4 subscription\(s\)/);
    expect(JSON.stringify(log)).not.toMatch(/@/);
  });

  it('closes the open data-subject tasks and tells each requester whom to contact', async () => {
    const a = await populated();
    const other = await populated();
    // One address held by both tenants, asking for access; another only at A, asking for erasure.
    await s.gql(ADD, { l: other.lists[0], i: { email: a.people[1] } }, other.admin.token);
    const requests: Record<string, { reference: string; statusToken: string }> = {};
    for (const [email, type] of [
      [a.people[1], 'ACCESS'],
      [a.people[2], 'ERASURE'],
    ] as const) {
      const { reference } = (await s.gql(SUBMIT, { i: { email, type } })).data.submitDataSubjectRequest;
      const [verify] = await mailTo(email, new RegExp(reference));
      await s.gql(VERIFY, { t: tokenIn(verify, '/requests/verify') });
      const [routed] = await mailTo(email, new RegExp(`${reference} was forwarded`));
      requests[type] = { reference, statusToken: tokenIn(routed, '/requests/status') };
    }

    await s.gql(OFFBOARD, { id: a.t.id }, op);
    await until(
      async () => (await s.gql(TENANT, { id: a.t.id }, op)).data.tenant.dataDeletedAt !== null,
      'the deletion',
    );

    const access = (await s.gql(STATUS, { t: requests.ACCESS.statusToken })).data.dataSubjectRequestStatus;
    expect(access.status).toBe('ROUTED'); // the other tenant still has to answer
    const fromA = access.responses.find((r: { controller: string }) => r.controller === a.t.name);
    expect(fromA.status).toBe('REJECTED');
    expect(fromA.reason).toContain(a.t.dpoEmail);
    expect(access.responses.find((r: { controller: string }) => r.controller === other.t.name).status).toBe(
      'PENDING',
    );
    const [told] = await mailTo(a.people[1], /left the platform/);
    expect(told.text).toMatch(/supervisory authority/);

    const erasure = (await s.gql(STATUS, { t: requests.ERASURE.statusToken })).data.dataSubjectRequestStatus;
    expect(erasure).toMatchObject({
      status: 'COMPLETED',
      responses: [{ controller: a.t.name, status: 'FULFILLED' }],
    });
    await mailTo(a.people[2], /left the platform/);
  });

  it('keeps the data while the DPO mail server refuses the export', async () => {
    const a = await populated();
    await idle();
    smtp.failNext(1, 550);
    await s.gql(OFFBOARD, { id: a.t.id }, op);
    await until(
      async () =>
        (
          await s.services.db.query(
            `SELECT state FROM outbound_mail WHERE tenant_id = ? AND kind = 'tenant.export'`,
            [a.t.id],
          )
        )[0]?.state === 'failed',
      'the refusal',
    );
    await until(
      async () =>
        (
          await s.services.db.query(
            `SELECT attempts FROM jobs WHERE queue = 'tenant.offboard' AND tenant_id = ?`,
            [a.t.id],
          )
        )[0]?.attempts >= 2,
      'a second try of the deletion',
    );
    expect((await s.gql(TENANT, { id: a.t.id }, op)).data.tenant).toMatchObject({
      status: 'OFFBOARDED',
      dataDeletedAt: null,
    });
    expect((await rowsOf(a.t.id)).subscribers).toBe(4);
    // The retention overview shows the kept rows, and as past their rule once the hour's grace is over.
    const offboarded = async () =>
      (
        (await s.gql('{ retentionOverview { kind rows pastRule } }', {}, op)).data
          .retentionOverview as Array<{ kind: string; rows: number; pastRule: number }>
      ).find((k) => k.kind === 'subscribers.offboarded')!;
    expect(await offboarded()).toMatchObject({ rows: 4, pastRule: 0 });
    await s.services.db.query('UPDATE tenants SET offboarded_at = ? WHERE id = ?', [
      s.services.db.param(new Date(Date.now() - 2 * 3600_000)),
      a.t.id,
    ]);
    expect(await offboarded()).toMatchObject({ rows: 4, pastRule: 4 });
  });

  it('is for operators only, once, and only for tenants that exist', async () => {
    const a = await populated();
    expect(codeOf(await s.gql(OFFBOARD, { id: a.t.id }))).toBe('UNAUTHENTICATED');
    const owner = await createUser(s, a.t, 'OWNER');
    expect(codeOf(await s.gql(OFFBOARD, { id: a.t.id }, owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(OFFBOARD, { id: '00000000-0000-4000-8000-000000000000' }, op))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await s.gql(OFFBOARD, { id: 'garbage' }, op))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(OFFBOARD, { id: '' }, op))).toBe('NOT_FOUND');
    expect((await s.gql(TENANT, { id: a.t.id }, op)).data.tenant.status).toBe('ACTIVE');

    const [first, second] = await Promise.all([
      s.gql(OFFBOARD, { id: a.t.id }, op),
      s.gql(OFFBOARD, { id: a.t.id }, op),
    ]);
    expect([first, second].map((r) => r.data?.offboardTenant?.status ?? codeOf(r)).sort()).toEqual([
      'CONFLICT',
      'OFFBOARDED',
    ]);
    await until(
      async () => (await s.gql(TENANT, { id: a.t.id }, op)).data.tenant.dataDeletedAt !== null,
      'the deletion',
    );
    expect(mailsTo(a.t.dpoEmail).filter((m) => /return of/.test(m.subject))).toHaveLength(1);
    expect(
      Number(
        (
          await s.services.db.query(
            `SELECT COUNT(*) AS n FROM jobs WHERE queue = 'tenant.offboard' AND tenant_id = ?`,
            [a.t.id],
          )
        )[0].n,
      ),
    ).toBe(1);
    // An offboarded tenant's list takes no sign-ups.
    await s.gql('mutation($i: PublicSubscribeInput!) { subscribe(input: $i) { accepted } }', {
      i: { tenant: a.t.slug, list: 'NEWS-L', email: person() },
    });
    await until(
      async () =>
        Number(
          (
            await s.services.db.query(
              `SELECT COUNT(*) AS n FROM jobs WHERE queue = 'subscription.request' AND state <> 'done'`,
            )
          )[0].n,
        ) === 0,
      'the sign-up',
    );
    expect((await rowsOf(a.t.id)).subscribers).toBe(0);
  });
});
