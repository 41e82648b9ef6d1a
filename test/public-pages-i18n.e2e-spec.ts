import { CATALOGUES, formatDate, LANGUAGES, t, type Lang } from '../schema/common/i18n';
import { RETENTION } from '../schema/common/retention';
import { REMEMBERED_SESSION_TTL_MS, SESSION_TTL_MS } from '../schema/users/session.service';
import { createTenant, createUser } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';
import { dirOf } from '../schema/common/i18n';

const SUBMIT =
  'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference message } }';
const VERIFY = 'mutation($t: String!) { verifyDataSubjectRequest(token: $t) { reference status } }';
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';

const tokenIn = (mail: ReceivedMail, path: string) => {
  const token = new RegExp(`${path.replace(/\//g, '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text)?.[1];
  if (!token) throw new Error(`no ${path} link in: ${mail.text}`);
  return token;
};
const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');
/** The text a person reads: no tags, entities decoded. */
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ' '));
const TOKEN = 'A'.repeat(43);
const DAY = 86_400_000;

describe('public pages in the 24 EU languages', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let statusToken: string;
  let reference: string;

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${s.base}${path}`, { headers, redirect: 'manual' });
  const post = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${s.base}${path}?token=${TOKEN}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: `token=${TOKEN}`,
    });
  const page = async (res: Response) => ({
    status: res.status,
    html: await res.text(),
    headers: res.headers,
  });

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lists.example.net', PUBLIC_RATE_LIMIT: '0' },
    });
    const tenant = await createTenant(s, { name: 'Alpha Books' });
    const admin = await createUser(s, tenant, 'ADMIN');
    const list = (
      await s.gql(CREATE_LIST, { i: { name: 'news', title: 'News', optIn: 'SINGLE' } }, admin.token)
    ).data.createList.id;
    const email = `i18n-${Date.now().toString(36)}@people.example`;
    await s.gql(ADD, { l: list, i: { email } }, admin.token);
    reference = (await s.gql(SUBMIT, { i: { email, type: 'ERASURE' } })).data.submitDataSubjectRequest
      .reference;
    const mailTo = async (match: RegExp) => {
      const find = () => smtp.messages.find((m) => m.to.includes(email) && match.test(m.subject));
      await until(async () => !!find(), `mail ${match}`);
      return find()!;
    };
    const verify = await mailTo(new RegExp(reference));
    await s.gql(VERIFY, { t: tokenIn(verify, '/requests/verify') });
    statusToken = tokenIn(await mailTo(new RegExp(`${reference}.*forwarded`)), '/requests/status');
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('answers in German to Accept-Language: de, with lang and dir set, and says it varies', async () => {
    const { status, html, headers } = await page(
      await get(`/confirm?token=${TOKEN}`, { 'accept-language': 'de' }),
    );
    expect(status).toBe(200);
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain('<title>Bestätigen Sie Ihr Abonnement</title>');
    expect(textOf(html)).toContain('Mein Abonnement bestätigen');
    expect(headers.get('content-language')).toBe('de');
    expect(headers.get('vary')).toMatch(/Accept-Language/i);
    expect(headers.get('vary')).toMatch(/Cookie/i);
    // still only a button that POSTs the token back: the GET changes nothing
    expect(html).toMatch(/<form method="post" action="\/confirm\?token=A+">/);
  });

  it('falls back from a region to its language, and from an unknown language to English', async () => {
    expect((await page(await get('/unsubscribe', { 'accept-language': 'de-AT,en;q=0.5' }))).html).toContain(
      '<html lang="de"',
    );
    expect((await page(await get('/unsubscribe', { 'accept-language': 'ja, zh;q=0.8' }))).html).toContain(
      '<html lang="en"',
    );
    const english = (await page(await get('/requests/verify'))).html;
    expect(english).toContain('<html lang="en" dir="ltr">');
    expect(textOf(english)).toContain(
      'Press the button to confirm that you made this data protection request. We then forward it to every customer of ours that holds data about your address.',
    );
  });

  it('lets steward_lang override Accept-Language, and ignores a cookie that names no language of ours', async () => {
    const fr = await page(
      await get('/requests/verify', { 'accept-language': 'de', cookie: 'steward_lang=fr; other=1' }),
    );
    expect(fr.html).toContain('<html lang="fr"');
    expect(fr.html).toContain('Confirmez votre demande');
    expect(
      (await page(await get('/requests/verify', { 'accept-language': 'de', cookie: 'steward_lang=xx' })))
        .html,
    ).toContain('<html lang="de"');
  });

  it('has a footer with a working language menu (no JavaScript) and the privacy link', async () => {
    const { html } = await page(await get(`/confirm?token=${TOKEN}`));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<a href="/privacy">Privacy</a>');
    expect(html).toContain('<form method="get" action="/language">');
    expect(html).toContain(`<input type="hidden" name="back" value="/confirm?token=${TOKEN}">`);
    expect(html).toMatch(
      /<label for="steward-lang">Language<\/label>\s*<select id="steward-lang" name="lang">/,
    );
    for (const lang of LANGUAGES) expect(html).toContain(`<option value="${lang}" lang="${lang}"`);
    expect(html).toContain('<option value="en" lang="en" selected>English</option>');

    // what the browser sends when the form is submitted with Deutsch picked
    const chosen = await get(`/language?back=${encodeURIComponent(`/confirm?token=${TOKEN}`)}&lang=de`);
    expect(chosen.status).toBe(302);
    expect(chosen.headers.get('location')).toBe(`/confirm?token=${TOKEN}`);
    const cookie = chosen.headers.get('set-cookie')!;
    expect(cookie).toBe('steward_lang=de; Max-Age=31536000; Path=/; SameSite=Lax; Secure');
    expect(chosen.headers.get('cache-control')).toBe('no-store');

    const back = await page(await get(chosen.headers.get('location')!, { cookie: cookie.split(';')[0] }));
    expect(back.html).toContain('<html lang="de"');
    expect(back.html).toContain('<option value="de" lang="de" selected>Deutsch</option>');
  });

  it('escapes a hostile token in the button and the menu', async () => {
    const hostile = encodeURIComponent('"><script>alert(1)</script>');
    const { status, html } = await page(await get(`/confirm?token=${hostile}`, { 'accept-language': 'fr' }));
    expect(status).toBe(200);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<html lang="fr"');
  });

  it('redirects only to a path of this site, whatever back says', async () => {
    for (const back of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/ok\r\nLocation: https://evil.example',
      'http:/evil.example',
      '',
    ]) {
      const res = await get(`/language?lang=de&back=${encodeURIComponent(back)}`);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/privacy');
      expect(res.headers.get('set-cookie')).toMatch(/^steward_lang=de;/);
    }
    const none = await get('/language?lang=de');
    expect(none.headers.get('location')).toBe('/privacy');
    // an array of back values (back=..&back=..) is no path either
    expect((await get('/language?lang=de&back=/x&back=/y')).headers.get('location')).toBe('/privacy');
    // a language we do not have sets no cookie
    const unknown = await get('/language?lang=xx&back=/requests/verify');
    expect(unknown.headers.get('location')).toBe('/requests/verify');
    expect(unknown.headers.get('set-cookie')).toBeNull();
    expect(
      (await get('/language?lang=de;%20Domain=evil.example&back=/')).headers.get('set-cookie'),
    ).toBeNull();
  });

  it('answers a refused link in the person language, keeping the English wording', async () => {
    const de = await page(await post('/confirm', { 'accept-language': 'de' }));
    expect(de.status).toBe(400);
    expect(de.html).toContain('<html lang="de"');
    expect(textOf(de.html)).toContain('Dieser Link ist ungültig, wurde schon verwendet oder ist abgelaufen.');
    const en = await page(await post('/unsubscribe'));
    expect(en.status).toBe(400);
    expect(textOf(en.html)).toContain('This link cannot be used');
    expect(textOf(en.html)).toContain('This link is invalid, was already used, or has expired.');
  });

  it('shows the status page in German, with German dates and words', async () => {
    const { status, html } = await page(
      await get(`/requests/status?token=${statusToken}`, { 'accept-language': 'de-DE,de;q=0.9' }),
    );
    expect(status).toBe(200);
    const text = textOf(html);
    expect(text).toContain(`Ihre Anfrage ${reference}`);
    expect(text).toContain('Löschung Ihrer Daten');
    expect(text).toContain(formatDate('de', new Date()));
    expect(text).toContain('Alpha Books');
    expect(text).toContain('1 Organisation hat Daten über Sie:');
    expect(text).toContain('wartet auf Antwort');
  });

  /** Each retention sentence of the privacy notice, in a language, with the numbers of the policy. */
  const retentionSentences = (lang: Lang) => [
    t(lang, 'privacy.keepPending', { days: RETENTION.confirmLinkMs / DAY }),
    t(lang, 'privacy.keepMail', { days: RETENTION.sentMailDays }),
    t(lang, 'privacy.keepJobs', { done: RETENTION.doneJobDays, dead: RETENTION.deadJobDays }),
    t(lang, 'privacy.keepRequest', {
      verify: RETENTION.requestVerifyMs / DAY,
      after: RETENTION.requestKeepAfterEndMs / DAY,
    }),
    t(lang, 'privacy.keepLogs', {
      truncate: s.services.config.webLogTruncateDays,
      remove: s.services.config.webLogRetentionDays,
    }),
    t(lang, 'privacy.cookieSession', {
      hours: SESSION_TTL_MS / 3_600_000,
      days: REMEMBERED_SESSION_TTL_MS / DAY,
    }),
  ];

  it('serves /privacy: what is processed, why, for how long (the retention policy numbers), and the two cookies', async () => {
    const res = await get('/privacy');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<title>How Steward handles personal data</title>');
    const text = textOf(html).replace(/\s+/g, ' ');
    expect(text).toContain(
      `A sign-up you have not confirmed: its link works for ${RETENTION.confirmLinkMs / DAY} days, then the sign-up is deleted.`,
    );
    expect(text).toContain(
      `our copy with your address is deleted ${RETENTION.sentMailDays} days after it was written`,
    );
    expect(text).toContain(
      `deleted ${RETENTION.doneJobDays} days after they finish, or ${RETENTION.deadJobDays} days after they failed`,
    );
    expect(text).toContain(`a request not verified within ${RETENTION.requestVerifyMs / DAY} days lapses`);
    expect(text).toContain(`deleted ${RETENTION.requestKeepAfterEndMs / DAY} days after it ended`);
    expect(text).toContain(
      `IP addresses are shortened after ${s.services.config.webLogTruncateDays} days, and the logs are deleted after ${s.services.config.webLogRetentionDays} days`,
    );
    for (const sentence of retentionSentences('en')) expect(text).toContain(sentence);
    // exactly the two cookies of the contract
    expect(text).toContain('steward_session:');
    expect(text).toContain('steward_lang:');
    expect(text.match(/\bsteward_[a-z]+:/g)!.sort()).toEqual(['steward_lang:', 'steward_session:']);
    // and in German when asked
    const de = textOf(await (await get('/privacy', { 'accept-language': 'de' })).text()).replace(/\s+/g, ' ');
    expect(de).toContain('Wie Steward mit personenbezogenen Daten umgeht');
    expect(de).toContain(`${RETENTION.sentMailDays} Tage nach ihrem Erstellen gelöscht`);
  });

  it('the language menu of /privacy leads back to /privacy', async () => {
    const html = await (await get('/privacy')).text();
    expect(html).toContain('<input type="hidden" name="back" value="/privacy">');
    const res = await get('/language?back=%2Fprivacy&lang=mt');
    expect(res.headers.get('location')).toBe('/privacy');
    expect(
      await (await get('/privacy', { cookie: res.headers.get('set-cookie')!.split(';')[0] })).text(),
    ).toContain('<html lang="mt"');
  });

  describe.each(LANGUAGES)('%s', (lang: Lang) => {
    const headers = { 'accept-language': lang };
    const check = (html: string) => {
      expect(html).toContain(`<html lang="${lang}" dir="ltr">`);
      expect(html).toContain(`<a href="/privacy">${t(lang, 'page.privacy')}</a>`);
      // no raw ICU argument left behind, no message missing (a missing key would have been a 500)
      expect(textOf(html)).not.toMatch(/[{}]/);
      expect(html).not.toMatch(/undefined|\[object/);
    };

    it('renders every link page', async () => {
      for (const [path, key] of [
        [`/confirm?token=${TOKEN}`, 'confirm.title'],
        [`/unsubscribe?token=${TOKEN}`, 'unsubscribe.title'],
        [`/requests/verify?token=${TOKEN}`, 'verify.title'],
      ] as const) {
        const p = await page(await get(path, headers));
        expect(p.status).toBe(200);
        check(p.html);
        expect(decode(p.html)).toContain(`<h1 style="font-size: 1.4rem">${CATALOGUES[lang][key]}</h1>`);
      }
      for (const path of ['/confirm', '/unsubscribe', '/requests/verify']) {
        const p = await page(await post(path, headers));
        expect(p.status).toBe(400);
        check(p.html);
        expect(textOf(p.html)).toContain(t(lang, 'link.invalid'));
      }
      const gone = await page(await get(`/requests/status?token=${TOKEN}`, headers));
      expect(gone.status).toBe(404);
      check(gone.html);
      expect(textOf(gone.html)).toContain(t(lang, 'status.invalid', { days: 30 }));
      const live = await page(await get(`/requests/status?token=${statusToken}`, headers));
      expect(live.status).toBe(200);
      check(live.html);
      expect(textOf(live.html)).toContain(t(lang, 'status.title', { reference }));
      expect(textOf(live.html)).toContain(t(lang, 'right.ERASURE'));
      expect(textOf(live.html)).toContain(formatDate(lang, new Date()));
    });

    it('renders the privacy notice, with the retention policy numbers', async () => {
      const p = await page(await get('/privacy', headers));
      expect(p.status).toBe(200);
      check(p.html);
      const text = textOf(p.html).replace(/\s+/g, ' ');
      expect(text).toContain(t(lang, 'privacy.title'));
      for (const sentence of retentionSentences(lang)) expect(text).toContain(sentence.replace(/\s+/g, ' '));
      expect(text).toContain('steward_session');
      expect(text).toContain('steward_lang');
    });
  });
});

