import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

const SUSPEND =
  'mutation($id: ID!, $r: String!) { suspendTenant(id: $id, reason: $r) { id status suspendedAt suspensionReason } }';
const REACTIVATE =
  'mutation($id: ID!) { reactivateTenant(id: $id) { id status suspendedAt suspensionReason } }';
const TENANT = 'query($id: ID!) { tenant(id: $id) { id status suspendedAt suspensionReason } }';
const OFFBOARD = 'mutation($id: ID!) { offboardTenant(id: $id) { id status } }';
const ME = '{ me { id } }';
const START =
  'mutation($e: String!, $p: String!, $t: String) { startSession(email: $e, password: $p, tenant: $t) { id } }';
const LOGIN =
  'mutation($e: String!, $p: String!, $t: String) { login(email: $e, password: $p, tenant: $t) { token } }';
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const SEND = 'mutation($l: ID!, $i: MessageInput!) { sendListMessage(listId: $l, input: $i) { id status } }';
const DELIVERY = 'query($id: ID!) { delivery(id: $id) { id status recipients sent failed } }';
const SUBSCRIBE = 'mutation($i: PublicSubscribeInput!) { subscribe(input: $i) { accepted message } }';
const SUBMIT = 'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference } }';
const VERIFY = 'mutation($t: String!) { verifyDataSubjectRequest(token: $t) { status } }';
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const PUBLIC_ORIGIN = 'https://lists.example.net';
const SAME_ORIGIN = { origin: PUBLIC_ORIGIN, 'sec-fetch-site': 'same-origin' };

let seq = 0;
const address = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;

