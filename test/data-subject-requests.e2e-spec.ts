import { addCalendarMonths } from '../schema/requests/calendar';
import { RECEIPT_MESSAGE, VERIFY_MAIL_INTERVAL_MS } from '../schema/requests/request.service';
import { MAX_WAITING_PER_ADDRESS } from '../schema/requests/request-intake.service';
import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const SUBMIT =
  'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference message } }';
const VERIFY =
  'mutation($t: String!) { verifyDataSubjectRequest(token: $t) { reference type status receivedAt dueAt responses { controller status } } }';
const STATUS =
  'query($t: String!) { dataSubjectRequestStatus(token: $t) { reference type status receivedAt dueAt responses { controller status dueAt respondedAt reason } } }';
const TASKS =
  'query($s: TaskStatus) { dataSubjectTasks(status: $s) { id reference type status subjectEmail details receivedAt dueAt records lists respondedAt reason } }';
const RESPOND =
  'mutation($i: TaskResponseInput!) { respondToDataSubjectTask(input: $i) { id status dueAt respondedAt reason records lists } }';
const SUMMARIES =
  'query($s: RequestStatus, $o: Boolean) { dataSubjectRequests(status: $s, overdue: $o) { reference type status receivedAt dueAt tasks overdueTasks } }';
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';

let seq = 0;
const person = (who = 'subject') => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;
const tokenIn = (mail: ReceivedMail, path: string) => {
  const t = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text)?.[1];
  if (!t) throw new Error(`no ${path} link in: ${mail.text}`);
  return t;
};
/** The verification links of a mail, by the reference each is listed under. */
const linksIn = (mail: ReceivedMail): Record<string, string> => {
  const links: Record<string, string> = {};
  let current = '';
  for (const line of mail.text.split('\n')) {
    const token = /\/requests\/verify\?token=([A-Za-z0-9_-]+)/.exec(line)?.[1];
    if (token) links[current] = token;
    else current = /DSR-\w{4}-\w{4}/.exec(line)?.[0] ?? current;
  }
  return links;
};