describe('the sign-up, embed, request form and status pages in the 24 EU languages', () => {
  const PUBLIC_URL = 'https://lists.example.net';
  /** What a browser sends with a form it posts from this site's own page. */
  const SAME_SITE = { origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' };
  /** What no message may leave behind: a raw catalogue key or ICU argument, or a JavaScript value. */
  const RAW_KEY =
    /\b(?:page|link|signup|form|status|request|task|right|mail|answer|confirm|verify)\.[A-Za-z]+/;
  let s: TestServer;
  let smtp: TestSmtp;
  let slug: string;
  let statusToken: string;
  let reference: string;

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${s.base}${path}`, { headers, redirect: 'manual' });
  const postForm = (path: string, fields: Record<string, string>, headers: Record<string, string>) =>
    fetch(`${s.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...SAME_SITE, ...headers },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
  const page = async (res: Response) => ({ status: res.status, html: await res.text() });

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL, PUBLIC_RATE_LIMIT: '0' },
    });
    const tenant = await createTenant(s, { name: 'Alpha Books' });
    slug = tenant.slug;
    const admin = await createUser(s, tenant, 'ADMIN');
    for (const [name, optIn] of [
      ['news', 'DOUBLE'],
      ['flash', 'SINGLE'],
    ])
      await s.gql(CREATE_LIST, { i: { name, title: `Alpha ${name}`, optIn } }, admin.token);
    const list = (
      await s.gql(CREATE_LIST, { i: { name: 'held', title: 'Held', optIn: 'SINGLE' } }, admin.token)
    ).data.createList.id;
    // a routed request whose task was extended with reasons: the status page shows the most of itself
    const email = `i18n-status-${Date.now().toString(36)}@people.example`;
    await s.gql(ADD, { l: list, i: { email } }, admin.token);
    reference = (await s.gql(SUBMIT, { i: { email, type: 'RECTIFICATION' } })).data.submitDataSubjectRequest
      .reference;
    const mailTo = async (match: RegExp) => {
      const find = () => smtp.messages.find((m) => m.to.includes(email) && match.test(m.subject));
      await until(async () => !!find(), `mail ${match}`);
      return find()!;
    };
    await s.gql(VERIFY, { t: tokenIn(await mailTo(new RegExp(reference)), '/requests/verify') });
    statusToken = tokenIn(await mailTo(new RegExp(`${reference}.*forwarded`)), '/requests/status');
    let taskId = '';
    await until(async () => {
      const tasks = (await s.gql('query { dataSubjectTasks { id reference } }', {}, admin.token)).data
        .dataSubjectTasks as Array<{ id: string; reference: string }>;
      taskId = tasks.find((x) => x.reference === reference)?.id ?? '';
      return !!taskId;
    }, 'task');
    const extended = await s.gql(
      'mutation($i: TaskResponseInput!) { respondToDataSubjectTask(input: $i) { status } }',
      { i: { taskId, decision: 'EXTEND', reason: 'Many requests at once.' } },
      admin.token,
    );
    expect(extended.data.respondToDataSubjectTask.status).toBe('EXTENDED');
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  describe.each(LANGUAGES)('%s', (lang: Lang) => {
    const headers = { 'accept-language': lang };
    /** A whole page: its language and direction, the footer, and no raw key or argument left. */
    const check = (html: string) => {
      expect(html).toContain(`<html lang="${lang}" dir="${dirOf(lang)}">`);
      expect(html).toContain(`<a href="/privacy">${t(lang, 'page.privacy')}</a>`);
      const text = textOf(html);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toMatch(RAW_KEY);
      expect(html).not.toMatch(/undefined|\[object|NaN/);
    };
    const has = (html: string, ...sentences: string[]) => {
      const text = textOf(html).replace(/\s+/g, ' ');
      for (const sentence of sentences) expect(text).toContain(sentence.replace(/\s+/g, ' '));
    };

    it('renders the sign-up form of a double and a single opt-in list, and the answers to their POST', async () => {
      const double = await page(await get(`/subscribe/${slug}/news`, headers));
      expect(double.status).toBe(200);
      check(double.html);
      has(
        double.html,
        t(lang, 'signup.intro', { organisation: 'Alpha Books' }),
        t(lang, 'signup.consentVersion', { version: 1 }),
        t(lang, 'signup.trackingHelp'),
        t(lang, 'signup.confirmNote'),
        t(lang, 'signup.button'),
      );
      const single = await page(await get(`/subscribe/${slug}/flash`, headers));
      expect(single.status).toBe(200);
      check(single.html);
      has(single.html, t(lang, 'signup.singleNote'));
      expect(textOf(single.html)).not.toContain(t(lang, 'signup.confirmNote'));

      const who = () =>
        `i18n-${lang}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@people.example`;
      const sent = await page(await postForm(`/subscribe/${slug}/news`, { email: who() }, headers));
      expect(sent.status).toBe(200);
      check(sent.html);
      has(sent.html, t(lang, 'signup.sentTitle'), t(lang, 'signup.sent'));
      const subscribed = await page(await postForm(`/subscribe/${slug}/flash`, { email: who() }, headers));
      expect(subscribed.status).toBe(200);
      check(subscribed.html);
      has(subscribed.html, t(lang, 'signup.singleSentTitle'), t(lang, 'signup.singleSent'));

      const refused = await page(
        await postForm(
          `/subscribe/${slug}/news`,
          { email: 'nope', name: '<b>', country: 'ZZ', format: 'X' },
          headers,
        ),
      );
      expect(refused.status).toBe(400);
      check(refused.html);
      has(
        refused.html,
        t(lang, 'signup.errorTitle'),
        t(lang, 'signup.errorEmail'),
        t(lang, 'signup.errorName'),
        t(lang, 'signup.errorCountry'),
        t(lang, 'signup.errorFormat'),
      );
      const missing = await page(await get(`/subscribe/${slug}/no-such-list`, headers));
      expect(missing.status).toBe(404);
      check(missing.html);
      has(missing.html, t(lang, 'signup.notFound'));
    });

    it('renders the embed: a snippet in the language, without a raw key', async () => {
      const res = await get(`/subscribe/${slug}/flash/embed`, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-language')).toBe(lang);
      const snippet = await res.text();
      expect(snippet).toContain(`<div lang="${lang}" class="steward-signup">`);
      const text = textOf(snippet);
      expect(text).not.toMatch(/[{}]/);
      expect(text).not.toMatch(RAW_KEY);
      expect(snippet).not.toMatch(/undefined|\[object|NaN/);
      has(
        snippet,
        t(lang, 'signup.embedNote', { organisation: 'Alpha Books' }),
        t(lang, 'signup.singleNote'),
        t(lang, 'page.privacy'),
      );
    });

    it('renders the request form, its answer and its error page', async () => {
      const form = await page(await get('/requests/new', headers));
      expect(form.status).toBe(200);
      check(form.html);
      has(
        form.html,
        t(lang, 'form.title'),
        t(lang, 'form.intro'),
        t(lang, 'form.explain.OBJECTION'),
        t(lang, 'form.submit'),
      );

      const email = `i18n-form-${lang}-${Date.now().toString(36)}@people.example`;
      const sent = await page(await postForm('/requests/new', { email, type: 'ACCESS' }, headers));
      expect(sent.status).toBe(200);
      check(sent.html);
      const ref = /DSR-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(textOf(sent.html))?.[0];
      expect(ref).toBeDefined();
      has(sent.html, t(lang, 'form.sentTitle'), t(lang, 'form.sent', { reference: ref! }));

      const refused = await page(
        await postForm('/requests/new', { email: 'nope', type: 'EVERYTHING', country: 'Germany' }, headers),
      );
      expect(refused.status).toBe(400);
      check(refused.html);
      has(
        refused.html,
        t(lang, 'form.errorTitle'),
        t(lang, 'form.errorEmail'),
        t(lang, 'form.errorRight'),
        t(lang, 'form.errorCountry'),
      );
    });

    it('renders the status page of an extended request, with its dates', async () => {
      const live = await page(await get(`/requests/status?token=${statusToken}`, headers));
      expect(live.status).toBe(200);
      check(live.html);
      has(
        live.html,
        t(lang, 'status.title', { reference }),
        t(lang, 'right.RECTIFICATION'),
        t(lang, 'request.ROUTED'),
        t(lang, 'task.EXTENDED'),
        formatDate(lang, new Date()),
      );
      expect(textOf(live.html)).toContain('Many requests at once.');
    });
  });
});
