import { DELIVERY_CHUNK_QUEUE } from '../schema/deliveries/delivery.service';
import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD =
  'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id email status } }';
const SEND =
  'mutation($l: ID!, $i: MessageInput!) { sendListMessage(listId: $l, input: $i) { id status recipients sent failed } }';
const DELIVERIES = 'query($l: ID!) { deliveries(listId: $l) { id status recipients sent failed createdAt } }';

let seq = 0;
const address = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@example.com`;

describe('list delivery', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let a: TenantFixture;
  let admin: UserFixture;
  let viewer: UserFixture;
  let otherAdmin: UserFixture;

  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
  const delivery = async (listId: string, id: string) =>
    (
      (await s.gql(DELIVERIES, { l: listId }, admin.token)).data.deliveries as Array<{
        id: string;
        status: string;
        recipients: number;
        sent: number;
        failed: number;
      }>
    ).find((d) => d.id === id)!;
  const finished = async (listId: string, id: string) => {
    await until(
      async () => ['SENT', 'FAILED'].includes((await delivery(listId, id)).status),
      'the delivery to finish',
      30_000,
    );
    return delivery(listId, id);
  };

  /** A SINGLE list (no confirmation mail) with confirmed subscribers of the given kinds, plus one PENDING on a DOUBLE list. */
  async function listWith(kinds: Array<{ format: 'TEXT' | 'HTML'; trackingConsent: boolean }>) {
    const list = (
      await s.gql(CREATE_LIST, { i: { name: `L${seq++}`, title: 'Weekly', optIn: 'SINGLE' } }, admin.token)
    ).data.createList;
    const people: Array<{ email: string; id: string; format: string; trackingConsent: boolean }> = [];
    for (const k of kinds) {
      const email = address(k.format.toLowerCase());
      const r = await s.gql(ADD, { l: list.id, i: { email, ...k } }, admin.token);
      people.push({ email, id: r.data.addSubscriber.id, ...k });
    }
    return { list, people };
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

  it('sends to CONFIRMED subscribers only, with unsubscribe headers and footer, HTML and tracking per subscriber', async () => {
    const { list, people } = await listWith([
      { format: 'TEXT', trackingConsent: true },
      { format: 'HTML', trackingConsent: false },
      { format: 'HTML', trackingConsent: true },
    ]);
    const [textOne, htmlNoTrack, htmlTrack] = people;
    // A PENDING person on a DOUBLE list of the same tenant gets nothing from another list's message.
    const double = (await s.gql(CREATE_LIST, { i: { name: `D${seq++}`, title: 'Double' } }, admin.token)).data
      .createList;
    const pending = address('pending');
    await s.gql(ADD, { l: double.id, i: { email: pending } }, admin.token);
    const pendingDelivery = (
      await s.gql(SEND, { l: double.id, i: { subject: 'to nobody', text: 'x' } }, admin.token)
    ).data.sendListMessage;

    const sent = await s.gql(
      SEND,
      { l: list.id, i: { subject: 'Issue 1', text: 'Hello readers', html: '<p>Hello <b>readers</b></p>' } },
      admin.token,
    );
    expect(sent.data.sendListMessage.status).toBe('QUEUED');
    const done = await finished(list.id, sent.data.sendListMessage.id);
    expect(done).toMatchObject({ status: 'SENT', recipients: 3, sent: 3, failed: 0 });
    expect((await finished(double.id, pendingDelivery.id)).recipients).toBe(0);
    await sleep(200);
    expect(mailsTo(pending).filter((m) => m.subject === 'to nobody')).toHaveLength(0);

    const [t] = mailsTo(textOne.email) as ReceivedMail[];
    const [h] = mailsTo(htmlNoTrack.email);
    const [ht] = mailsTo(htmlTrack.email);
    for (const m of [t, h, ht]) {
      expect(m.subject).toBe('Issue 1');
      expect(m.headers['list-unsubscribe']).toMatch(
        /^<https:\/\/lists\.example\.net\/unsubscribe\?token=[A-Za-z0-9_-]+>$/,
      );
      expect(m.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      expect(m.text).toContain('Hello readers');
      const footer = /unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(m.text)![1];
      expect(m.headers['list-unsubscribe']).toContain(footer);
    }
    expect(t.html).toBeNull(); // TEXT subscribers get text only, even with tracking consent
    expect(h.html).toContain('<b>readers</b>');
    expect(h.html).not.toContain('/o/');
    expect(ht.html).toMatch(/<img src="https:\/\/lists\.example\.net\/o\/[A-Za-z0-9_-]+\.gif"/);

    // The pixel counts an open for the consenting subscriber.
    const pixel = /\/o\/([A-Za-z0-9_-]+)\.gif/.exec(ht.html!)![1];
    const res = await fetch(`${s.base}/o/${pixel}.gif`);
    expect(res.headers.get('content-type')).toMatch(/image\/gif/);
    const [row] = await s.services.db.query(
      'SELECT opened_at FROM delivery_recipients WHERE subscriber_id = ?',
      [htmlTrack.id],
    );
    expect(row.opened_at).not.toBeNull();

    // The footer link unsubscribes (one click) and deletes.
    const token = /unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(t.text)![1];
    const un = await fetch(`${s.base}/unsubscribe?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(un.status).toBe(200);
    expect(await s.services.db.query('SELECT id FROM subscribers WHERE id = ?', [textOne.id])).toHaveLength(
      0,
    );

    // The processing log records the delivery without addresses.
    const log = await s.services.db.query(
      `SELECT * FROM processing_log WHERE action = 'list.deliver' AND tenant_id = ?`,
      [a.id],
    );
    expect(log.length).toBeGreaterThan(0);
    expect(JSON.stringify(log)).not.toMatch(/@/);
  });

  it("writes the list's sender name, reply-to address and footer into every message and the test message", async () => {
    const { list, people } = await listWith([
      { format: 'TEXT', trackingConsent: false },
      { format: 'HTML', trackingConsent: false },
    ]);
    const updated = await s.gql(
      'mutation($id: ID!, $i: UpdateListInput!) { updateList(id: $id, input: $i) { id } }',
      {
        id: list.id,
        i: {
          fromName: 'Garden Club',
          replyTo: 'editor@garden.example',
          footer: 'Garden Club, 1 Rose Lane\n<Berlin>',
        },
      },
      admin.token,
    );
    expect(updated.errors).toBeUndefined();
    const sent = await s.gql(
      SEND,
      { l: list.id, i: { subject: 'Spring', text: 'Bulbs are in.', html: '<p>Bulbs are in.</p>' } },
      admin.token,
    );
    expect(sent.errors).toBeUndefined();
    await finished(list.id, sent.data.sendListMessage.id);
    for (const p of people) {
      const [m] = mailsTo(p.email);
      expect(m.headers['from']).toMatch(/^"?Garden Club"? <[^<>@]+@[^<>]+>$/);
      expect(m.headers['reply-to']).toBe('editor@garden.example');
      // the list's footer comes before the platform's unsubscribe footer
      const at = m.text.indexOf('Garden Club, 1 Rose Lane\n<Berlin>');
      expect(at).toBeGreaterThan(m.text.indexOf('Bulbs are in.'));
      expect(at).toBeLessThan(m.text.indexOf('Unsubscribe'));
      if (p.format === 'HTML') expect(m.html).toContain('Garden Club, 1 Rose Lane<br>&#60;Berlin&#62;');
    }
    const test = await s.gql(
      'mutation($l: ID!, $i: MessageInput!) { sendTestMessage(listId: $l, input: $i) }',
      { l: list.id, i: { subject: 'Check', text: 'Draft.' } },
      admin.token,
    );
    expect(test.errors).toBeUndefined();
    const isDraft = (m: ReceivedMail) => m.subject.endsWith('Check');
    await until(async () => mailsTo(admin.email).some(isDraft), 'the test message', 30_000);
    const draft = mailsTo(admin.email).find(isDraft)!;
    expect(draft.text).toContain('Garden Club, 1 Rose Lane');
    expect(draft.headers['reply-to']).toBe('editor@garden.example');
  });

  it('never sends twice to a recipient when a chunk runs again', async () => {
    const { list, people } = await listWith([
      { format: 'TEXT', trackingConsent: false },
      { format: 'TEXT', trackingConsent: false },
    ]);
    const d = (await s.gql(SEND, { l: list.id, i: { subject: 'Once', text: 'only once' } }, admin.token)).data
      .sendListMessage;
    await finished(list.id, d.id);
    const ctx = RequestContext.deserialize(
      JSON.parse(
        (
          await s.services.db.query(
            `SELECT context FROM jobs WHERE queue = 'delivery.prepare' AND payload LIKE ?`,
            [`%${d.id}%`],
          )
        )[0].context,
      ),
    );
    const again = await s.services.queue.enqueue(ctx, DELIVERY_CHUNK_QUEUE, { deliveryId: d.id, chunk: 0 });
    await until(async () => (await s.services.queue.get(again))!.state === 'done', 'the repeated chunk');
    await sleep(300);
    for (const p of people) expect(mailsTo(p.email).filter((m) => m.subject === 'Once')).toHaveLength(1);
  });

  it('retries a temporary SMTP failure and delivers once', async () => {
    const { list, people } = await listWith([{ format: 'TEXT', trackingConsent: false }]);
    smtp.failNext(1);
    const d = (await s.gql(SEND, { l: list.id, i: { subject: 'Retry me', text: 'hello' } }, admin.token)).data
      .sendListMessage;
    const done = await finished(list.id, d.id);
    expect(done).toMatchObject({ status: 'SENT', sent: 1, failed: 0 });
    expect(mailsTo(people[0].email).filter((m) => m.subject === 'Retry me')).toHaveLength(1);
  });

  it('lets VIEWERs read deliveries but not send, and keeps other tenants out', async () => {
    const { list } = await listWith([{ format: 'TEXT', trackingConsent: false }]);
    expect(codeOf(await s.gql(SEND, { l: list.id, i: { subject: 'x', text: 'y' } }, viewer.token))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await s.gql(SEND, { l: list.id, i: { subject: 'x', text: 'y' } }, otherAdmin.token))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await s.gql(DELIVERIES, { l: list.id }, otherAdmin.token))).toBe('NOT_FOUND');
    expect((await s.gql(DELIVERIES, { l: list.id }, viewer.token)).data.deliveries).toEqual([]);
  });

  it.each([
    ['an empty subject', { subject: '', text: 'y' }],
    ['a blank text', { subject: 'x', text: '   ' }],
    ['a 301-character subject', { subject: 's'.repeat(301), text: 'y' }],
  ])('refuses %s with BAD_USER_INPUT and sends nothing', async (_what, input) => {
    const { list } = await listWith([{ format: 'TEXT', trackingConsent: false }]);
    expect(codeOf(await s.gql(SEND, { l: list.id, i: input }, admin.token))).toBe('BAD_USER_INPUT');
    expect((await s.gql(DELIVERIES, { l: list.id }, admin.token)).data.deliveries).toEqual([]);
  });
});