describe('suspending and reactivating a tenant', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let op: string;

  const q = <T = any>(sql: string, params: unknown[] = []) => s.services.db.query<T>(sql, params);
  const lastSeq = async () => Number((await q('SELECT MAX(seq) AS m FROM processing_log'))[0].m ?? 0);
  const logSince = (n: number): Promise<Array<Record<string, any>>> =>
    q('SELECT * FROM processing_log WHERE seq > ? ORDER BY seq', [n]);
  const tenantRow = async (id: string) => (await q('SELECT * FROM tenants WHERE id = ?', [id]))[0];
  const suspend = (id: string, reason = 'Unpaid invoices since October', token = op) =>
    s.gql(SUSPEND, { id, r: reason }, token);
  const reactivate = (id: string, token = op) => s.gql(REACTIVATE, { id }, token);
  const post = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SAME_ORIGIN, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> },
      setCookies: res.headers.getSetCookie(),
    };
  };
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ workers: 2, env: { SMTP_URL: smtp.url, PUBLIC_URL: PUBLIC_ORIGIN } });
    op = await s.operatorToken();
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('suspends with a trimmed reason and reactivates, setting and clearing suspendedAt and the reason, each logged without the reason', async () => {
    const t = await createTenant(s);
    const before = await lastSeq();
    const r = await suspend(t.id, '  Abuse report #4411 under review  ');
    expect(r.errors).toBeUndefined();
    expect(r.data.suspendTenant).toMatchObject({
      id: t.id,
      status: 'SUSPENDED',
      suspensionReason: 'Abuse report #4411 under review',
    });
    expect(Date.now() - new Date(r.data.suspendTenant.suspendedAt).getTime()).toBeLessThan(60_000);
    expect((await s.gql(TENANT, { id: t.id }, op)).data.tenant).toEqual(r.data.suspendTenant);
    const [entry] = await logSince(before);
    expect(entry).toMatchObject({ action: 'tenant.suspend', purpose: 'SECURITY', tenant_id: t.id });
    expect(entry.description).not.toContain('4411');

    const back = await reactivate(t.id);
    expect(back.errors).toBeUndefined();
    expect(back.data.reactivateTenant).toEqual({
      id: t.id,
      status: 'ACTIVE',
      suspendedAt: null,
      suspensionReason: null,
    });
    const row = await tenantRow(t.id);
    expect(row.suspended_at).toBeNull();
    expect(row.suspension_reason).toBeNull();
    const entries = await logSince(before);
    expect(entries.map((e) => [e.action, e.purpose])).toEqual([
      ['tenant.suspend', 'SECURITY'],
      ['tenant.reactivate', 'SECURITY'],
    ]);
    for (const e of entries) expect(e.description).not.toMatch(/[^\s@]+@[^\s@]+/);
  });

  it('refuses tenant users (its own or another tenant), unknown ids, bad reasons and repeated changes, and changes nothing', async () => {
    const t = await createTenant(s);
    const other = await createTenant(s);
    const owner = await createUser(s, t, 'OWNER');
    const otherOwner = await createUser(s, other, 'OWNER');
    const before = await lastSeq();
    expect(codeOf(await suspend(t.id, 'mine', owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await suspend(t.id, 'theirs', otherOwner.token))).toBe('FORBIDDEN');
    expect(codeOf(await suspend(t.id, 'anonymous', ''))).toBe('UNAUTHENTICATED');
    expect(codeOf(await reactivate(t.id, owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await suspend(MISSING_ID))).toBe('NOT_FOUND');
    expect(codeOf(await suspend('not-an-id'))).toBe('NOT_FOUND');
    expect(codeOf(await reactivate(MISSING_ID))).toBe('NOT_FOUND');
    for (const reason of ['', '   ', 'x'.repeat(501), 'two\nlines', 'tab\there', 'nul\u0000', 'bell\u0007']) {
      const r = await suspend(t.id, reason);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/reason/);
    }
    expect(codeOf(await suspend(t.id, 'y'.repeat(500)))).toBeUndefined();
    const again = await suspend(t.id, 'again');
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/already suspended/);
    expect((await tenantRow(t.id)).suspension_reason).toBe('y'.repeat(500));
    expect(codeOf(await reactivate(t.id))).toBeUndefined();
    const active = await reactivate(t.id);
    expect(codeOf(active)).toBe('CONFLICT');
    expect(active.errors![0].message).toMatch(/not suspended/);
    // an offboarded tenant can be neither
    expect(codeOf(await s.gql(OFFBOARD, { id: other.id }, op))).toBeUndefined();
    const gone = await suspend(other.id);
    expect(codeOf(gone)).toBe('CONFLICT');
    expect(gone.errors![0].message).toMatch(/offboarded/);
    expect(codeOf(await reactivate(other.id))).toBe('CONFLICT');
    expect((await tenantRow(other.id)).status).toBe('OFFBOARDED');
    expect(
      (await logSince(before))
        .filter((e) => e.action !== 'tenant.export')
        .map((e) => [e.action, e.tenant_id]),
    ).toEqual([
      ['tenant.suspend', t.id],
      ['tenant.reactivate', t.id],
      ['tenant.offboard', other.id],
    ]);
  });

  it('offboards a suspended tenant: it is then ended, no longer suspended', async () => {
    const t = await createTenant(s);
    expect(codeOf(await suspend(t.id))).toBeUndefined();
    expect((await s.gql(OFFBOARD, { id: t.id }, op)).data.offboardTenant.status).toBe('OFFBOARDED');
    expect((await s.gql(TENANT, { id: t.id }, op)).data.tenant).toMatchObject({
      status: 'OFFBOARDED',
      suspendedAt: null,
      suspensionReason: null,
    });
    expect(codeOf(await reactivate(t.id))).toBe('CONFLICT');
  });

  it("refuses its users' sign-in, sessions and tokens while suspended with a clear error, and takes them again after reactivation", async () => {
    const t = await createTenant(s);
    const owner = await createUser(s, t, 'OWNER');
    const started = await post(START, { e: owner.email, p: owner.password, t: t.slug });
    expect(started.body.errors).toBeUndefined();
    const cookie = /^(steward_session=[^;]+);/.exec(started.setCookies[0])![1];
    expect((await post(ME, {}, cookie)).body.data.me.id).toBe(owner.id);
    expect((await s.gql(ME, {}, owner.token)).data.me.id).toBe(owner.id);

    expect(codeOf(await suspend(t.id))).toBeUndefined();
    const viaCookie = await post(ME, {}, cookie);
    expect(viaCookie.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(viaCookie.body.errors![0].message).toMatch(/suspended/);
    const viaToken = await s.gql(ME, {}, owner.token);
    expect(codeOf(viaToken)).toBe('UNAUTHENTICATED');
    expect(viaToken.errors![0].message).toMatch(/suspended/);
    for (const mutation of [START, LOGIN]) {
      const r = await s.gql(mutation, { e: owner.email, p: owner.password, t: t.slug });
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
      expect(r.errors![0].message).toMatch(/suspended/);
      // a wrong password learns nothing about the suspension
      const wrong = await s.gql(mutation, { e: owner.email, p: 'wrong-password-123', t: t.slug });
      expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
      expect(wrong.errors![0].message).not.toMatch(/suspended/);
    }
    // the session is kept meanwhile (refused, not ended)
    expect(Number((await q('SELECT COUNT(*) AS n FROM sessions WHERE tenant_id = ?', [t.id]))[0].n)).toBe(1);

    expect(codeOf(await reactivate(t.id))).toBeUndefined();
    expect((await post(ME, {}, cookie)).body.data.me.id).toBe(owner.id);
    expect((await s.gql(ME, {}, owner.token)).data.me.id).toBe(owner.id);
    expect(typeof (await s.login(owner.email, owner.password, t.slug))).toBe('string');
  });

  it('refuses public sign-ups to its lists with the answer for an unknown list, and takes them again after reactivation', async () => {
    const t = await createTenant(s);
    const owner = await createUser(s, t, 'OWNER');
    const list = (
      await s.gql(CREATE_LIST, { i: { name: 'NEWS', title: 'News', optIn: 'SINGLE' } }, owner.token)
    ).data.createList;
    const subscribers = async () =>
      Number((await q('SELECT COUNT(*) AS n FROM subscribers WHERE tenant_id = ?', [t.id]))[0].n);
    const signUpsLeft = async () =>
      Number(
        (
          await q(
            `SELECT COUNT(*) AS n FROM jobs WHERE queue = 'subscription.request' AND state IN ('pending', 'running')`,
          )
        )[0].n,
      );
    const unknown = await s.gql(SUBSCRIBE, { i: { tenant: t.slug, list: 'NO-SUCH', email: address('u') } });
    const unknownPage = await fetch(`${s.base}/subscribe/${t.slug}/no-such`);

    expect(codeOf(await suspend(t.id))).toBeUndefined();
    const refused = await s.gql(SUBSCRIBE, { i: { tenant: t.slug, list: 'NEWS', email: address('s') } });
    expect(refused.data).toEqual(unknown.data);
    const page = await fetch(`${s.base}/subscribe/${t.slug}/news`);
    expect(page.status).toBe(unknownPage.status);
    expect(page.status).toBe(404);
    // the same page but for the address it names (its language switcher links back to it)
    expect((await page.text()).replace('/news"', '/no-such"')).toBe(await unknownPage.text());
    await until(async () => (await signUpsLeft()) === 0, 'the sign-up jobs');
    expect(await subscribers()).toBe(0);

    expect(codeOf(await reactivate(t.id))).toBeUndefined();
    const email = address('back');
    expect(
      (await s.gql(SUBSCRIBE, { i: { tenant: t.slug, list: 'NEWS', email } })).data.subscribe.accepted,
    ).toBe(true);
    await until(async () => (await subscribers()) === 1, 'the sign-up after reactivation');
    expect((await fetch(`${s.base}/subscribe/${t.slug}/news`)).status).toBe(200);
    expect(list.name).toBe('NEWS');
  });

  it('still routes data-subject requests to it and mails its DPO the task (the law requires an answer), its data kept', async () => {
    const t = await createTenant(s);
    const admin = await createUser(s, t, 'ADMIN');
    const list = (
      await s.gql(CREATE_LIST, { i: { name: 'RIGHTS', title: 'Rights', optIn: 'SINGLE' } }, admin.token)
    ).data.createList;
    const email = address('subject');
    expect(codeOf(await s.gql(ADD, { l: list.id, i: { email } }, admin.token))).toBeUndefined();
    expect(codeOf(await suspend(t.id))).toBeUndefined();
    const { reference } = (await s.gql(SUBMIT, { i: { email, type: 'ACCESS' } })).data
      .submitDataSubjectRequest;
    await until(async () => mailsTo(email).some((m) => m.subject.includes(reference)), 'the verify mail');
    const verify = mailsTo(email).find((m) => m.subject.includes(reference))!;
    const token = /\/requests\/verify\?token=([A-Za-z0-9_-]+)/.exec(verify.text)![1];
    expect(codeOf(await s.gql(VERIFY, { t: token }))).toBeUndefined();
    await until(
      async () => mailsTo(email).some((m) => m.subject.includes(`${reference} was forwarded`)),
      'the routed mail',
    );
    await until(async () => mailsTo(t.dpoEmail).length > 0, "the task mail to the tenant's DPO");
    expect(
      Number((await q('SELECT COUNT(*) AS n FROM data_subject_tasks WHERE tenant_id = ?', [t.id]))[0].n),
    ).toBe(1);
    expect(Number((await q('SELECT COUNT(*) AS n FROM subscribers WHERE tenant_id = ?', [t.id]))[0].n)).toBe(
      1,
    );
    expect(codeOf(await reactivate(t.id))).toBeUndefined();
  });

  describe('deliveries', () => {
    let t: TenantFixture;
    let admin: UserFixture;

    beforeAll(async () => {
      t = await createTenant(s);
      admin = await createUser(s, t, 'ADMIN');
    });

    async function listOf(n: number) {
      const list = (
        await s.gql(CREATE_LIST, { i: { name: `L${seq++}`, title: 'Weekly', optIn: 'SINGLE' } }, admin.token)
      ).data.createList;
      const people: string[] = [];
      for (let i = 0; i < n; i++) {
        const email = address('r');
        expect(codeOf(await s.gql(ADD, { l: list.id, i: { email } }, admin.token))).toBeUndefined();
        people.push(email);
      }
      return { list, people };
    }
    const deliveryRow = async (id: string) =>
      (await q('SELECT status FROM deliveries WHERE id = ?', [id]))[0];
    const heldJobs = async () =>
      Number(
        (
          await q(
            `SELECT COUNT(*) AS n FROM jobs WHERE tenant_id = ? AND state = 'pending' AND last_error LIKE 'held:%'`,
            [t.id],
          )
        )[0].n,
      );

    it('holds a sending delivery at its next window while suspended, and finishes it after reactivation, every message once', async () => {
      const { list, people } = await listOf(30); // two windows of one chunk
      const stall = smtp.stallNext();
      const sent = await s.gql(
        SEND,
        { l: list.id, i: { subject: 'Held mid-way', text: 'Hello' } },
        admin.token,
      );
      expect(codeOf(sent)).toBeUndefined();
      const id = sent.data.sendListMessage.id;
      await stall.received; // the first window is with SMTP
      expect(codeOf(await suspend(t.id))).toBeUndefined();
      stall.release();
      await until(async () => (await heldJobs()) >= 1, 'the chunk to be held');
      await sleep(1000);
      const during = people.filter((p) => mailsTo(p).length > 0).length;
      expect(during).toBeLessThan(30);
      expect(during).toBeGreaterThan(0);
      expect((await deliveryRow(id)).status).toBe('SENDING');
      expect(
        Number(
          (
            await q(
              `SELECT COUNT(*) AS n FROM delivery_recipients WHERE delivery_id = ? AND state = 'pending'`,
              [id],
            )
          )[0].n,
        ),
      ).toBe(30 - during);

      expect(codeOf(await reactivate(t.id))).toBeUndefined();
      await until(async () => (await deliveryRow(id)).status === 'SENT', 'the delivery to finish', 30_000);
      const d = (await s.gql(DELIVERY, { id }, admin.token)).data.delivery;
      expect(d).toMatchObject({ status: 'SENT', recipients: 30, sent: 30, failed: 0 });
      for (const p of people) expect(mailsTo(p).filter((m) => m.subject === 'Held mid-way')).toHaveLength(1);
      expect(await heldJobs()).toBe(0);
    });

    it('does not start a delivery that falls due while suspended; it starts after reactivation, every message once', async () => {
      const { list, people } = await listOf(3);
      const at = new Date(Date.now() + 2500).toISOString();
      const sent = await s.gql(
        SEND,
        { l: list.id, i: { subject: 'Held before start', text: 'Hello', scheduledFor: at } },
        admin.token,
      );
      expect(sent.data.sendListMessage.status).toBe('SCHEDULED');
      const id = sent.data.sendListMessage.id;
      expect(codeOf(await suspend(t.id))).toBeUndefined();
      await until(async () => (await heldJobs()) >= 1, 'the delivery to be held', 15_000);
      await sleep(500);
      expect((await deliveryRow(id)).status).toBe('SCHEDULED');
      for (const p of people) expect(mailsTo(p)).toHaveLength(0);

      expect(codeOf(await reactivate(t.id))).toBeUndefined();
      await until(async () => (await deliveryRow(id)).status === 'SENT', 'the delivery to finish', 30_000);
      for (const p of people)
        expect(mailsTo(p).filter((m) => m.subject === 'Held before start')).toHaveLength(1);
    });

    it("holds its subscribers' confirmation mails while suspended and sends them once after reactivation", async () => {
      const list = (
        await s.gql(CREATE_LIST, { i: { name: `D${seq++}`, title: 'Double', optIn: 'DOUBLE' } }, admin.token)
      ).data.createList;
      // Both workers busy with a stalled confirmation each: the next one waits in the queue.
      const firsts = [address('c'), address('c')];
      const stalls = [smtp.stallNext(), smtp.stallNext()];
      for (const email of firsts)
        expect(codeOf(await s.gql(ADD, { l: list.id, i: { email } }, admin.token))).toBeUndefined();
      await Promise.all(stalls.map((st) => st.received));
      const second = address('c');
      expect(codeOf(await s.gql(ADD, { l: list.id, i: { email: second } }, admin.token))).toBeUndefined();
      expect(codeOf(await suspend(t.id))).toBeUndefined();
      for (const st of stalls) st.release();
      await until(async () => (await heldJobs()) >= 1, 'the confirmation to be held');
      await sleep(500);
      expect(mailsTo(second)).toHaveLength(0);
      expect(codeOf(await reactivate(t.id))).toBeUndefined();
      await until(async () => mailsTo(second).length === 1, 'the held confirmation');
      await sleep(500);
      expect(mailsTo(second)).toHaveLength(1);
      for (const email of firsts) expect(mailsTo(email)).toHaveLength(1);
    });
  });
});