describe('data-subject requests', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let a: TenantFixture;
  let b: TenantFixture;
  let c: TenantFixture;
  let adminA: UserFixture;
  let viewerA: UserFixture;
  let adminB: UserFixture;
  let adminC: UserFixture;
  const lists: Record<string, string> = {};

  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email.toLowerCase()));
  const mailTo = async (email: string, match: RegExp = /./, n = 1): Promise<ReceivedMail> => {
    const find = () => mailsTo(email).filter((m) => match.test(m.subject));
    await until(async () => find().length >= n, `mail ${match} to ${email}`);
    return find()[n - 1];
  };
  const subscribe = async (
    admin: UserFixture,
    list: string,
    email: string,
    extra: Record<string, unknown> = {},
  ) => {
    const r = await s.gql(ADD, { l: lists[list], i: { email, ...extra } }, admin.token);
    if (!r.data?.addSubscriber) throw new Error(JSON.stringify(r.errors));
  };
  /** Submits, verifies through the emailed link, and waits until routing is done. */
  const verified = async (email: string, type: string, submitAs = email) => {
    const receipt = (await s.gql(SUBMIT, { i: { email: submitAs, type } })).data.submitDataSubjectRequest;
    const verify = await mailTo(email, new RegExp(receipt.reference));
    const v = await s.gql(VERIFY, { t: tokenIn(verify, '/requests/verify') });
    expect(v.data.verifyDataSubjectRequest.status).toBe('ROUTING');
    const routed = await mailTo(email, new RegExp(`${receipt.reference}.*(forwarded|no data held)`));
    return {
      reference: receipt.reference as string,
      statusToken: tokenIn(routed, '/requests/status'),
      routed,
    };
  };
  const taskOf = async (admin: UserFixture, reference: string) =>
    ((await s.gql(TASKS, {}, admin.token)).data.dataSubjectTasks as Array<Record<string, any>>).find(
      (t) => t.reference === reference,
    );
  const count = async (sql: string, params: unknown[]) =>
    Number((await s.services.db.query(sql, params))[0].n);

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lists.example.net', PUBLIC_RATE_LIMIT: '0' },
    });
    [a, b, c] = await Promise.all([
      createTenant(s, { name: 'Alpha Books' }),
      createTenant(s, { name: 'Beta Sports' }),
      createTenant(s, { name: 'Gamma Travel' }),
    ]);
    [adminA, viewerA, adminB, adminC] = await Promise.all([
      createUser(s, a, 'ADMIN'),
      createUser(s, a, 'VIEWER'),
      createUser(s, b, 'ADMIN'),
      createUser(s, c, 'ADMIN'),
    ]);
    for (const [admin, name] of [
      [adminA, 'A1'],
      [adminA, 'A2'],
      [adminB, 'B1'],
      [adminC, 'C1'],
    ] as const) {
      lists[name] = (
        await s.gql(CREATE_LIST, { i: { name: `${name}-L`, title: name, optIn: 'SINGLE' } }, admin.token)
      ).data.createList.id;
    }
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('counts one calendar month from receipt, clamped at month ends, and three once extended', () => {
    const at = (iso: string, months: number) => addCalendarMonths(new Date(iso), months).toISOString();
    expect(at('2026-01-31T10:00:00.000Z', 1)).toBe('2026-02-28T10:00:00.000Z');
    expect(at('2028-01-31T10:00:00.000Z', 1)).toBe('2028-02-29T10:00:00.000Z');
    expect(at('2026-03-31T23:59:59.999Z', 1)).toBe('2026-04-30T23:59:59.999Z');
    expect(at('2026-12-31T00:00:00.000Z', 1)).toBe('2027-01-31T00:00:00.000Z');
    expect(at('2026-11-30T08:00:00.000Z', 3)).toBe('2027-02-28T08:00:00.000Z');
    expect(at('2026-05-15T12:00:00.000Z', 1)).toBe('2026-06-15T12:00:00.000Z');
  });

  it('routes to exactly the tenants holding the address (case and white space ignored), with DPO mails and a status link', async () => {
    const email = person();
    await subscribe(adminA, 'A1', email, { name: 'Ada', country: 'DE' });
    await subscribe(adminA, 'A2', email);
    await subscribe(adminB, 'B1', email);
    await subscribe(adminC, 'C1', person('someone-else'));

    const { reference, statusToken } = await verified(email, 'ACCESS', `  ${email.toUpperCase()} `);
    expect(reference).toMatch(/^DSR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const status = (await s.gql(STATUS, { t: statusToken })).data.dataSubjectRequestStatus;
    expect(status.status).toBe('ROUTED');
    expect(status.responses.map((r: { controller: string }) => r.controller)).toEqual([
      'Alpha Books',
      'Beta Sports',
    ]);
    expect(new Date(status.dueAt).toISOString()).toBe(
      addCalendarMonths(new Date(status.receivedAt), 1).toISOString(),
    );

    const taskA = await taskOf(adminA, reference);
    expect(taskA).toMatchObject({
      type: 'ACCESS',
      status: 'PENDING',
      subjectEmail: email,
      records: 2,
      lists: ['A1-L', 'A2-L'],
    });
    expect((await taskOf(adminB, reference))!.records).toBe(1);
    expect(await taskOf(adminC, reference)).toBeUndefined();

    for (const t of [a, b]) {
      const dpo = await mailTo(t.dpoEmail, new RegExp(reference));
      expect(dpo.text).toContain(reference);
      expect(dpo.text).toContain(status.dueAt.slice(0, 10));
      expect(dpo.text).not.toContain(email);
    }
    expect(mailsTo(c.dpoEmail).filter((m) => m.subject.includes(reference))).toHaveLength(0);
    expect(
      await count(
        'SELECT COUNT(*) AS n FROM data_subject_tasks k JOIN data_subject_requests r ON r.id = k.request_id WHERE r.reference = ?',
        [reference],
      ),
    ).toBe(2);
  });

  it('gives an unknown address the identical receipt, then NO_DATA_HELD, an email saying so, and deletes its details', async () => {
    const known = person('known');
    await subscribe(adminA, 'A1', known);
    const unknown = person('unknown');
    const r1 = (await s.gql(SUBMIT, { i: { email: known, type: 'ERASURE' } })).data.submitDataSubjectRequest;
    const r2 = (await s.gql(SUBMIT, { i: { email: unknown, type: 'ERASURE' } })).data
      .submitDataSubjectRequest;
    expect(Object.keys(r1)).toEqual(Object.keys(r2));
    expect(r1.message).toBe(r2.message);
    expect(r2.reference).toMatch(/^DSR-\w{4}-\w{4}$/);

    const verify = await mailTo(unknown, new RegExp(r2.reference));
    await s.gql(VERIFY, { t: tokenIn(verify, '/requests/verify') });
    const mail = await mailTo(unknown, /no data held/);
    expect(mail.text).toMatch(/None of our customers holds data/);
    const view = (await s.gql(STATUS, { t: tokenIn(mail, '/requests/status') })).data
      .dataSubjectRequestStatus;
    expect(view).toMatchObject({ reference: r2.reference, status: 'NO_DATA_HELD', responses: [] });
    const [row] = await s.services.db.query(
      'SELECT email, address_hash, details FROM data_subject_requests WHERE reference = ?',
      [r2.reference],
    );
    expect(row).toEqual({ email: null, address_hash: null, details: null });
  });

  it('refuses garbage, replayed and used tokens alike, and a GET of the link changes nothing', async () => {
    const email = person();
    await subscribe(adminA, 'A1', email);
    const receipt = (await s.gql(SUBMIT, { i: { email, type: 'ACCESS' } })).data.submitDataSubjectRequest;
    const token = tokenIn(await mailTo(email, new RegExp(receipt.reference)), '/requests/verify');

    const page = await fetch(`${s.base}/requests/verify?token=${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    const [row] = await s.services.db.query('SELECT status FROM data_subject_requests WHERE reference = ?', [
      receipt.reference,
    ]);
    expect(row.status).toBe('AWAITING_VERIFICATION');

    const garbage = await s.gql(VERIFY, { t: 'x'.repeat(43) });
    const short = await s.gql(VERIFY, { t: 'nope' });
    expect(codeOf(garbage)).toBe('BAD_USER_INPUT');
    expect(codeOf(short)).toBe('BAD_USER_INPUT');

    const posted = await fetch(`${s.base}/requests/verify?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${token}`,
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain(receipt.reference);
    const replay = await s.gql(VERIFY, { t: token });
    expect(codeOf(replay)).toBe('BAD_USER_INPUT');
    expect(replay.errors![0].message).toBe(garbage.errors![0].message);

    // The verification token is not a status token, and a guessed one shows nothing.
    expect((await s.gql(STATUS, { t: token })).data.dataSubjectRequestStatus).toBeNull();
    expect((await s.gql(STATUS, { t: 'A'.repeat(43) })).data.dataSubjectRequestStatus).toBeNull();
    expect((await fetch(`${s.base}/requests/status?token=${'A'.repeat(43)}`)).status).toBe(404);
    await mailTo(email, /forwarded/);
    expect(
      await count(
        'SELECT COUNT(*) AS n FROM data_subject_tasks k JOIN data_subject_requests r ON r.id = k.request_id WHERE r.reference = ?',
        [receipt.reference],
      ),
    ).toBe(1);
  });

  it('fulfils ACCESS with everything the tenant holds, readable and as JSON, and touches no other tenant', async () => {
    const email = person();
    await subscribe(adminA, 'A1', email, { name: 'Grace', country: 'FR', format: 'HTML' });
    await subscribe(adminB, 'B1', email, { name: 'Grace B' });
    const { reference, statusToken } = await verified(email, 'ACCESS');
    const task = await taskOf(adminA, reference);

    // Another tenant's task does not exist for B; a VIEWER cannot answer.
    expect(codeOf(await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'FULFILL' } }, adminB.token))).toBe(
      'NOT_FOUND',
    );
    expect(
      codeOf(await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'FULFILL' } }, viewerA.token)),
    ).toBe('FORBIDDEN');

    const done = (await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'FULFILL' } }, adminA.token)).data
      .respondToDataSubjectTask;
    expect(done.status).toBe('FULFILLED');
    const answer = await mailTo(email, /: your data \(/);
    expect(answer.text).toContain('A1-L');
    expect(answer.text).toContain('Grace');
    expect(answer.text).not.toContain('Grace B');
    expect(answer.attachments).toHaveLength(1);
    const json = JSON.parse(answer.attachments[0].content.toString('utf8'));
    expect(json.reference).toBe(reference);
    expect(json.subscriptions).toHaveLength(1);
    expect(json.subscriptions[0]).toMatchObject({
      list: 'A1-L',
      name: 'Grace',
      country: 'FR',
      format: 'HTML',
      status: 'CONFIRMED',
    });
    expect(json.subscriptions[0].consent.length).toBeGreaterThanOrEqual(1);
    expect(json.processing.map((p: { action: string }) => p.action)).toEqual(
      expect.arrayContaining(['subscriber.create', 'request.route']),
    );

    const view = (await s.gql(STATUS, { t: statusToken })).data.dataSubjectRequestStatus;
    expect(view.status).toBe('ROUTED');
    expect(view.responses.find((r: { controller: string }) => r.controller === 'Alpha Books').status).toBe(
      'FULFILLED',
    );
    // Answering again is a conflict; when B answers too, the request is complete.
    expect(
      codeOf(
        await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'REJECT', reason: 'late' } }, adminA.token),
      ),
    ).toBe('CONFLICT');
    const taskB = await taskOf(adminB, reference);
    await s.gql(
      RESPOND,
      {
        i: {
          taskId: taskB!.id,
          decision: 'REJECT',
          reason: 'We hold only an order record we must keep for tax law.',
        },
      },
      adminB.token,
    );
    const rejection = await mailTo(email, /declined/);
    expect(rejection.text).toContain('tax law');
    expect(rejection.text).toMatch(/supervisory authority/);
    expect((await s.gql(STATUS, { t: statusToken })).data.dataSubjectRequestStatus.status).toBe('COMPLETED');
  });

  it("fulfils ERASURE and OBJECTION by deleting only that tenant's rows, keeping a suppression", async () => {
    const email = person();
    await subscribe(adminA, 'A1', email);
    await subscribe(adminA, 'A2', email);
    await subscribe(adminB, 'B1', email);
    const { reference } = await verified(email, 'ERASURE');
    const task = await taskOf(adminA, reference);
    await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'FULFILL' } }, adminA.token);
    expect(
      await count('SELECT COUNT(*) AS n FROM subscribers WHERE tenant_id = ? AND email = ?', [a.id, email]),
    ).toBe(0);
    expect(
      await count('SELECT COUNT(*) AS n FROM subscribers WHERE tenant_id = ? AND email = ?', [b.id, email]),
    ).toBe(1);
    expect(
      await count('SELECT COUNT(*) AS n FROM suppressions WHERE tenant_id = ?', [a.id]),
    ).toBeGreaterThanOrEqual(1);
    expect((await taskOf(adminA, reference))!.records).toBe(0);
    // The SINGLE list now refuses the address until the person opts in again themselves.
    expect(codeOf(await s.gql(ADD, { l: lists.A1, i: { email } }, adminA.token))).toBe('CONFLICT');

    const other = person();
    await subscribe(adminB, 'B1', other);
    const objection = await verified(other, 'OBJECTION');
    const taskB = await taskOf(adminB, objection.reference);
    await s.gql(RESPOND, { i: { taskId: taskB!.id, decision: 'FULFILL' } }, adminB.token);
    expect(await count('SELECT COUNT(*) AS n FROM subscribers WHERE email = ?', [other])).toBe(0);
    await mailTo(other, /deleted your data/);
  });

  it("fulfils RECTIFICATION and RESTRICTION on all that tenant's rows only", async () => {
    const email = person();
    await subscribe(adminA, 'A1', email, { name: 'Wrong Name', country: 'DE' });
    await subscribe(adminA, 'A2', email, { name: 'Wrong Name' });
    await subscribe(adminB, 'B1', email, { name: 'Wrong Name' });
    const { reference } = await verified(email, 'RECTIFICATION');
    const task = await taskOf(adminA, reference);
    expect(codeOf(await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'FULFILL' } }, adminA.token))).toBe(
      'BAD_USER_INPUT',
    );
    await s.gql(
      RESPOND,
      { i: { taskId: task!.id, decision: 'FULFILL', rectification: { name: 'Right Name', country: 'at' } } },
      adminA.token,
    );
    const rows: Array<{ tenant_id: string; name: string; country: string | null }> =
      await s.services.db.query('SELECT tenant_id, name, country FROM subscribers WHERE email = ?', [email]);
    expect(rows.filter((r) => r.tenant_id === a.id).map((r) => [r.name, r.country])).toEqual([
      ['Right Name', 'AT'],
      ['Right Name', 'AT'],
    ]);
    expect(rows.find((r) => r.tenant_id === b.id)!.name).toBe('Wrong Name');

    const restricted = person();
    await subscribe(adminA, 'A1', restricted);
    const r2 = await verified(restricted, 'RESTRICTION');
    await s.gql(
      RESPOND,
      { i: { taskId: (await taskOf(adminA, r2.reference))!.id, decision: 'FULFILL' } },
      adminA.token,
    );
    expect(
      await count('SELECT COUNT(*) AS n FROM subscribers WHERE email = ? AND restricted = ?', [
        restricted,
        true,
      ]),
    ).toBe(1);
    const send = await s.gql(
      'mutation($l: ID!) { sendListMessage(listId: $l, input: { subject: "Restricted check", text: "hi" }) { id } }',
      { l: lists.A1 },
      adminA.token,
    );
    const id = send.data.sendListMessage.id;
    await until(
      async () =>
        (await s.services.db.query('SELECT status FROM deliveries WHERE id = ?', [id]))[0].status !==
          'QUEUED' &&
        (await s.services.db.query('SELECT status FROM deliveries WHERE id = ?', [id]))[0].status !==
          'SENDING',
      'the delivery',
    );
    expect(mailsTo(restricted).filter((m) => m.subject === 'Restricted check')).toHaveLength(0);
    expect(mailsTo(email).filter((m) => m.subject === 'Restricted check')).toHaveLength(1);
  });

  it('needs a reason to REJECT or EXTEND, extends once to three months after receipt, only before the due date', async () => {
    const email = person();
    await subscribe(adminA, 'A1', email);
    const { reference } = await verified(email, 'PORTABILITY');
    const task = await taskOf(adminA, reference);
    expect(codeOf(await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'REJECT' } }, adminA.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(
        await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'EXTEND', reason: '   ' } }, adminA.token),
      ),
    ).toBe('BAD_USER_INPUT');
    const ext = (
      await s.gql(
        RESPOND,
        { i: { taskId: task!.id, decision: 'EXTEND', reason: 'Many requests this month' } },
        adminA.token,
      )
    ).data.respondToDataSubjectTask;
    expect(ext.status).toBe('EXTENDED');
    expect(new Date(ext.dueAt).toISOString()).toBe(
      addCalendarMonths(new Date(task!.receivedAt), 3).toISOString(),
    );
    expect((await mailTo(email, /more time/)).text).toContain('Many requests this month');
    expect(
      codeOf(
        await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'EXTEND', reason: 'again' } }, adminA.token),
      ),
    ).toBe('CONFLICT');

    // After the first due date an extension is refused.
    const late = person();
    await subscribe(adminA, 'A1', late);
    const r2 = await verified(late, 'ACCESS');
    await s.services.db.query('UPDATE data_subject_requests SET due_at = ? WHERE reference = ?', [
      s.services.db.param(new Date(Date.now() - 1000)),
      r2.reference,
    ]);
    const t2 = await taskOf(adminA, r2.reference);
    expect(
      codeOf(
        await s.gql(RESPOND, { i: { taskId: t2!.id, decision: 'EXTEND', reason: 'too late' } }, adminA.token),
      ),
    ).toBe('CONFLICT');

    // PORTABILITY: the JSON attachment.
    await s.gql(RESPOND, { i: { taskId: task!.id, decision: 'FULFILL' } }, adminA.token);
    const data = await mailTo(email, /: your data \(/);
    expect(data.attachments[0].contentType).toBe('application/json');
    expect(JSON.parse(data.attachments[0].content.toString()).subscriptions[0].list).toBe('A1-L');
  });

  it('expires unverified requests after 7 days and deletes their personal data; mails one verification per address in 10 minutes', async () => {
    const email = person();
    const r1 = (await s.gql(SUBMIT, { i: { email, type: 'ACCESS', details: 'my details' } })).data
      .submitDataSubjectRequest;
    await mailTo(email, new RegExp(r1.reference));
    const r2 = (await s.gql(SUBMIT, { i: { email: email.toUpperCase(), type: 'ERASURE' } })).data
      .submitDataSubjectRequest;
    await until(
      async () =>
        (await count(`SELECT COUNT(*) AS n FROM jobs WHERE queue = 'dsr.submit' AND state <> 'done'`, [])) ===
        0,
      'the submissions',
    );
    expect(mailsTo(email).filter((m) => m.subject.includes(r2.reference))).toHaveLength(0);
    expect(mailsTo(email)).toHaveLength(1);

    await s.services.db.query('UPDATE data_subject_requests SET verify_expires_at = ? WHERE reference = ?', [
      s.services.db.param(new Date(Date.now() - 1000)),
      r1.reference,
    ]);
    await s.services.requests.maintain(RequestContext.system('test'));
    const [row] = await s.services.db.query(
      'SELECT status, email, details, address_hash FROM data_subject_requests WHERE reference = ?',
      [r1.reference],
    );
    expect(row).toEqual({ status: 'EXPIRED', email: null, details: null, address_hash: null });
    const token = tokenIn(mailsTo(email)[0], '/requests/verify');
    expect(codeOf(await s.gql(VERIFY, { t: token }))).toBe('BAD_USER_INPUT');
  });

  describe('several requests of one address', () => {
    const submit = async (email: string, type: string) =>
      (await s.gql(SUBMIT, { i: { email, type } })).data.submitDataSubjectRequest as {
        reference: string;
        message: string;
      };
    const settled = () =>
      until(
        async () =>
          (await count(
            `SELECT COUNT(*) AS n FROM jobs WHERE queue = 'dsr.submit' AND state <> 'done'`,
            [],
          )) === 0,
        'the submissions',
      );
    const verifyMails = (email: string) => mailsTo(email).filter((m) => m.subject.startsWith('Verify'));
    const hashOf = async (reference: string) =>
      (
        await s.services.db.query('SELECT address_hash FROM data_subject_requests WHERE reference = ?', [
          reference,
        ])
      )[0].address_hash as string;
    const rowsOf = async (hash: string) =>
      (
        (await s.services.db.query(
          'SELECT reference, type, status, received_at, due_at FROM data_subject_requests WHERE address_hash = ? ORDER BY received_at',
          [hash],
        )) as Array<{
          reference: string;
          type: string;
          status: string;
          received_at: unknown;
          due_at: unknown;
        }>
      ).map((r) => ({
        reference: r.reference,
        type: r.type,
        status: r.status,
        receivedAt: s.services.db.date(r.received_at)!,
        dueAt: s.services.db.date(r.due_at)!,
      }));
    const mailJobs = async (hash: string) =>
      (await s.services.db.query(
        `SELECT run_at FROM jobs WHERE queue = 'dsr.verify-mail' AND state = 'pending' AND payload LIKE ?`,
        [`%${hash}%`],
      )) as Array<{ run_at: unknown }>;
    /** As if the 10 minutes since the address's last verification mail were over. */
    const windowOver = async (hash: string) => {
      const db = s.services.db;
      await db.query('UPDATE data_subject_verify_mails SET mailed_at = ? WHERE address_hash = ?', [
        db.param(new Date(Date.now() - VERIFY_MAIL_INTERVAL_MS - 1000)),
        hash,
      ]);
      // Found by a plain read, then moved one row at a time by primary key: an UPDATE that scans by
      // payload would lock the rows the workers' claims lock, and InnoDB would pick one as a deadlock victim.
      const due: Array<{ id: string }> = await db.query(
        `SELECT id FROM jobs WHERE queue = 'dsr.verify-mail' AND state = 'pending' AND payload LIKE ?`,
        [`%${hash}%`],
      );
      for (const { id } of due)
        await db.query(`UPDATE jobs SET run_at = ? WHERE id = ? AND state = 'pending'`, [
          db.param(new Date()),
          id,
        ]);
    };

    it('stores a second request within 10 minutes and mails both in one message at their end, each link verifying its own; a third later is mailed at once', async () => {
      const email = person('twice');
      const access = await submit(email, 'ACCESS');
      const first = await mailTo(email, new RegExp(access.reference));
      const hash = await hashOf(access.reference);
      const before = Date.now();
      const erasure = await submit(` ${email.toUpperCase()}`, 'ERASURE');
      const after = Date.now();
      expect(Object.keys(erasure)).toEqual(Object.keys(access));
      expect(erasure.message).toBe(access.message);
      await settled();

      // Both stored, each with its own clock from its own receipt.
      const rows = await rowsOf(hash);
      expect(rows.map((r) => [r.reference, r.type, r.status])).toEqual([
        [access.reference, 'ACCESS', 'AWAITING_VERIFICATION'],
        [erasure.reference, 'ERASURE', 'AWAITING_VERIFICATION'],
      ]);
      expect(rows[1].receivedAt.getTime()).toBeGreaterThanOrEqual(before - 5);
      expect(rows[1].receivedAt.getTime()).toBeLessThanOrEqual(after + 5);
      for (const r of rows)
        expect(r.dueAt.toISOString()).toBe(addCalendarMonths(r.receivedAt, 1).toISOString());

      // Within the 10 minutes: still the one mail, and one job at their end.
      await new Promise((r) => setTimeout(r, 500));
      expect(verifyMails(email)).toHaveLength(1);
      const [limit] = await s.services.db.query(
        'SELECT mailed_at FROM data_subject_verify_mails WHERE address_hash = ?',
        [hash],
      );
      const jobs = await mailJobs(hash);
      expect(jobs).toHaveLength(1);
      expect(s.services.db.date(jobs[0].run_at)!.getTime()).toBe(
        s.services.db.date(limit.mailed_at)!.getTime() + VERIFY_MAIL_INTERVAL_MS,
      );

      await windowOver(hash);
      const second = await mailTo(email, /^Verify/, 2);
      expect(second.subject).toBe(
        `Verify your data protection requests ${access.reference}, ${erasure.reference}`,
      );
      expect(second.text).toMatch(/access to your personal data \(Art\. 15 GDPR\)/);
      expect(second.text).toMatch(/erasure of your personal data \(Art\. 17 GDPR\)/);
      const links = linksIn(second);
      expect(Object.keys(links).sort()).toEqual([access.reference, erasure.reference].sort());
      expect(links[access.reference]).not.toBe(links[erasure.reference]);
      // The new mail's links replace the first one's.
      expect(codeOf(await s.gql(VERIFY, { t: linksIn(first)[access.reference] }))).toBe('BAD_USER_INPUT');

      const v1 = (await s.gql(VERIFY, { t: links[erasure.reference] })).data.verifyDataSubjectRequest;
      expect(v1).toMatchObject({ reference: erasure.reference, type: 'ERASURE', status: 'ROUTING' });
      const [stillWaiting] = await s.services.db.query(
        'SELECT status FROM data_subject_requests WHERE reference = ?',
        [access.reference],
      );
      expect(stillWaiting.status).toBe('AWAITING_VERIFICATION');
      const v2 = (await s.gql(VERIFY, { t: links[access.reference] })).data.verifyDataSubjectRequest;
      expect(v2).toMatchObject({ reference: access.reference, type: 'ACCESS', status: 'ROUTING' });
      expect(new Date(v2.dueAt).toISOString()).toBe(rows[0].dueAt.toISOString());
      expect(verifyMails(email)).toHaveLength(2);

      // After the 10 minutes a third request is mailed at once, on its own.
      await windowOver(hash);
      const third = await submit(email, 'RESTRICTION');
      const mail = await mailTo(email, /^Verify/, 3);
      expect(mail.subject).toBe(`Verify your data protection request ${third.reference}`);
      expect(mail.text).not.toContain(access.reference);
      expect(Object.keys(linksIn(mail))).toEqual([third.reference]);
      expect(
        (await s.gql(VERIFY, { t: linksIn(mail)[third.reference] })).data.verifyDataSubjectRequest,
      ).toMatchObject({ reference: third.reference, type: 'RESTRICTION' });
      expect(await mailJobs(hash)).toHaveLength(0);
    });

    it('keeps a repeat of a pending right as a request of its own, up to 10 waiting per address, and still sends one mail per 10 minutes', async () => {
      const email = person('flood');
      const types = Array.from({ length: 40 }, (_, i) => (i % 4 === 3 ? 'ERASURE' : 'ACCESS'));
      const receipts: Array<{ reference: string; message: string }> = [await submit(email, 'ACCESS')];
      await mailTo(email, /^Verify/);
      receipts.push(...(await Promise.all(types.map((t) => submit(email, t)))));
      await settled();
      expect(new Set(receipts.map((r) => r.message))).toEqual(new Set([RECEIPT_MESSAGE]));
      expect(new Set(receipts.map((r) => r.reference)).size).toBe(receipts.length);

      // Each stored request is one of the receipts, under its own reference; a flood stops at 10.
      const hash = await hashOf(receipts[0].reference);
      const rows = await rowsOf(hash);
      expect(rows).toHaveLength(MAX_WAITING_PER_ADDRESS);
      expect(rows[0].reference).toBe(receipts[0].reference);
      const issued = new Set(receipts.map((r) => r.reference));
      for (const r of rows) expect(issued.has(r.reference)).toBe(true);
      await new Promise((r) => setTimeout(r, 500));
      expect(verifyMails(email)).toHaveLength(1);
      expect(await mailJobs(hash)).toHaveLength(1);

      // At the end of the 10 minutes: one mail with all of them.
      await windowOver(hash);
      const second = await mailTo(email, /^Verify/, 2);
      expect(Object.keys(linksIn(second)).sort()).toEqual(rows.map((r) => r.reference).sort());

      // More within the next 10 minutes: nothing new stored, no mail, no job.
      await Promise.all(['ACCESS', 'ERASURE', 'ACCESS'].map((t) => submit(email, t)));
      await settled();
      await new Promise((r) => setTimeout(r, 500));
      expect(verifyMails(email)).toHaveLength(2);
      expect(await mailJobs(hash)).toHaveLength(0);
      expect(await rowsOf(hash)).toHaveLength(MAX_WAITING_PER_ADDRESS);

      // One once they are over: the waiting requests, mailed again with new links.
      await windowOver(hash);
      await submit(email, 'ERASURE');
      const third = await mailTo(email, /^Verify/, 3);
      expect(Object.keys(linksIn(third)).sort()).toEqual(rows.map((r) => r.reference).sort());
      expect(await rowsOf(hash)).toHaveLength(MAX_WAITING_PER_ADDRESS);
      expect(verifyMails(email)).toHaveLength(3);
      expect(codeOf(await s.gql(VERIFY, { t: linksIn(second)[rows[0].reference] }))).toBe('BAD_USER_INPUT');
      expect(
        (await s.gql(VERIFY, { t: linksIn(third)[rows[0].reference] })).data.verifyDataSubjectRequest,
      ).toMatchObject({ reference: rows[0].reference, type: 'ACCESS' });
    });

    it('handles a second request of the same right soon after the first: kept under its own reference, mailed at the window end, verified and routed', async () => {
      const email = person('again');
      const first = await submit(email, 'ERASURE');
      const firstMail = await mailTo(email, new RegExp(first.reference));
      const hash = await hashOf(first.reference);
      // The same right again within the 10 minutes, with other details: not dropped.
      const again = (await s.gql(SUBMIT, { i: { email, type: 'ERASURE', details: 'also my old address' } }))
        .data.submitDataSubjectRequest;
      await settled();
      const rows = await rowsOf(hash);
      expect(rows.map((r) => [r.reference, r.type, r.status])).toEqual([
        [first.reference, 'ERASURE', 'AWAITING_VERIFICATION'],
        [again.reference, 'ERASURE', 'AWAITING_VERIFICATION'],
      ]);
      // The first is verified from the first mail, as it was sent.
      expect(
        (await s.gql(VERIFY, { t: linksIn(firstMail)[first.reference] })).data.verifyDataSubjectRequest,
      ).toMatchObject({ reference: first.reference, status: 'ROUTING' });
      // The address is not mailed twice within 10 minutes; the later mail lists the new request.
      expect(verifyMails(email)).toHaveLength(1);
      await windowOver(hash);
      const later = await mailTo(email, /^Verify/, 2);
      expect(Object.keys(linksIn(later))).toEqual([again.reference]);
      expect(
        (await s.gql(VERIFY, { t: linksIn(later)[again.reference] })).data.verifyDataSubjectRequest,
      ).toMatchObject({ reference: again.reference, type: 'ERASURE', status: 'ROUTING' });
      await mailTo(email, new RegExp(`${again.reference}.*(forwarded|no data held)`));
    });

    it('mails a request whose scheduled mail never ran, from the hourly job', async () => {
      const email = person('stranded');
      const access = await submit(email, 'ACCESS');
      await mailTo(email, new RegExp(access.reference));
      const portability = await submit(email, 'PORTABILITY');
      await settled();
      const hash = await hashOf(access.reference);
      // The scheduled job is lost, and the request is 20 minutes old.
      await s.services.db.query(
        `DELETE FROM jobs WHERE queue = 'dsr.verify-mail' AND state = 'pending' AND payload LIKE ?`,
        [`%${hash}%`],
      );
      const old = s.services.db.param(new Date(Date.now() - 2 * VERIFY_MAIL_INTERVAL_MS - 1000));
      await s.services.db.query('UPDATE data_subject_requests SET received_at = ? WHERE reference = ?', [
        old,
        portability.reference,
      ]);
      await s.services.db.query('UPDATE data_subject_verify_mails SET mailed_at = ? WHERE address_hash = ?', [
        old,
        hash,
      ]);
      const done = await s.services.requests.maintain(RequestContext.system('test'));
      expect(done.mailed).toBe(1);
      const mail = await mailTo(email, /^Verify/, 2);
      expect(Object.keys(linksIn(mail)).sort()).toEqual([access.reference, portability.reference].sort());
      // Its limit is kept while its 10 minutes run, and deleted after them.
      expect(
        await count('SELECT COUNT(*) AS n FROM data_subject_verify_mails WHERE address_hash = ?', [hash]),
      ).toBe(1);
      await windowOver(hash);
      await s.services.requests.maintain(RequestContext.system('test'));
      expect(
        await count('SELECT COUNT(*) AS n FROM data_subject_verify_mails WHERE address_hash = ?', [hash]),
      ).toBe(0);
    });
  });

  it('refuses bad input with BAD_USER_INPUT or NOT_FOUND and changes nothing', async () => {
    const before = await count('SELECT COUNT(*) AS n FROM jobs', []);
    for (const i of [
      { email: '', type: 'ACCESS' },
      { email: '   ', type: 'ACCESS' },
      { email: 'not-an-address', type: 'ACCESS' },
      { email: `${'a'.repeat(250)}@x.example`, type: 'ACCESS' },
      { email: person(), type: 'ACCESS', details: 'x'.repeat(2001) },
      { email: person(), type: 'ACCESS', country: 'XX' },
      { email: person(), type: 'NOT_A_RIGHT' },
    ]) {
      expect(codeOf(await s.gql(SUBMIT, { i }))).toBe('BAD_USER_INPUT');
    }
    expect(await count('SELECT COUNT(*) AS n FROM jobs', [])).toBe(before);

    const email = person();
    await subscribe(adminA, 'A1', email);
    await subscribe(adminA, 'A2', email);
    const taken = person('taken');
    await subscribe(adminA, 'A2', taken);
    const { reference } = await verified(email, 'RECTIFICATION');
    const task = await taskOf(adminA, reference);
    for (const taskId of ['', 'garbage', '00000000-0000-4000-8000-000000000000']) {
      expect(
        codeOf(
          await s.gql(
            RESPOND,
            { i: { taskId, decision: 'FULFILL', rectification: { name: 'X' } } },
            adminA.token,
          ),
        ),
      ).toBe('NOT_FOUND');
    }
    expect(
      codeOf(
        await s.gql(
          RESPOND,
          { i: { taskId: task!.id, decision: 'REJECT', reason: 'r'.repeat(2001) } },
          adminA.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await s.gql(
          RESPOND,
          { i: { taskId: task!.id, decision: 'FULFILL', rectification: { email: 'nope' } } },
          adminA.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await s.gql(
          RESPOND,
          { i: { taskId: task!.id, decision: 'FULFILL', rectification: { country: 'ZZ' } } },
          adminA.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await s.gql(
          RESPOND,
          { i: { taskId: task!.id, decision: 'FULFILL', rectification: { name: 'n'.repeat(201) } } },
          adminA.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    // The corrected address is already on one of the lists: nothing is changed.
    expect(
      codeOf(
        await s.gql(
          RESPOND,
          {
            i: {
              taskId: task!.id,
              decision: 'FULFILL',
              rectification: { email: ` ${taken.toUpperCase()} `, name: 'New' },
            },
          },
          adminA.token,
        ),
      ),
    ).toBe('CONFLICT');
    expect(
      await count('SELECT COUNT(*) AS n FROM subscribers WHERE email = ? AND name IS NULL', [email]),
    ).toBe(2);
    expect((await taskOf(adminA, reference))!.status).toBe('PENDING');
    // A corrected address moves every row of that tenant, and the task still finds them.
    const moved = person('moved');
    const done = (
      await s.gql(
        RESPOND,
        { i: { taskId: task!.id, decision: 'FULFILL', rectification: { email: moved.toUpperCase() } } },
        adminA.token,
      )
    ).data.respondToDataSubjectTask;
    expect(done.status).toBe('FULFILLED');
    expect(
      await count('SELECT COUNT(*) AS n FROM subscribers WHERE tenant_id = ? AND email = ?', [a.id, moved]),
    ).toBe(2);
    expect(await count('SELECT COUNT(*) AS n FROM subscribers WHERE email = ?', [email])).toBe(0);
  });

  it('reminds the DPO once, 7 days before a task is due', async () => {
    const email = person();
    await subscribe(adminB, 'B1', email);
    const { reference } = await verified(email, 'RECTIFICATION');
    const inThreeDays = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    await s.services.db.query(
      'UPDATE data_subject_tasks SET due_at = ? WHERE request_id = (SELECT id FROM data_subject_requests WHERE reference = ?)',
      [s.services.db.param(inThreeDays), reference],
    );
    const first = await s.services.requests.maintain(RequestContext.system('test'));
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const reminder = await mailTo(b.dpoEmail, new RegExp(`Reminder: data-subject request ${reference}`));
    expect(reminder.text).toContain(inThreeDays.toISOString());
    expect(reminder.text).not.toContain(email);
    await s.services.requests.maintain(RequestContext.system('test'));
    await new Promise((r) => setTimeout(r, 300));
    expect(
      mailsTo(b.dpoEmail).filter((m) => m.subject.startsWith(`Reminder: data-subject request ${reference}`)),
    ).toHaveLength(1);
  });

  it('shows operators summaries without personal data, with overdue tasks; tenants and the public cannot see them', async () => {
    const email = person();
    await subscribe(adminA, 'A1', email);
    const { reference } = await verified(email, 'ACCESS');
    await s.services.db.query(
      'UPDATE data_subject_tasks SET due_at = ? WHERE request_id = (SELECT id FROM data_subject_requests WHERE reference = ?)',
      [s.services.db.param(new Date(Date.now() - 1000)), reference],
    );
    const op = await s.operatorToken();
    const all = await s.gql(SUMMARIES, {}, op);
    expect(JSON.stringify(all.data)).not.toContain('@');
    const overdue = (await s.gql(SUMMARIES, { o: true }, op)).data.dataSubjectRequests;
    expect(overdue.find((r: { reference: string }) => r.reference === reference)).toMatchObject({
      status: 'ROUTED',
      tasks: 1,
      overdueTasks: 1,
    });
    const routed = (await s.gql(SUMMARIES, { s: 'ROUTED', o: false }, op)).data.dataSubjectRequests;
    expect(routed.find((r: { reference: string }) => r.reference === reference)).toBeUndefined();
    expect(codeOf(await s.gql(SUMMARIES, {}, adminA.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(SUMMARIES, {}))).toBe('UNAUTHENTICATED');

    // The hourly job tells the DPO once.
    const first = await s.services.requests.maintain(RequestContext.system('test'));
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    await mailTo(a.dpoEmail, new RegExp(`Overdue: data-subject request ${reference}`));
    await s.services.requests.maintain(RequestContext.system('test'));
    await new Promise((r) => setTimeout(r, 300));
    expect(
      mailsTo(a.dpoEmail).filter((m) => m.subject.startsWith(`Overdue: data-subject request ${reference}`)),
    ).toHaveLength(1);
  });
});

describe('data-subject requests under the public rate limit', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ workers: 1, env: { PUBLIC_RATE_LIMIT: '2' } });
  });
  afterAll(() => s?.close());

  it('refuses the third submission from one client within a minute, and the refused one leaves nothing', async () => {
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 3; i++)
      codes.push(codeOf(await s.gql(SUBMIT, { i: { email: person('limited'), type: 'ERASURE' } })) ?? 'ok');
    expect(codes).toEqual(['ok', 'ok', 'RATE_LIMITED']);
    await until(
      async () =>
        Number(
          (
            await s.services.db.query(
              `SELECT COUNT(*) AS n FROM jobs WHERE queue = 'dsr.submit' AND state <> 'done'`,
            )
          )[0].n,
        ) === 0,
      'the submissions',
    );
    expect(Number((await s.services.db.query('SELECT COUNT(*) AS n FROM data_subject_requests'))[0].n)).toBe(
      2,
    );
    // The verification link is rate limited as well (it is a public mutation).
    expect(codeOf(await s.gql(VERIFY, { t: 'x'.repeat(43) }))).toBe('RATE_LIMITED');
  });
});
