import { t } from '../schema/common/i18n';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

const PUBLIC_URL = 'https://lists.example.net';
const CREATE_LIST =
  'mutation($i: CreateListInput!) { createList(input: $i) { id name title consentVersion } }';
const UPDATE_LIST =
  'mutation($id: ID!, $i: UpdateListInput!) { updateList(id: $id, input: $i) { consentVersion consentWording } }';
const SUBSCRIBE = 'mutation($i: PublicSubscribeInput!) { subscribe(input: $i) { accepted message } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const WORDING_V2 = 'Yes, send me the monthly news of Alpha Books.\nI can leave at any time.';
/** What a browser on the hosted page sends along with its POST. */
const SAME_SITE = { origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' };
/** What a browser on another site's page sends. */
const CROSS_SITE = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

let seq = 0;
const address = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@people.example`;
/** A client address of its own (TRUST_PROXY=loopback): each test its own rate-limit budget. */
let ipSeq = 1;
const freshIp = () => ({ 'x-forwarded-for': `198.51.100.${ipSeq++}` });

const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&');
/** The text a person reads: no tags, entities decoded. */
const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
/** The page's own content, without the footer (whose language menu names the page's path). */
const mainOf = (html: string) => /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';

describe('the public sign-up form, its embed and the welcome page', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let listId: string;

  const path = () => `/subscribe/${tenant.slug}/news`;
  const get = (p: string, headers: Record<string, string> = {}) => fetch(`${s.base}${p}`, { headers });
  const post = (p: string, fields: Record<string, string> | string, headers: Record<string, string> = {}) =>
    fetch(`${s.base}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...freshIp(), ...headers },
      body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
    });
  const page = async (res: Response) => ({
    status: res.status,
    html: await res.text(),
    headers: res.headers,
  });
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
  const mailTo = async (email: string): Promise<ReceivedMail> => {
    await until(async () => mailsTo(email).length > 0, `mail to ${email}`);
    return mailsTo(email)[0];
  };
  const q = (sql: string, params: unknown[] = []) => s.services.db.query(sql, params);
  const signupJobsDone = () =>
    until(
      async () =>
        Number(
          (
            await q(`SELECT COUNT(*) AS n FROM jobs WHERE queue = 'subscription.request' AND state <> 'done'`)
          )[0].n,
        ) === 0,
      'sign-up jobs',
    );
  /** What a refused form may not have changed: the list's subscribers and the sign-up jobs. */
  const footprint = async () => ({
    subscribers: Number((await q('SELECT COUNT(*) AS n FROM subscribers WHERE list_id = ?', [listId]))[0].n),
    jobs: Number((await q(`SELECT COUNT(*) AS n FROM jobs WHERE queue = 'subscription.request'`))[0].n),
  });

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL, TRUST_PROXY: 'loopback', PUBLIC_RATE_LIMIT: '5' },
    });
    tenant = await createTenant(s, { name: 'Alpha Books' });
    admin = await createUser(s, tenant, 'ADMIN');
    listId = (await s.gql(CREATE_LIST, { i: { name: 'news', title: 'Alpha News' } }, admin.token)).data
      .createList.id;
    // a second wording: the form shows version 2, and the ledger must say 2
    const updated = await s.gql(
      UPDATE_LIST,
      { id: listId, i: { description: 'New books, once a month.', consentWording: WORDING_V2 } },
      admin.token,
    );
    expect(updated.data.updateList.consentVersion).toBe(2);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  describe('GET /subscribe/:tenant/:list', () => {
    it("shows the list's title, description and current consent wording with its version, every field labelled", async () => {
      const { status, html, headers } = await page(await get(path()));
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^text\/html/);
      expect(html).toContain('<html lang="en" dir="ltr">');
      expect(html).toContain('<title>Alpha News</title>');
      const text = textOf(html);
      expect(text).toContain('Sign up for the mailing list of Alpha Books.');
      expect(text).toContain('New books, once a month.');
      expect(html).toContain(
        'Yes, send me the monthly news of Alpha Books.\nI can leave at any time.'.replace(/'/g, '&#39;'),
      );
      expect(text).toContain('Wording version 2');
      expect(html).toContain('<input type="hidden" name="consentVersion" value="2">');
      expect(html).toMatch(new RegExp(`<form method="post" action="/subscribe/${tenant.slug}/news"`));
      for (const [id, label] of [
        ['email', 'Email address'],
        ['name', 'Name (optional)'],
        ['country', 'Country (optional)'],
        ['format-text', 'Plain text'],
        ['format-html', 'HTML, with layout and pictures'],
        ['tracking', 'Tell the sender when I open a message or click a link in it (optional)'],
      ])
        expect(html).toContain(`<label for="${id}">${label}</label>`);
      expect(html).toContain('<legend>Message format</legend>');
      // the tracking consent is its own box, never ticked in advance, and says what it means
      const box = /<input type="checkbox" id="tracking"[^>]*>/.exec(html)![0];
      expect(box).not.toContain('checked');
      expect(box).toContain('aria-describedby="tracking-help"');
      expect(text).toContain('This only works with HTML messages');
      expect(html).toMatch(/<input type="radio" id="format-text" name="format" value="TEXT" checked>/);
      expect(html).toContain('<option value="DE">Germany</option>');
      expect(html).not.toMatch(/<script/i);
    });

    it('speaks German to Accept-Language: de (a region falls back to its language)', async () => {
      const { html, headers } = await page(await get(path(), { 'accept-language': 'de-AT,en;q=0.5' }));
      expect(html).toContain('<html lang="de" dir="ltr">');
      expect(headers.get('content-language')).toBe('de');
      const text = textOf(html);
      expect(text).toContain('Melden Sie sich für die Mailingliste von Alpha Books an.');
      expect(text).toContain('Fassung 2 des Textes');
      expect(html).toContain('<label for="email">E-Mail-Adresse</label>');
      expect(html).toContain('<option value="DE">Deutschland</option>');
      expect(text).toContain('Anmelden');
    });

    it('answers a clear 404 page, in the language, for an unknown list or tenant', async () => {
      for (const p of [`/subscribe/${tenant.slug}/no-such-list`, '/subscribe/no-such-tenant/news']) {
        const { status, html } = await page(await get(p, { 'accept-language': 'fr' }));
        expect(status).toBe(404);
        expect(html).toContain('<html lang="fr"');
        expect(textOf(html)).toContain(t('fr', 'signup.notFoundTitle'));
        expect(html).not.toContain('<form method="post"');
      }
    });
  });

  describe('POST /subscribe/:tenant/:list', () => {
    it("signs a new address up in German: the German mail, the subscriber's language, the shown wording's version", async () => {
      const email = address('greta');
      const { status, html } = await page(
        await post(
          path(),
          {
            consentVersion: '2',
            email,
            name: 'Greta Gärtner',
            country: 'de',
            format: 'HTML',
            trackingConsent: 'yes',
          },
          { ...SAME_SITE, 'accept-language': 'de' },
        ),
      );
      expect(status).toBe(200);
      expect(html).toContain('<html lang="de"');
      expect(textOf(html)).toContain('Sehen Sie in Ihr Postfach');
      const mail = await mailTo(email);
      expect(mail.subject).toBe('Bitte bestätigen Sie Ihr Abonnement von Alpha News');
      expect(mail.text).toContain(
        'Jemand, hoffentlich Sie, hat diese Adresse für „Alpha News“ (NEWS) angemeldet, eine Liste von Alpha Books.',
      );
      expect(mail.text).toMatch(/https:\/\/lists\.example\.net\/confirm\?token=[A-Za-z0-9_-]+/);
      const [sub] = await q('SELECT * FROM subscribers WHERE email = ?', [email]);
      expect(sub).toMatchObject({ language: 'de', status: 'PENDING', name: 'Greta Gärtner', country: 'DE' });
      expect(sub.format).toBe('HTML');
      expect(Boolean(sub.tracking_consent)).toBe(true);
      const ledger = await q(
        'SELECT event, source, wording_version FROM consent_records WHERE subscriber_id = ?',
        [sub.id],
      );
      expect(ledger).toEqual([{ event: 'REQUESTED', source: 'FORM', wording_version: '2' }]);
    });

    it('records the wording a page opened before a change showed, and the current one for a version it never had', async () => {
      const older = address('olga');
      const forged = address('fred');
      await post(path(), { consentVersion: '1', email: older }, SAME_SITE);
      await post(path(), { consentVersion: '99', email: forged }, SAME_SITE);
      await mailTo(older);
      await mailTo(forged);
      const version = async (email: string) =>
        (
          await q(
            'SELECT c.wording_version AS v FROM consent_records c JOIN subscribers s ON s.id = c.subscriber_id WHERE s.email = ?',
            [email],
          )
        )[0].v;
      expect(await version(older)).toBe('1');
      expect(await version(forged)).toBe('2');
    });

    it('answers the same page for a new address, a known one, an unknown list and an unknown tenant', async () => {
      const known = address('kim');
      await s.gql(ADD, { l: listId, i: { email: known } }, admin.token);
      const fresh = address('nina');
      const ghost = address('ghost');
      const answers = [
        await page(await post(path(), { email: fresh }, SAME_SITE)),
        await page(await post(path(), { email: known }, SAME_SITE)),
        await page(await post(`/subscribe/${tenant.slug}/no-such-list`, { email: ghost }, SAME_SITE)),
        await page(await post('/subscribe/no-such-tenant/news', { email: ghost }, SAME_SITE)),
      ];
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(mainOf(a.html)).toBe(mainOf(answers[0].html));
      }
      expect(textOf(answers[0].html)).toContain('Check your inbox');
      await mailTo(fresh);
      await signupJobsDone();
      expect(mailsTo(ghost)).toHaveLength(0);
      expect(await q('SELECT id FROM subscribers WHERE email = ?', [ghost])).toHaveLength(0);
    });

    it('takes the same time whether or not the list exists (the work happens in a job)', async () => {
      const time = async (p: string) => {
        const start = process.hrtime.bigint();
        await (await post(p, { email: address('timing') }, SAME_SITE)).text();
        return Number(process.hrtime.bigint() - start) / 1e6;
      };
      const real: number[] = [];
      const ghost: number[] = [];
      for (let i = 0; i < 8; i++) {
        real.push(await time(path()));
        ghost.push(await time('/subscribe/no-such-tenant/news'));
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      // both enqueue a job; the list's opt-in mode, which picks the answer's wording, is read alongside
      // (on a machine shared with other tests, single requests jitter: the medians of 8 each are compared)
      expect(Math.abs(median(real) - median(ghost))).toBeLessThan(Math.max(150, median(ghost)));
      await signupJobsDone();
    });

    it('gives the form again with a clear error, and changes nothing, for hostile input', async () => {
      await signupJobsDone();
      const before = await footprint();
      const cases: Array<[string, Record<string, string> | string, number, RegExp]> = [
        ['oversized', `email=${'a'.repeat(20_000)}%40x.example`, 413, /The form was too large/],
        ['HTML in the name', { email: address('h'), name: '<script>alert(1)</script>' }, 400, /Enter a name/],
        ['CRLF in the address', { email: 'x@people.example\r\nBcc: all@people.example' }, 400, /valid email/],
        ['a control character in the name', { email: address('c'), name: 'Eve\u0007' }, 400, /Enter a name/],
        ['CRLF in the name', { email: address('n'), name: 'Eve\r\nBcc: x' }, 400, /Enter a name/],
        ['an unknown country', { email: address('k'), country: 'XX' }, 400, /Choose a country/],
        ['an unknown format', { email: address('f'), format: 'PDF' }, 400, /Choose plain text or HTML/],
        ['no address', { name: 'Nobody' }, 400, /valid email/],
      ];
      for (const [what, body, status, error] of cases) {
        const res = await page(await post(path(), body, SAME_SITE));
        expect({ what, status: res.status }).toEqual({ what, status });
        expect(res.html).not.toMatch(/<script/i);
        const alert = /<div role="alert"[\s\S]*?<\/div>/.exec(res.html)?.[0] ?? '';
        expect({ what, alert: textOf(alert) }).toEqual({ what, alert: expect.stringMatching(error) });
        // the form is there again, and the refused field says why
        expect(res.html).toContain('<form method="post"');
      }
      const named = await page(await post(path(), { email: 'not an address' }, SAME_SITE));
      expect(named.html).toMatch(/<input id="email"[^>]*aria-describedby="email-error" aria-invalid="true"/);
      expect(named.html).toContain('id="email-error"');
      expect(await footprint()).toEqual(before);
    });

    it('is rate-limited per network like the other public forms', async () => {
      const ip = { 'x-forwarded-for': '203.0.113.77' };
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push(
          (await post('/subscribe/no-such-tenant/news', { email: address('r') }, { ...SAME_SITE, ...ip }))
            .status,
        );
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      const limited = await page(
        await post(path(), { email: address('r') }, { ...SAME_SITE, ...ip, 'accept-language': 'de' }),
      );
      expect(limited.status).toBe(429);
      expect(textOf(limited.html)).toContain(t('de', 'link.rateLimited'));
      // another network is not affected
      expect((await post(path(), { email: address('r') }, SAME_SITE)).status).toBe(200);
      await signupJobsDone();
    });

    it('refuses a cross-site POST to the hosted form, and changes nothing', async () => {
      await signupJobsDone();
      const before = await footprint();
      const email = address('csrf');
      const forged: Array<Record<string, string>> = [
        CROSS_SITE,
        { origin: 'https://evil.example' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'null', 'sec-fetch-site': 'cross-site' },
      ];
      for (const headers of forged) {
        const res = await page(await post(path(), { email }, headers));
        expect(res.status).toBe(403);
        expect(textOf(res.html)).toContain('This form was sent from another website.');
      }
      expect(await footprint()).toEqual(before);
      await sleep(200);
      expect(mailsTo(email)).toHaveLength(0);
    });

    it("takes the hosted form's own POST under Referrer-Policy: no-referrer (Origin: null, Sec-Fetch-Site says same-origin)", async () => {
      const email = address('own');
      const res = await post(path(), { email }, { origin: 'null', 'sec-fetch-site': 'same-origin' });
      expect(res.status).toBe(200);
      await mailTo(email);
    });
  });

  describe('GET /subscribe/:tenant/:list/embed', () => {
    it('is a plain HTML form to paste: it posts to PUBLIC_URL, no script, nothing loaded from anywhere', async () => {
      const res = await get(`${path()}/embed`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
      const snippet = await res.text();
      expect(snippet).toContain(`<form method="post" action="${PUBLIC_URL}/subscribe/${tenant.slug}/news"`);
      expect(snippet).toContain('<input type="hidden" name="embed" value="1">');
      expect(snippet).toContain('<input type="hidden" name="consentVersion" value="2">');
      expect(snippet).toContain('<label for="steward-email">Email address</label>');
      expect(snippet).not.toMatch(/<script|<link|<iframe|<img|<style|\bsrc=|\bon[a-z]+=|javascript:/i);
      // the only link is the privacy notice, on PUBLIC_URL
      expect([...snippet.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([`${PUBLIC_URL}/privacy`]);
      expect(textOf(snippet)).toContain('Yes, send me the monthly news of Alpha Books.');
    });

    it("is accepted when posted from the customer's own site, in the person's language", async () => {
      const email = address('embed');
      const res = await page(
        await post(
          path(),
          { embed: '1', consentVersion: '2', email },
          { ...CROSS_SITE, 'accept-language': 'fr' },
        ),
      );
      expect(res.status).toBe(200);
      expect(textOf(res.html)).toContain(t('fr', 'signup.sentTitle'));
      const mail = await mailTo(email);
      expect(mail.subject).toBe(t('fr', 'confirmMail.subject', { list: 'Alpha News' }));
      expect((await q('SELECT language FROM subscribers WHERE email = ?', [email]))[0].language).toBe('fr');
    });
  });

  describe("the person's language through GraphQL", () => {
    it('stores a language of the catalogue and writes the mail in it; anything else is English', async () => {
      const fr = address('fr');
      const xx = address('xx');
      await s.gql(
        SUBSCRIBE,
        { i: { tenant: tenant.slug, list: 'news', email: fr, language: 'fr-BE' } },
        undefined,
        freshIp(),
      );
      await s.gql(
        SUBSCRIBE,
        { i: { tenant: tenant.slug, list: 'news', email: xx, language: 'xx' } },
        undefined,
        freshIp(),
      );
      expect((await mailTo(fr)).subject).toBe('Veuillez confirmer votre abonnement à Alpha News');
      expect((await mailTo(xx)).subject).toBe('Please confirm your subscription to Alpha News');
      expect((await q('SELECT language FROM subscribers WHERE email = ?', [fr]))[0].language).toBe('fr');
      expect((await q('SELECT language FROM subscribers WHERE email = ?', [xx]))[0].language).toBeNull();
    });
  });

  describe('the welcome page after confirming', () => {
    it('says what happens next and what the unsubscribe link does, in the language', async () => {
      const email = address('wilma');
      await post(path(), { email }, { ...SAME_SITE, 'accept-language': 'de' });
      const token = /\/confirm\?token=([A-Za-z0-9_-]+)/.exec((await mailTo(email)).text)![1];
      const res = await page(
        await fetch(`${s.base}/confirm?token=${token}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'accept-language': 'de',
            ...freshIp(),
          },
          body: `token=${token}`,
        }),
      );
      expect(res.status).toBe(200);
      const text = textOf(res.html);
      expect(text).toContain(t('de', 'welcome.title'));
      expect(text).toContain(t('de', 'welcome.next'));
      expect(text).toContain(t('de', 'welcome.leave'));
      // no preferences page exists yet: the page links none
      expect(res.html).not.toContain('/preferences');
      expect((await q('SELECT status FROM subscribers WHERE email = ?', [email]))[0].status).toBe(
        'CONFIRMED',
      );
    });
  });
  describe('a single opt-in list', () => {
    let singlePath = '';
    let singleId = '';
    beforeAll(async () => {
      singleId = (
        await s.gql(CREATE_LIST, { i: { name: 'flash', title: 'Alpha Flash', optIn: 'SINGLE' } }, admin.token)
      ).data.createList.id;
      singlePath = `/subscribe/${tenant.slug}/flash`;
    });

    it('says on its form that sending it subscribes at once; the double opt-in form still speaks of the link', async () => {
      const single = textOf((await page(await get(singlePath))).html);
      expect(single).toContain(t('en', 'signup.singleNote'));
      expect(single).not.toContain(t('en', 'signup.confirmNote'));
      const double = textOf((await page(await get(path()))).html);
      expect(double).toContain(t('en', 'signup.confirmNote'));
      expect(double).not.toContain(t('en', 'signup.singleNote'));
      const embed = textOf(await (await get(`${singlePath}/embed`, { 'accept-language': 'de' })).text());
      expect(embed).toContain('Mit dem Absenden dieses Formulars sind Sie sofort angemeldet.');
      expect(embed).not.toContain(t('de', 'signup.confirmNote'));
    });

    it('answers one "you are subscribed if the address can receive mail" page for a new and a known address, and sends no confirmation', async () => {
      const known = address('sam');
      await s.gql(ADD, { l: singleId, i: { email: known } }, admin.token);
      const fresh = address('sue');
      const answers = [
        await page(await post(singlePath, { email: fresh }, SAME_SITE)),
        await page(await post(singlePath, { email: known }, SAME_SITE)),
      ];
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(mainOf(a.html)).toBe(mainOf(answers[0].html));
      }
      const text = textOf(answers[0].html);
      expect(text).toContain(
        'Thank you. If this list accepts sign-ups and the address can receive mail, it is now subscribed',
      );
      expect(text).not.toContain('Check your inbox');
      expect(answers[0].html).toContain('<title>Thank you</title>');
      await signupJobsDone();
      expect(
        (await q('SELECT status FROM subscribers WHERE email = ?', [fresh])).map((r: any) => r.status),
      ).toEqual(['CONFIRMED']);
      expect(mailsTo(fresh)).toHaveLength(0);
      expect(mailsTo(known)).toHaveLength(0);
    });

    it('answers in the language, and a double opt-in list still says to check the inbox', async () => {
      const de = await page(
        await post(singlePath, { email: address('dora') }, { ...SAME_SITE, 'accept-language': 'de' }),
      );
      expect(de.html).toContain('<html lang="de" dir="ltr">');
      expect(textOf(de.html)).toContain(t('de', 'signup.singleSent'));
      const double = await page(await post(path(), { email: address('dan') }, SAME_SITE));
      expect(textOf(double.html)).toContain('Check your inbox');
      expect(textOf(double.html)).toContain(t('en', 'signup.sent'));
      expect(textOf(double.html)).not.toContain(t('en', 'signup.singleSent'));
      await signupJobsDone();
    });
  });
});
