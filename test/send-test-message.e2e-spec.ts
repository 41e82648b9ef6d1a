import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const TEST = 'mutation($l: ID!, $i: MessageInput!) { sendTestMessage(listId: $l, input: $i) }';
const DELIVERIES = 'query($l: ID!) { deliveries(listId: $l) { id } }';

let seq = 0;

describe('sendTestMessage', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let a: TenantFixture;
  let admin: UserFixture;
  let owner: UserFixture;
  let viewer: UserFixture;
  let otherAdmin: UserFixture;
  let listId: string;
  let subscriberEmail: string;

  const newList = async (token: string) =>
    (await s.gql(CREATE_LIST, { i: { name: `T${seq++}`, title: 'Test list', optIn: 'SINGLE' } }, token)).data
      .createList.id as string;
  const testMails = () => smtp.messages.filter((m) => m.subject.startsWith('[Test] '));

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 1,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lists.example.net' },
    });
    a = await createTenant(s);
    const b = await createTenant(s);
    [admin, owner, viewer, otherAdmin] = await Promise.all([
      createUser(s, a, 'ADMIN'),
      createUser(s, a, 'OWNER'),
      createUser(s, a, 'VIEWER'),
      createUser(s, b, 'ADMIN'),
    ]);
    listId = await newList(admin.token);
    subscriberEmail = `reader-${Date.now()}@example.com`;
    await s.gql(ADD, { l: listId, i: { email: subscriberEmail, format: 'HTML' } }, admin.token);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it("goes to the caller's own address only, marked as a test, with links that do nothing and no delivery", async () => {
    const r = await s.gql(
      TEST,
      { l: listId, i: { subject: 'Spring issue', text: 'Hello', html: '<p>Hello <b>you</b></p>' } },
      admin.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.sendTestMessage).toBe(true);
    const [m] = await smtp.waitFor(smtp.messages.length + 1, 15_000).then(() => testMails());
    expect(m.to).toEqual([admin.email]);
    expect(m.subject).toBe('[Test] Spring issue');
    expect(m.text).toContain('Hello');
    expect(m.html).toContain('<b>you</b>');
    expect(m.html).not.toContain('/o/'); // no tracking image
    // The footer is there, with a link that unsubscribes nobody.
    const token = /unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(m.text)![1];
    const res = await fetch(`${s.base}/unsubscribe?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).not.toBe(200);
    expect(
      await s.services.db.query('SELECT id FROM subscribers WHERE email = ?', [subscriberEmail]),
    ).toHaveLength(1);
    await sleep(500);
    expect(smtp.messages.filter((x) => x.to.includes(subscriberEmail))).toHaveLength(0);
    expect((await s.gql(DELIVERIES, { l: listId }, admin.token)).data.deliveries).toEqual([]);
    // A processing-log entry, without the address.
    const log = await s.services.db.query(
      `SELECT * FROM processing_log WHERE action = 'list.testMessage' AND tenant_id = ?`,
      [a.id],
    );
    expect(log).toHaveLength(1);
    expect(JSON.stringify(log)).not.toMatch(/@/);
  });

  it('refuses VIEWERs, other tenants and bad input, sending nothing', async () => {
    const before = smtp.messages.length;
    const input = { subject: 'x', text: 'y' };
    expect(codeOf(await s.gql(TEST, { l: listId, i: input }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(TEST, { l: listId, i: input }, otherAdmin.token))).toBe('NOT_FOUND');
    for (const bad of [
      { subject: '', text: 'y' },
      { subject: 'x', text: '  ' },
      { subject: 's'.repeat(301), text: 'y' },
      { subject: 'line\r\nBcc: someone@example.org', text: 'y' },
      { subject: 'x', text: 'y', html: 'h'.repeat(500_001) },
    ])
      expect(codeOf(await s.gql(TEST, { l: listId, i: bad }, admin.token))).toBe('BAD_USER_INPUT');
    await sleep(800);
    expect(smtp.messages.length).toBe(before);
  });

  it('is limited to 10 an hour per user', async () => {
    const mine = await newList(owner.token);
    for (let i = 0; i < 10; i++) {
      const r = await s.gql(TEST, { l: mine, i: { subject: `Try ${i}`, text: 'y' } }, owner.token);
      expect(r.errors).toBeUndefined();
    }
    expect(codeOf(await s.gql(TEST, { l: mine, i: { subject: 'Too many', text: 'y' } }, owner.token))).toBe(
      'RATE_LIMITED',
    );
    // Another user of the same tenant is not held back.
    expect(
      (await s.gql(TEST, { l: mine, i: { subject: 'Mine', text: 'y' } }, admin.token)).data.sendTestMessage,
    ).toBe(true);
    await until(
      async () =>
        testMails().filter((m) => m.to.includes(owner.email) || m.to.includes(admin.email)).length >= 12,
      'the test messages',
    );
    await sleep(500);
    expect(testMails().filter((m) => m.to.includes(owner.email))).toHaveLength(10);
    expect(testMails().some((m) => m.subject === '[Test] Too many')).toBe(false);
  });
});
