import { formatDate, t } from '../schema/common/i18n';
import { addCalendarMonths } from '../schema/requests/calendar';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const TASKS = 'query { dataSubjectTasks { id reference status } }';
const RESPOND =
  'mutation($i: TaskResponseInput!) { respondToDataSubjectTask(input: $i) { id status dueAt reason } }';
const SUBMIT =
  'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference message } }';
const PUBLIC_URL = 'https://lists.example.net';

const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');
/** The text a person reads: no tags, entities decoded, white space folded. */
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
const tokenIn = (mail: ReceivedMail, path: string) => {
  const token = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text)?.[1];
  if (!token) throw new Error(`no ${path} link in: ${mail.text}`);
  return token;
};
const referenceIn = (html: string) => /DSR-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(decode(html))?.[0];
let seq = 0;
const person = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;

describe('the data-subject request form (/requests/new)', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let alpha: TenantFixture;
  let beta: TenantFixture;
  let adminA: UserFixture;
  let adminB: UserFixture;
  let listsA: string[];
  let listB: string;
  const names: string[] = [];

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${s.base}${path}`, { headers, redirect: 'manual' });
  const postForm = (body: Record<string, string> | string, headers: Record<string, string> = {}) =>
    fetch(`${s.base}/requests/new`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: typeof body === 'string' ? body : new URLSearchParams(body).toString(),
      redirect: 'manual',
    });
  const mailTo = async (email: string, match: RegExp) => {
    const find = () => smtp.messages.find((m) => m.to.includes(email) && match.test(m.subject));
    await until(async () => !!find(), `mail ${match} to ${email}`);
    return find()!;
  };
  const requestCount = async () =>
    Number((await s.services.db.query('SELECT COUNT(*) AS n FROM data_subject_requests'))[0].n as number);
  const jobCount = async () =>
    Number(
      (await s.services.db.query("SELECT COUNT(*) AS n FROM jobs WHERE queue = 'dsr.submit'"))[0].n as number,
    );
  const settled = () =>
    until(
      async () =>
        Number(
          (
            await s.services.db.query(
              "SELECT COUNT(*) AS n FROM jobs WHERE queue IN ('dsr.submit', 'dsr.route') AND state IN ('pending', 'running')",
            )
          )[0].n,
        ) === 0,
      'request jobs settled',
    );

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL, PUBLIC_RATE_LIMIT: '0' },
    });
    alpha = await createTenant(s, { name: 'Alpha Bücher' });
    beta = await createTenant(s, { name: 'Beta Verein' });
    adminA = await createUser(s, alpha, 'ADMIN');
    adminB = await createUser(s, beta, 'ADMIN');
    listsA = [];
    for (const name of ['neuigkeiten', 'angebote']) {
      const made = (await s.gql(CREATE_LIST, { i: { name, title: name, optIn: 'SINGLE' } }, adminA.token))
        .data.createList;
      listsA.push(made.id);
      names.push(made.name);
    }
    const b = (
      await s.gql(CREATE_LIST, { i: { name: 'mitglieder', title: 'M', optIn: 'SINGLE' } }, adminB.token)
    ).data.createList;
    listB = b.id;
    names.push(b.name);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  const subscribe = async (email: string) => {
    for (const l of listsA) await s.gql(ADD, { l, i: { email } }, adminA.token);
    await s.gql(ADD, { l: listB, i: { email } }, adminB.token);
  };

  it('explains every right in German to Accept-Language: de, with a labelled form', async () => {
    const requests = await requestCount();
    const res = await get('/requests/new', { 'accept-language': 'de-DE,de;q=0.9' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('de');
    // Its POST carries the real Origin (helmet's no-referrer would make it "null", refused as cross-site).
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    const html = await res.text();
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain(`<h1 style="font-size: 1.4rem">${t('de', 'form.title')}</h1>`);
    const text = textOf(html);
    for (const r of [
      'ACCESS',
      'RECTIFICATION',
      'ERASURE',
      'RESTRICTION',
      'PORTABILITY',
      'OBJECTION',
    ] as const) {
      expect(text).toContain(t('de', `form.explain.${r}`));
      expect(html).toMatch(new RegExp(`<input type="radio" id="type-${r}" name="type" value="${r}"`));
      expect(html).toContain(`<label for="type-${r}">${t('de', `right.${r}`)}</label>`);
    }
    for (const id of ['email', 'details', 'country']) expect(html).toContain(`<label for="${id}">`);
    expect(html).toContain('<form method="post" action="/requests/new"');
    expect(html).not.toMatch(/<script/i);
    // A GET changes nothing.
    expect(await requestCount()).toBe(requests);
  });

  it('takes an ERASURE request in German: German receipt, German mails, verified, and a German status page with answers, due dates and the extension', async () => {
    const email = person('erasure');
    await subscribe(email);
    const before = Date.now();
    const res = await postForm(
      { email, type: 'ERASURE', details: 'Bitte alles löschen.\r\nDanke.', country: 'de' },
      { 'accept-language': 'de', origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' },
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    const reference = referenceIn(html)!;
    expect(reference).toBeDefined();
    expect(textOf(html)).toContain(t('de', 'form.sent', { reference }));
    expect(html).toContain(`<h1 style="font-size: 1.4rem">${t('de', 'form.sentTitle')}</h1>`);

    const verify = await mailTo(email, new RegExp(reference));
    expect(verify.subject).toBe(`Bestätigen Sie Ihre Datenschutzanfrage ${reference}`);
    expect(verify.text).toContain(
      `Wir haben für diese Adresse eine Anfrage auf Löschung Ihrer Daten (Art. 17 DSGVO) erhalten, Referenz ${reference}.`,
    );
    const [row] = await s.services.db.query(
      'SELECT language, details, country, type FROM data_subject_requests WHERE reference = ?',
      [reference],
    );
    expect(row).toEqual({
      language: 'de',
      details: 'Bitte alles löschen.\r\nDanke.',
      country: 'DE',
      type: 'ERASURE',
    });

    // The verify page in German, then its button.
    const vt = tokenIn(verify, '/requests/verify');
    const vpage = await (await get(`/requests/verify?token=${vt}`, { 'accept-language': 'de' })).text();
    expect(vpage).toContain(t('de', 'verify.button'));
    const done = await fetch(`${s.base}/requests/verify?token=${vt}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'de' },
      body: `token=${vt}`,
    });
    expect(done.status).toBe(200);
    expect(textOf(await done.text())).toContain(t('de', 'verify.done', { reference }));

    const routed = await mailTo(email, new RegExp(`${reference} wurde weitergeleitet`));
    expect(routed.subject).toBe(`Ihre Anfrage ${reference} wurde weitergeleitet`);
    expect(routed.text).toContain('  - Alpha Bücher');
    expect(routed.text).toContain('  - Beta Verein');
    const due = addCalendarMonths(new Date(Number(before)), 1);
    expect(routed.text).toContain(formatDate('de', due).replace(/\d+\./, '')); // month and year, in German
    const statusToken = tokenIn(routed, '/requests/status');

    // Beta takes more time, with its reasons; the page says so in German.
    await settled();
    const task = (await s.gql(TASKS, {}, adminB.token)).data.dataSubjectTasks.find(
      (x: { reference: string }) => x.reference === reference,
    );
    const ext = (
      await s.gql(
        RESPOND,
        { i: { taskId: task.id, decision: 'EXTEND', reason: 'Viele Anfragen in diesem Monat' } },
        adminB.token,
      )
    ).data.respondToDataSubjectTask;
    expect(ext.status).toBe('EXTENDED');

    const sres = await get(`/requests/status?token=${statusToken}`, { 'accept-language': 'de' });
    expect(sres.status).toBe(200);
    const status = await sres.text();
    expect(status).toContain('<html lang="de" dir="ltr">');
    const stext = textOf(status);
    expect(stext).toContain(t('de', 'status.title', { reference }));
    expect(stext).toContain('Alpha Bücher');
    expect(stext).toContain('Beta Verein');
    expect(stext).toContain(t('de', 'task.PENDING'));
    expect(stext).toContain(t('de', 'task.EXTENDED'));
    expect(stext).toContain(
      t('de', 'status.extendedWhy', {
        controller: 'Beta Verein',
        due: formatDate('de', new Date(ext.dueAt)),
        reason: 'Viele Anfragen in diesem Monat',
      }),
    );
    // Not an ACCESS request: no list of holdings.
    expect(stext).not.toContain(t('de', 'status.holdingsTitle'));
    expect(status).not.toMatch(/<script/i);
  });

  it('tells an ACCESS requester which customers hold data on which lists, on the status page only', async () => {
    const email = person('access');
    await subscribe(email);
    const other = person('other');
    await s.gql(ADD, { l: listsA[0], i: { email: other } }, adminA.token);
    const res = await postForm({ email, type: 'ACCESS', details: '', country: '' });
    const reference = referenceIn(await res.text())!;
    const verify = await mailTo(email, new RegExp(reference));
    // No Accept-Language on the form: an English mail.
    expect(verify.subject).toBe(`Verify your data protection request ${reference}`);
    const vt = tokenIn(verify, '/requests/verify');
    await fetch(`${s.base}/requests/verify?token=${vt}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${vt}`,
    });
    const routed = await mailTo(email, new RegExp(`${reference} was forwarded`));
    const token = tokenIn(routed, '/requests/status');
    const text = textOf(await (await get(`/requests/status?token=${token}`)).text());
    expect(text).toContain(t('en', 'status.holdingsTitle'));
    expect(text).toContain(
      t('en', 'status.holdings', {
        controller: 'Alpha Bücher',
        lists: [names[1], names[0]].sort().join(', '),
      }),
    );
    expect(text).toContain(t('en', 'status.holdings', { controller: 'Beta Verein', lists: names[2] }));
    // Behind the token only: a forged one shows nothing of it.
    const forged = await get(`/requests/status?token=${'B'.repeat(43)}`);
    expect(forged.status).toBe(404);
    expect(await forged.text()).not.toContain('Alpha Bücher');
  });

  it('keeps a second request for the same address soon after the first (the same right again) and handles it', async () => {
    const email = person('twice');
    await subscribe(email);
    const r1 = referenceIn(await (await postForm({ email, type: 'ERASURE' })).text())!;
    const first = await mailTo(email, new RegExp(r1));
    const r2 = referenceIn(
      await (await postForm({ email, type: 'ERASURE', details: 'Auch die alte Adresse' })).text(),
    )!;
    expect(r2).not.toBe(r1);
    await settled();
    const rows: Array<{ reference: string; status: string }> = await s.services.db.query(
      'SELECT reference, status FROM data_subject_requests WHERE reference IN (?, ?) ORDER BY received_at',
      [r1, r2],
    );
    expect(rows).toEqual([
      { reference: r1, status: 'AWAITING_VERIFICATION' },
      { reference: r2, status: 'AWAITING_VERIFICATION' },
    ]);
    // Still one mail within the 10 minutes (nobody's inbox is flooded); the second is mailed at their end.
    expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
    expect(first.text).not.toContain(r2);
    const [limit] = await s.services.db.query(
      "SELECT COUNT(*) AS n FROM jobs WHERE queue = 'dsr.verify-mail' AND state = 'pending'",
    );
    expect(Number(limit.n)).toBeGreaterThanOrEqual(1);
  });

  it('gives hostile input the form again with its error announced, and creates nothing', async () => {
    await settled();
    const requests = await requestCount();
    const jobs = await jobCount();
    const cases: Array<[Record<string, string> | string, string, string]> = [
      [{ email: 'a@b.example', type: 'ERASURE', details: 'x'.repeat(2001) }, 'details', 'form.errorDetails'],
      [
        { email: 'a@b.example', type: 'ERASURE', details: '<script>alert(1)</script>' },
        'details',
        'form.errorDetails',
      ],
      [{ email: 'a@b.example', type: 'ERASURE', details: 'ok\u0000no' }, 'details', 'form.errorDetails'],
      [{ email: 'a@b.example\r\nBcc: x@evil.example', type: 'ERASURE' }, 'email', 'form.errorEmail'],
      [{ email: '<b>@evil.example', type: 'ERASURE' }, 'email', 'form.errorEmail'],
      [{ email: 'a@b.example', type: 'DELETE_EVERYTHING' }, 'type', 'form.errorRight'],
      [{ email: 'a@b.example', type: 'ERASURE', country: 'XX' }, 'country', 'form.errorCountry'],
      [{ email: 'a@b.example', type: 'ERASURE', country: 'D\r\n' }, 'country', 'form.errorCountry'],
      [{ email: '', type: '' }, 'email', 'form.errorEmail'],
      [`email=a%40b.example&type=ERASURE&details=${'%C3%A4'.repeat(30_000)}`, 'details', 'form.errorDetails'],
    ];
    for (const [body, fieldName, key] of cases) {
      const res = await postForm(body, { 'accept-language': 'de' });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      const html = await res.text();
      expect(html).toContain('role="alert"');
      expect(textOf(html)).toContain(t('de', key as 'form.errorEmail'));
      if (typeof body !== 'string') {
        expect(html).toContain(`id="${fieldName}-error"`);
        expect(html).toMatch(new RegExp(`aria-describedby="[^"]*${fieldName}-error`));
      }
      // Nothing hostile is echoed as markup.
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<b>@evil');
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await requestCount()).toBe(requests);
    expect(await jobCount()).toBe(jobs);
  });

  it('refuses a POST from another site (Origin or Sec-Fetch-Site) and creates nothing', async () => {
    await settled();
    const requests = await requestCount();
    const jobs = await jobCount();
    for (const headers of <Array<Record<string, string>>>[
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: PUBLIC_URL, 'sec-fetch-site': 'same-site' },
    ]) {
      const res = await postForm({ email: person('csrf'), type: 'ERASURE' }, headers);
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain('role="alert"');
      expect(textOf(html)).toContain(t('en', 'form.crossSite'));
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await requestCount()).toBe(requests);
    expect(await jobCount()).toBe(jobs);
  });

  it('stores the GraphQL input language, a region falling back to its language', async () => {
    const email = person('gql');
    const r = (await s.gql(SUBMIT, { i: { email, type: 'ACCESS', language: 'fr-BE' } })).data
      .submitDataSubjectRequest;
    const mail = await mailTo(email, new RegExp(r.reference));
    expect(mail.subject).toBe(`Confirmez votre demande relative à vos données ${r.reference}`);
    const bad = await s.gql(SUBMIT, { i: { email, type: 'ACCESS', language: 'de\r\nX' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the data-subject request form under the public rate limit', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ workers: 0, env: { PUBLIC_RATE_LIMIT: '2' } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('refuses the third submission from one network within a minute with the form and its error, storing nothing for it', async () => {
    const post = (email: string) =>
      fetch(`${s.base}/requests/new`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'de' },
        body: new URLSearchParams({ email, type: 'ACCESS' }).toString(),
      });
    const statuses: number[] = [];
    for (const n of [1, 2, 3]) {
      const res = await post(person(`limit${n}`));
      statuses.push(res.status);
      const html = await res.text();
      if (res.status === 429) {
        expect(html).toContain('role="alert"');
        expect(textOf(html)).toContain(t('de', 'link.rateLimited'));
      }
    }
    expect(statuses).toEqual([200, 200, 429]);
    const [jobs] = await s.services.db.query("SELECT COUNT(*) AS n FROM jobs WHERE queue = 'dsr.submit'");
    expect(Number(jobs.n)).toBe(2);
  });
});
