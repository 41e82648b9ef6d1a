import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { freshDatabase } from './support/test-db';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const FIELDS =
  'id status subject scheduledFor startedAt finishedAt recipients sent failed opens anonymousOpens unsubscribes bounces complaints';
const SEND = `mutation($l: ID!, $i: MessageInput!) { sendListMessage(listId: $l, input: $i) { ${FIELDS} } }`;
const DELIVERY = `query($id: ID!) { delivery(id: $id) { ${FIELDS} } }`;
const DELIVERIES = 'query($l: ID!) { deliveries(listId: $l) { id status } }';
const CANCEL = `mutation($id: ID!) { cancelDelivery(id: $id) { ${FIELDS} } }`;

interface DeliveryView {
  id: string;
  status: string;
  subject: string;
  scheduledFor: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  recipients: number;
  sent: number;
  failed: number;
  opens: number;
  anonymousOpens: number;
  unsubscribes: number;
  bounces: number;
  complaints: number;
}

let seq = 0;
const address = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@example.com`;
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();
const DAY = 86_400_000;

describe('scheduled and cancelled deliveries, and their figures', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let a: TenantFixture;
  let admin: UserFixture;
  let viewer: UserFixture;
  let otherAdmin: UserFixture;

  const withSubject = (subject: string) => smtp.messages.filter((m) => m.subject === subject);
  const get = async (id: string, token = admin.token): Promise<DeliveryView> =>
    (await s.gql(DELIVERY, { id }, token)).data.delivery;
  const settled = async (id: string) => {
    await until(
      async () => ['SENT', 'FAILED', 'CANCELLED'].includes((await get(id)).status),
      'the delivery to end',
      30_000,
    );
    return get(id);
  };

  async function listWith(n: number, kind: { format: 'TEXT' | 'HTML'; trackingConsent: boolean }) {
    const list = (
      await s.gql(CREATE_LIST, { i: { name: `S${seq++}`, title: 'Scheduled', optIn: 'SINGLE' } }, admin.token)
    ).data.createList as { id: string };
    const emails: string[] = [];
    for (let i = 0; i < n; i++) {
      const email = address('reader');
      const r = await s.gql(ADD, { l: list.id, i: { email, ...kind } }, admin.token);
      if (!r.data?.addSubscriber) throw new Error(JSON.stringify(r.errors));
      emails.push(email);
    }
    return { list, emails };
  }

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lists.example.net' },
    });
    a = await createTenant(s);
    const b = await createTenant(s);
    [admin, viewer, otherAdmin] = await Promise.all([
      createUser(s, a, 'ADMIN'),
      createUser(s, a, 'VIEWER'),
      createUser(s, b, 'ADMIN'),
    ]);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('waits SCHEDULED and starts at its time', async () => {
    const { list, emails } = await listWith(2, { format: 'TEXT', trackingConsent: false });
    const at = inSeconds(2);
    const r = await s.gql(
      SEND,
      { l: list.id, i: { subject: 'On time', text: 'hello', scheduledFor: at } },
      admin.token,
    );
    const d = r.data.sendListMessage as DeliveryView;
    expect(d).toMatchObject({ status: 'SCHEDULED', subject: 'On time', startedAt: null, finishedAt: null });
    expect(new Date(d.scheduledFor!).getTime()).toBe(new Date(at).getTime());
    await sleep(800);
    expect((await get(d.id)).status).toBe('SCHEDULED');
    expect(withSubject('On time')).toHaveLength(0);

    const done = await settled(d.id);
    expect(done).toMatchObject({ status: 'SENT', recipients: 2, sent: 2 });
    expect(new Date(done.startedAt!).getTime()).toBeGreaterThanOrEqual(new Date(at).getTime());
    expect(new Date(done.finishedAt!).getTime()).toBeGreaterThanOrEqual(new Date(done.startedAt!).getTime());
    expect(
      withSubject('On time')
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual([...emails].sort());
  });

  it('refuses a time that is not later than now or more than 90 days ahead, and creates nothing', async () => {
    const { list } = await listWith(1, { format: 'TEXT', trackingConsent: false });
    for (const scheduledFor of [
      new Date(Date.now() - 60_000).toISOString(),
      new Date(Date.now() + 91 * DAY).toISOString(),
      'tomorrow',
    ]) {
      const r = await s.gql(
        SEND,
        { l: list.id, i: { subject: 'Bounds', text: 'x', scheduledFor } },
        admin.token,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    expect((await s.gql(DELIVERIES, { l: list.id }, admin.token)).data.deliveries).toEqual([]);
    // 89 days ahead is fine (and then cancelled).
    const ok = await s.gql(
      SEND,
      {
        l: list.id,
        i: { subject: 'Far', text: 'x', scheduledFor: new Date(Date.now() + 89 * DAY).toISOString() },
      },
      admin.token,
    );
    expect(ok.data.sendListMessage.status).toBe('SCHEDULED');
    expect(
      (await s.gql(CANCEL, { id: ok.data.sendListMessage.id }, admin.token)).data.cancelDelivery.status,
    ).toBe('CANCELLED');
  });

  it('a cancelled scheduled delivery never starts', async () => {
    const { list, emails } = await listWith(1, { format: 'TEXT', trackingConsent: false });
    const d = (
      await s.gql(
        SEND,
        { l: list.id, i: { subject: 'Never', text: 'x', scheduledFor: inSeconds(1.5) } },
        admin.token,
      )
    ).data.sendListMessage as DeliveryView;
    const c = await s.gql(CANCEL, { id: d.id }, admin.token);
    expect(c.data.cancelDelivery).toMatchObject({ id: d.id, status: 'CANCELLED', sent: 0 });
    expect(c.data.cancelDelivery.finishedAt).not.toBeNull();
    // The prepare job comes due and finds the delivery cancelled.
    await until(
      async () =>
        (
          await s.services.db.query(
            `SELECT state FROM jobs WHERE queue = 'delivery.prepare' AND payload LIKE ?`,
            [`%${d.id}%`],
          )
        )[0].state === 'done',
      'the scheduled job to come due',
      15_000,
    );
    await sleep(300);
    expect(await get(d.id)).toMatchObject({ status: 'CANCELLED', recipients: 0, sent: 0, startedAt: null });
    expect(smtp.messages.filter((m) => m.to.includes(emails[0]))).toHaveLength(0);
    // Cancelled again, or by the wrong people.
    expect(codeOf(await s.gql(CANCEL, { id: d.id }, admin.token))).toBe('CONFLICT');
  });

  it('cancel mid-send: what was sent stays sent, nothing is sent after the cancel', async () => {
    const { list } = await listWith(30, { format: 'TEXT', trackingConsent: false });
    const stall = smtp.stallNext();
    const d = (await s.gql(SEND, { l: list.id, i: { subject: 'Halfway', text: 'x' } }, admin.token)).data
      .sendListMessage as DeliveryView;
    await stall.received; // the first window is with SMTP, one message held
    expect((await get(d.id)).status).toBe('SENDING');
    const cancelling = s.gql(CANCEL, { id: d.id }, admin.token);
    await sleep(300);
    stall.release();
    const c = (await cancelling).data.cancelDelivery as DeliveryView;
    expect(c.status).toBe('CANCELLED');
    const atCancel = withSubject('Halfway').length;
    expect(c.sent).toBe(atCancel);
    expect(atCancel).toBeGreaterThan(0);
    expect(atCancel).toBeLessThan(30);
    await sleep(2500);
    expect(withSubject('Halfway')).toHaveLength(atCancel);
    const after = await get(d.id);
    expect(after).toMatchObject({ status: 'CANCELLED', sent: atCancel });
    const states = await s.services.db.query(
      'SELECT state, COUNT(*) AS n FROM delivery_recipients WHERE delivery_id = ? GROUP BY state',
      [d.id],
    );
    const byState = Object.fromEntries(
      states.map((r: { state: string; n: unknown }) => [r.state, Number(r.n)]),
    );
    expect(byState).toEqual({ sent: atCancel, skipped: 30 - atCancel });
    expect(codeOf(await s.gql(CANCEL, { id: d.id }, admin.token))).toBe('CONFLICT');
  });

  it('SENT and FAILED deliveries cannot be cancelled; VIEWERs and other tenants cannot cancel', async () => {
    const { list } = await listWith(1, { format: 'TEXT', trackingConsent: false });
    const sent = (await s.gql(SEND, { l: list.id, i: { subject: 'Done', text: 'x' } }, admin.token)).data
      .sendListMessage as DeliveryView;
    expect((await settled(sent.id)).status).toBe('SENT');
    expect(codeOf(await s.gql(CANCEL, { id: sent.id }, admin.token))).toBe('CONFLICT');

    smtp.failNext(1, 550);
    const failed = (await s.gql(SEND, { l: list.id, i: { subject: 'Refused', text: 'x' } }, admin.token)).data
      .sendListMessage as DeliveryView;
    expect((await settled(failed.id)).status).toBe('FAILED');
    expect(codeOf(await s.gql(CANCEL, { id: failed.id }, admin.token))).toBe('CONFLICT');

    const later = (
      await s.gql(
        SEND,
        { l: list.id, i: { subject: 'Later', text: 'x', scheduledFor: inSeconds(3600) } },
        admin.token,
      )
    ).data.sendListMessage as DeliveryView;
    expect(codeOf(await s.gql(CANCEL, { id: later.id }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(CANCEL, { id: later.id }, otherAdmin.token))).toBe('NOT_FOUND');
    expect((await s.gql(DELIVERY, { id: later.id }, otherAdmin.token)).data.delivery).toBeNull();
    expect((await s.gql(DELIVERY, { id: later.id }, viewer.token)).data.delivery.status).toBe('SCHEDULED');
    expect((await get(later.id)).status).toBe('SCHEDULED');
    await s.gql(CANCEL, { id: later.id }, admin.token);
  });

  it("counts opens, anonymous opens, unsubscribes through this message's links, bounces and complaints", async () => {
    const { list, emails } = await listWith(3, { format: 'HTML', trackingConsent: true });
    const d = (
      await s.gql(SEND, { l: list.id, i: { subject: 'Figures', text: 'x', html: '<p>x</p>' } }, admin.token)
    ).data.sendListMessage as DeliveryView;
    expect((await settled(d.id)).status).toBe('SENT');
    const mails = withSubject('Figures');
    const [m0, m1, m2] = emails.map((e) => mails.find((m) => m.to.includes(e))!);
    const pixel = (m: { html: string | null }) => /\/o\/([A-Za-z0-9_-]+)\.gif/.exec(m.html!)![1];
    // Two opens of one person count once; another person's open counts too.
    await fetch(`${s.base}/o/${pixel(m0)}.gif`);
    await fetch(`${s.base}/o/${pixel(m0)}.gif`);
    await fetch(`${s.base}/o/${pixel(m1)}.gif`);
    // The third withdraws tracking consent, then opens: counted without naming anyone.
    await s.services.db.query('UPDATE subscribers SET tracking_consent = ? WHERE email = ?', [0, emails[2]]);
    await fetch(`${s.base}/o/${pixel(m2)}.gif`);
    // The second unsubscribes through the message's link.
    const token = /unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(m1.text)![1];
    const un = await fetch(`${s.base}/unsubscribe?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(un.status).toBe(200);
    // Bounce processing counts through the service.
    const [row] = await s.services.db.query(
      'SELECT id FROM delivery_recipients WHERE delivery_id = ? ORDER BY id LIMIT 1',
      [d.id],
    );
    expect(await s.services.deliveries.recordFeedback(row.id, 'bounce')).toBe(true);
    expect(await s.services.deliveries.recordFeedback(row.id, 'complaint')).toBe(true);
    expect(await s.services.deliveries.recordFeedback('00000000-0000-4000-8000-000000000000', 'bounce')).toBe(
      false,
    );

    expect(await get(d.id)).toMatchObject({
      opens: 2,
      anonymousOpens: 1,
      unsubscribes: 1,
      bounces: 1,
      complaints: 1,
      sent: 3,
    });
  });

  it('a scheduled delivery survives a restart', async () => {
    const database = freshDatabase();
    const first = await startTestServer({ workers: 0, database, env: { SMTP_URL: smtp.url } });
    let second: TestServer | null = null;
    try {
      const t = await createTenant(first);
      const owner = await createUser(first, t, 'OWNER');
      const list = (
        await first.gql(CREATE_LIST, { i: { name: 'R', title: 'Restart', optIn: 'SINGLE' } }, owner.token)
      ).data.createList;
      const email = address('restart');
      await first.gql(ADD, { l: list.id, i: { email } }, owner.token);
      const d = (
        await first.gql(
          SEND,
          { l: list.id, i: { subject: 'After restart', text: 'x', scheduledFor: inSeconds(1.5) } },
          owner.token,
        )
      ).data.sendListMessage as DeliveryView;
      await first.close();
      second = await startTestServer({ workers: 1, database, env: { SMTP_URL: smtp.url } });
      const token = await second.login(owner.email, owner.password, t.slug);
      await until(
        async () => (await second!.gql(DELIVERY, { id: d.id }, token)).data.delivery.status === 'SENT',
        'the scheduled delivery after the restart',
        20_000,
      );
      expect(smtp.messages.filter((m) => m.to.includes(email) && m.subject === 'After restart')).toHaveLength(
        1,
      );
    } finally {
      await second?.close();
      await database.drop();
    }
  });
});
