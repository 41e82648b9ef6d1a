import { addCalendarMonths } from '../schema/requests/calendar';
import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const SUBMIT = 'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference } }';
const STATUS = 'query($t: String!) { dataSubjectRequestStatus(token: $t) { reference status } }';

const DAY = 86_400_000;
let seq = 0;
const person = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;
const tokensIn = (mail: ReceivedMail, path: string): string[] => {
  const found = [...mail.text.matchAll(new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`, 'g'))].map((m) => m[1]);
  if (!found.length) throw new Error(`no ${path} link in: ${mail.text}`);
  return found;
};

/** Tokens in the mail outbox: once SMTP took a mail, its row keeps no body and no token. */
describe('tokens in the outbox', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let doubleList: string;
  let singleList: string;

  const mailTo = async (email: string, subject: RegExp = /./): Promise<ReceivedMail> => {
    const find = () => smtp.messages.find((m) => m.to.includes(email) && subject.test(m.subject));
    await until(async () => !!find(), `mail ${subject} to ${email}`);
    return find()!;
  };
  /** The raw outbox row of a received mail, once the worker recorded the delivery. */
  const sentRow = async (mail: ReceivedMail): Promise<Record<string, unknown>> => {
    const row = async () =>
      (await s.services.db.query(`SELECT * FROM outbound_mail WHERE message_id = ?`, [mail.messageId]))[0];
    await until(async () => (await row())?.state === 'sent', `outbox row of ${mail.subject} sent`);
    return row();
  };
  /** Every stored outbox row and job, as text: where a token in clear would show. */
  const storedText = async () =>
    JSON.stringify([
      await s.services.db.query('SELECT * FROM outbound_mail'),
      await s.services.db.query('SELECT * FROM jobs'),
    ]);
  const expectNoBody = (row: Record<string, unknown>, to: string, kind: string) => {
    expect(row).toMatchObject({
      kind,
      to_address: to,
      state: 'sent',
      subject: '',
      text: '',
      html: null,
      headers: '{}',
      attachments: null,
      last_error: null,
    });
    expect(row.message_id).toMatch(/^<.+@.+>$/);
    expect(row.sent_at).toBeTruthy();
  };
  const post = (path: string, token: string) =>
    fetch(`${s.base}${path}?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${token}`,
    });
  /** Submits a data-subject request, verifies it through its link and returns the routed mail. */
  const routed = async (email: string): Promise<{ reference: string; statusToken: string }> => {
    const { reference } = (await s.gql(SUBMIT, { i: { email, type: 'ACCESS' } })).data
      .submitDataSubjectRequest;
    const [verify] = tokensIn(await mailTo(email, new RegExp(`Verify .*${reference}`)), '/requests/verify');
    expect((await post('/requests/verify', verify)).status).toBe(200);
    const mail = await mailTo(email, new RegExp(`${reference}.*(forwarded|no data held)`));
    return { reference, statusToken: tokensIn(mail, '/requests/status')[0] };
  };
  const requestRow = async (reference: string) =>
    (await s.services.db.query('SELECT * FROM data_subject_requests WHERE reference = ?', [reference]))[0];

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lists.example.net', PUBLIC_RATE_LIMIT: '0' },
    });
    tenant = await createTenant(s);
    admin = await createUser(s, tenant, 'ADMIN');
    doubleList = (await s.gql(CREATE_LIST, { i: { name: 'tok-d', title: 'Tokens' } }, admin.token)).data
      .createList.id;
    singleList = (
      await s.gql(CREATE_LIST, { i: { name: 'tok-s', title: 'Single', optIn: 'SINGLE' } }, admin.token)
    ).data.createList.id;
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('drops a sent confirmation mail body and its tokens from the outbox; the links still work', async () => {
    const email = person('confirm');
    const added = await s.gql(ADD, { l: doubleList, i: { email } }, admin.token);
    const mail = await mailTo(email, /confirm your subscription/);
    const [confirm] = tokensIn(mail, '/confirm');
    const [refuse] = tokensIn(mail, '/unsubscribe');

    const row = await sentRow(mail);
    expectNoBody(row, email, 'subscription.confirm');
    expect(row.tenant_id).toBe(tenant.id);
    const stored = await storedText();
    expect(stored).not.toContain(confirm);
    expect(stored).not.toContain(refuse);

    expect((await post('/confirm', confirm)).status).toBe(200);
    const [sub] = await s.services.db.query('SELECT status FROM subscribers WHERE id = ?', [
      added.data.addSubscriber.id,
    ]);
    expect(sub.status).toBe('CONFIRMED');
  });

  it('drops the verification and status mails of a data-subject request; both links still work', async () => {
    const email = person('dsr');
    await s.gql(ADD, { l: singleList, i: { email } }, admin.token);
    const { reference } = (await s.gql(SUBMIT, { i: { email, type: 'ACCESS' } })).data
      .submitDataSubjectRequest;
    const verifyMail = await mailTo(email, new RegExp(`Verify .*${reference}`));
    const [verify] = tokensIn(verifyMail, '/requests/verify');
    expectNoBody(await sentRow(verifyMail), email, 'dsr.verify');
    expect(await storedText()).not.toContain(verify);

    const verified = await post('/requests/verify', verify);
    expect(verified.status).toBe(200);
    expect(await verified.text()).toContain(reference);

    const routedMail = await mailTo(email, new RegExp(`${reference} was forwarded`));
    const [status] = tokensIn(routedMail, '/requests/status');
    expectNoBody(await sentRow(routedMail), email, 'dsr.routed');
    expect(await storedText()).not.toContain(status);
    const page = await fetch(`${s.base}/requests/status?token=${status}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(reference);
  });

  it('gives a status link a lifetime covering the longest deadline, and refuses it once expired, changing nothing', async () => {
    const email = person('expiry');
    await s.gql(ADD, { l: singleList, i: { email } }, admin.token);
    const { reference, statusToken } = await routed(email);
    const before = await requestRow(reference);
    const received = s.services.db.date(before.received_at)!;
    expect(s.services.db.date(before.status_expires_at)!.toISOString()).toBe(
      new Date(addCalendarMonths(received, 3).getTime() + 30 * DAY).toISOString(),
    );
    expect((await s.gql(STATUS, { t: statusToken })).data.dataSubjectRequestStatus).toMatchObject({
      reference,
      status: 'ROUTED',
    });

    // Past its lifetime: the page says so, the API shows nothing, and the request is untouched.
    const past = s.services.db.param(new Date(Date.now() - 1000));
    await s.services.db.query('UPDATE data_subject_requests SET status_expires_at = ? WHERE reference = ?', [
      past,
      reference,
    ]);
    const expired = await requestRow(reference);
    const page = await fetch(`${s.base}/requests/status?token=${statusToken}`);
    expect(page.status).toBe(404);
    const html = await page.text();
    expect(html).toContain('This link is invalid or has expired');
    expect(html).not.toContain(reference);
    expect((await s.gql(STATUS, { t: statusToken })).data.dataSubjectRequestStatus).toBeNull();
    expect(await requestRow(reference)).toEqual(expired);

    // The hourly job forgets the hash of a link nothing can use any more.
    const result = await s.services.requests.maintain(RequestContext.system('test'));
    expect(result.links).toBeGreaterThanOrEqual(1);
    expect((await requestRow(reference)).status_token_hash).toBeNull();
    expect((await requestRow(reference)).status).toBe('ROUTED');
  });

  it('ends a status link 30 days after the request ended', async () => {
    const email = person('nodata'); // held nowhere: NO_DATA_HELD, ended at once
    const { reference, statusToken } = await routed(email);
    expect((await s.gql(STATUS, { t: statusToken })).data.dataSubjectRequestStatus).toMatchObject({
      reference,
      status: 'NO_DATA_HELD',
    });
    const ended = (days: number) =>
      s.services.db.query('UPDATE data_subject_requests SET ended_at = ? WHERE reference = ?', [
        s.services.db.param(new Date(Date.now() - days * DAY)),
        reference,
      ]);
    await ended(29);
    expect((await fetch(`${s.base}/requests/status?token=${statusToken}`)).status).toBe(200);
    await ended(30);
    expect((await fetch(`${s.base}/requests/status?token=${statusToken}`)).status).toBe(404);
    expect((await s.gql(STATUS, { t: statusToken })).data.dataSubjectRequestStatus).toBeNull();
  });
});
