import { t as translate, type Lang, type MessageKey } from '../schema/common/i18n';
import { escapeHtml } from '../schema/common/link-page';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const CREATE_LIST =
  'mutation($i: CreateListInput!) { createList(input: $i) { id name title consentWording } }';
const ADD =
  'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id email status } }';
const CONFIRM = 'mutation($t: String!) { confirmSubscription(token: $t) }';
const PREFS = `query($t: String!) { subscriptionPreferences(token: $t) {
  tenant list email name country format trackingConsent language lists { listId title subscribed } } }`;
const UPDATE = `mutation($t: String!, $i: PreferencesInput!) { updateSubscriptionPreferences(token: $t, input: $i) {
  tenant list email name country format trackingConsent language lists { listId title subscribed } } }`;
const SEND = 'mutation($l: ID!, $i: MessageInput!) { sendListMessage(listId: $l, input: $i) { id status } }';
const DELIVERY = 'query($id: ID!) { delivery(id: $id) { status sent unsubscribes } }';

let seq = 0;
const address = (who = 'person') => `${who}-${Date.now().toString(36)}-${seq++}@example.com`;
/** A catalogue message as a page shows it (escaped). */
const t = (lang: Lang, key: MessageKey, values?: Record<string, string>) =>
  escapeHtml(translate(lang, key, values));
const linkIn = (text: string, path: string) =>
  new RegExp(`${path.replace('/', '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(text)?.[1];

type Person = { email: string; id: string; prefs: string };

describe('the preferences page and its API', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let a: TenantFixture;
  let b: TenantFixture;
  let adminA: UserFixture;
  let adminB: UserFixture;
  let news: { id: string; title: string }; // DOUBLE
  let members: { id: string; title: string }; // SINGLE
  let events: { id: string; title: string }; // DOUBLE
  let listB: { id: string; title: string };

  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
  const mailTo = async (email: string, n = 1): Promise<ReceivedMail> => {
    await until(async () => mailsTo(email).length >= n, `mail ${n} to ${email}`, 30_000);
    return mailsTo(email)[n - 1];
  };
  const q = (sql: string, params: unknown[] = []) => s.services.db.query(sql, params);
  const subRow = async (id: string) => (await q('SELECT * FROM subscribers WHERE id = ?', [id]))[0];
  const ledger = (id: string) =>
    q('SELECT event, source, wording_version FROM consent_records WHERE subscriber_id = ? ORDER BY at, id', [
      id,
    ]);
  /** The state an unchanged subscription must keep: its row and its ledger. */
  const snapshot = async (p: Person) => ({
    row: await subRow(p.id),
    ledger: await ledger(p.id),
    onLists: await q('SELECT list_id, status FROM subscribers WHERE email = ? ORDER BY list_id', [p.email]),
  });

  /** Someone on the DOUBLE list `news`, confirmed through the mail; the mail's preferences token. */
  async function confirmedPerson(): Promise<Person> {
    const email = address();
    const added = await s.gql(ADD, { l: news.id, i: { email } }, adminA.token);
    const mail = await mailTo(email);
    const prefs = linkIn(mail.text, '/preferences');
    expect(prefs).toBeDefined();
    expect((await s.gql(CONFIRM, { t: linkIn(mail.text, '/confirm') })).data.confirmSubscription).toBe(true);
    return { email, id: added.data.addSubscriber.id, prefs: prefs! };
  }

  const form = (
    token: string,
    fields: Record<string, string | string[]>,
    headers: Record<string, string> = {},
  ) => {
    const body = new URLSearchParams();
    body.append('token', token);
    for (const [k, v] of Object.entries(fields))
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    return fetch(`${s.base}/preferences?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: body.toString(),
    });
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lists.example.net', PUBLIC_RATE_LIMIT: '10000' },
    });
    a = await createTenant(s);
    b = await createTenant(s);
    [adminA, adminB] = await Promise.all([createUser(s, a, 'ADMIN'), createUser(s, b, 'ADMIN')]);
    const list = async (i: Record<string, string>, token = adminA.token) =>
      (await s.gql(CREATE_LIST, { i }, token)).data.createList;
    news = await list({ name: 'news-l', title: 'Acme News' });
    members = await list({ name: 'members-l', title: 'Members', optIn: 'SINGLE' });
    events = await list({ name: 'events-l', title: 'Events' });
    const wording = await s.gql(
      'mutation($id: ID!, $i: UpdateListInput!) { updateList(id: $id, input: $i) { id } }',
      { id: events.id, i: { consentWording: 'Send me the events.' } },
      adminA.token,
    );
    expect(wording.errors).toBeUndefined();
    listB = await list({ name: 'b-news', title: 'Other tenant news', optIn: 'SINGLE' }, adminB.token);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  describe('subscriptionPreferences and updateSubscriptionPreferences', () => {
    it("shows the masked address, the controller, the list, and the controller's lists only", async () => {
      const p = await confirmedPerson();
      const r = await s.gql(PREFS, { t: p.prefs });
      expect(r.errors).toBeUndefined();
      const v = r.data.subscriptionPreferences;
      expect(v).toMatchObject({
        tenant: a.name,
        list: 'Acme News',
        email: `${p.email[0]}***@example.com`,
        name: null,
        format: 'TEXT',
        trackingConsent: false,
        language: null,
      });
      expect(v.lists.map((l: { listId: string }) => l.listId).sort()).toEqual(
        [news.id, members.id, events.id].sort(),
      );
      expect(v.lists.find((l: { listId: string }) => l.listId === news.id).subscribed).toBe(true);
      expect(v.lists.find((l: { listId: string }) => l.listId === members.id).subscribed).toBe(false);
      expect(JSON.stringify(v)).not.toContain(listB.id);
    });

    it('changes the details, records each change in the ledger and the log, and the link works again', async () => {
      const p = await confirmedPerson();
      const r = await s.gql(UPDATE, {
        t: p.prefs,
        i: { name: '  Ana Lima ', country: 'pt', format: 'HTML', trackingConsent: true, language: 'pt-BR' },
      });
      expect(r.errors).toBeUndefined();
      expect(r.data.updateSubscriptionPreferences).toMatchObject({
        name: 'Ana Lima',
        country: 'PT',
        format: 'HTML',
        trackingConsent: true,
        language: 'pt',
      });
      expect(await subRow(p.id)).toMatchObject({
        name: 'Ana Lima',
        country: 'PT',
        format: 'HTML',
        language: 'pt',
      });
      const entries = (await ledger(p.id)).filter((e: { source: string }) => e.source === 'PREFERENCES');
      expect(entries.map((e: { event: string }) => e.event)).toEqual([
        'CHANGED',
        'CHANGED',
        'CHANGED',
        'CHANGED',
        'CHANGED',
      ]);
      const log = await q(
        `SELECT * FROM processing_log WHERE tenant_id = ? AND action = 'subscriber.preferences'`,
        [a.id],
      );
      expect(log.length).toBeGreaterThan(0);
      expect(JSON.stringify(log)).not.toMatch(/@|Ana|Lima/);
      expect(log[log.length - 1].purpose).toBe('SERVICE_DELIVERY');

      // The link is not used up: the person comes back and withdraws tracking (as easy as giving it).
      const again = await s.gql(UPDATE, { t: p.prefs, i: { trackingConsent: false } });
      expect(again.data.updateSubscriptionPreferences.trackingConsent).toBe(false);
      expect((await ledger(p.id)).pop()).toMatchObject({ event: 'WITHDRAWN', source: 'PREFERENCES' });
      expect((await s.gql(PREFS, { t: p.prefs })).data.subscriptionPreferences.name).toBe('Ana Lima');
      // An update that changes nothing writes nothing.
      const before = await snapshot(p);
      await s.gql(UPDATE, { t: p.prefs, i: { name: 'Ana Lima' } });
      expect(await snapshot(p)).toEqual(before);
    });

    it.each([
      ['an oversized name', { name: 'n'.repeat(201) }, 'name'],
      ['a 100 KB name', { name: 'n'.repeat(100_000) }, 'name'],
      ['a name with CRLF', { name: 'Ana\r\nBcc: victim@example.com' }, 'name'],
      ['a name with a control character', { name: 'Ana\u0000' }, 'name'],
      ['a name with HTML', { name: '<script>alert(1)</script>' }, 'name'],
      ['a name with a direction override', { name: 'Ana\u202eevil' }, 'name'],
      ['an unknown country', { country: 'XX' }, 'country'],
      ['a three-letter country', { country: 'DEU' }, 'country'],
      ['a country with CRLF', { country: '\r\n' }, 'country'],
      ['an HTML country', { country: '<b' }, 'country'],
      ['an unknown language', { language: 'xx' }, 'language'],
      ['a language Steward has none of', { language: 'ja' }, 'language'],
      ['a language with CRLF', { language: 'de\r\nX: y' }, 'language'],
      ['an HTML language', { language: '<de>' }, 'language'],
      ['an oversized language', { language: 'de-' + 'a'.repeat(100) }, 'language'],
      ['tracking consent for plain text', { format: 'TEXT', trackingConsent: true }, 'trackingConsent'],
    ] as Array<[string, Record<string, unknown>, string]>)(
      'refuses %s with BAD_USER_INPUT and changes nothing',
      async (_what, input) => {
        const p = await confirmedPerson();
        await s.gql(UPDATE, { t: p.prefs, i: { name: 'Kept' } });
        const before = await snapshot(p);
        // A valid change in the same input is not applied either.
        const r = await s.gql(UPDATE, {
          t: p.prefs,
          i: { format: 'HTML', subscribeTo: [members.id], ...input },
        });
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(await snapshot(p)).toEqual(before);
      },
    );

    it("refuses list ids that are not the same controller's lists, with one error, and joins nothing", async () => {
      const p = await confirmedPerson();
      const before = await snapshot(p);
      const cases = [
        { subscribeTo: [listB.id] },
        { subscribeTo: [members.id, listB.id] },
        { unsubscribeFrom: [listB.id] },
        { subscribeTo: ['00000000-0000-4000-8000-000000000000'] },
        { subscribeTo: ["1' OR '1'='1"] },
        { subscribeTo: [members.id], unsubscribeFrom: [members.id] },
      ];
      const messages = new Set<string>();
      for (const i of cases) {
        const r = await s.gql(UPDATE, { t: p.prefs, i: { name: 'Changed', ...i } });
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        if (!('unsubscribeFrom' in i && 'subscribeTo' in i)) messages.add(r.errors![0].message);
      }
      expect(messages.size).toBe(1);
      expect(await snapshot(p)).toEqual(before);
      expect(
        await q('SELECT id FROM subscribers WHERE email = ? AND tenant_id = ?', [p.email, b.id]),
      ).toHaveLength(0);
    });

    it('answers forged, malformed, expired and other-purpose tokens with the same BAD_USER_INPUT', async () => {
      const p = await confirmedPerson();
      const before = await snapshot(p);
      const mail = mailsTo(p.email)[0];
      const unsubscribeToken = linkIn(mail.text, '/unsubscribe')!;
      const tokens = [
        'x'.repeat(43),
        'abc',
        '',
        `${p.prefs}x`,
        unsubscribeToken,
        "'; DROP TABLE subscribers; --",
      ];
      const messages = new Set<string>();
      for (const tok of tokens) {
        const read = await s.gql(PREFS, { t: tok });
        const write = await s.gql(UPDATE, { t: tok, i: { name: 'Mallory' } });
        expect([codeOf(read), codeOf(write)]).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
        messages.add(read.errors![0].message).add(write.errors![0].message);
      }
      // The preferences token is not an unsubscribe or confirm token either.
      const un = await s.gql('mutation($t: String!) { unsubscribe(token: $t) }', { t: p.prefs });
      expect(codeOf(un)).toBe('BAD_USER_INPUT');
      await q(
        `UPDATE subscription_tokens SET expires_at = ? WHERE subscriber_id = ? AND purpose = 'PREFERENCES'`,
        [s.services.db.param(new Date(Date.now() - 1000)), p.id],
      );
      const expired = await s.gql(UPDATE, { t: p.prefs, i: { name: 'Mallory' } });
      expect(codeOf(expired)).toBe('BAD_USER_INPUT');
      messages.add(expired.errors![0].message);
      expect(messages.size).toBe(1);
      expect(await snapshot(p)).toEqual(before);
    });

    it('joins a SINGLE list at once, a DOUBLE list after its confirmation, and leaves a list as an unsubscribe does', async () => {
      const p = await confirmedPerson();
      await s.gql(UPDATE, { t: p.prefs, i: { name: 'Joiner', format: 'HTML', language: 'de' } });
      const r = await s.gql(UPDATE, { t: p.prefs, i: { subscribeTo: [members.id, events.id] } });
      expect(r.errors).toBeUndefined();
      const onLists = await q(
        'SELECT id, list_id, status, name, format, language FROM subscribers WHERE email = ?',
        [p.email],
      );
      const onMembers = onLists.find((x: { list_id: string }) => x.list_id === members.id);
      const onEvents = onLists.find((x: { list_id: string }) => x.list_id === events.id);
      expect(onMembers).toMatchObject({
        status: 'CONFIRMED',
        name: 'Joiner',
        format: 'HTML',
        language: 'de',
      });
      expect(onEvents).toMatchObject({ status: 'PENDING' });
      expect((await ledger(onMembers.id))[0]).toMatchObject({ event: 'CONFIRMED', source: 'PREFERENCES' });
      expect((await ledger(onEvents.id))[0]).toMatchObject({ event: 'REQUESTED', source: 'PREFERENCES' });
      // The DOUBLE list's confirmation mail, in the person's language, confirms it.
      const confirmation = await mailTo(p.email, 2);
      expect(confirmation.subject).toBe(translate('de', 'confirmMail.subject', { list: 'Events' }));
      await s.gql(CONFIRM, { t: linkIn(confirmation.text, '/confirm') });
      expect((await subRow(onEvents.id)).status).toBe('CONFIRMED');

      // Leaving the SINGLE list deletes that subscription's data and keeps a suppression.
      const left = await s.gql(UPDATE, { t: p.prefs, i: { unsubscribeFrom: [members.id] } });
      expect(left.errors).toBeUndefined();
      expect(await subRow(onMembers.id)).toBeUndefined();
      expect(await ledger(onMembers.id)).toHaveLength(0);
      const view = left.data.updateSubscriptionPreferences.lists;
      expect(view.find((l: { listId: string }) => l.listId === members.id).subscribed).toBe(false);
      expect(view.find((l: { listId: string }) => l.listId === events.id).subscribed).toBe(true);
      const own = await ledger(p.id);
      expect(own.map((e: { event: string }) => e.event)).toEqual(
        expect.arrayContaining(['CHANGED', 'WITHDRAWN']),
      );
      expect(JSON.stringify(own)).toContain(members.id);
      const log = await q(`SELECT action, description FROM processing_log WHERE tenant_id = ? ORDER BY seq`, [
        a.id,
      ]);
      expect(log.map((l: { action: string }) => l.action)).toEqual(
        expect.arrayContaining(['subscriber.preferences', 'subscriber.unsubscribe', 'subscriber.create']),
      );
      expect(JSON.stringify(log)).not.toContain(p.email);
      // Joining it again: the address once left, so the person proves it through a confirmation first.
      await s.gql(UPDATE, { t: p.prefs, i: { subscribeTo: [members.id] } });
      expect(
        (await q('SELECT status FROM subscribers WHERE email = ? AND list_id = ?', [p.email, members.id]))[0]
          .status,
      ).toBe('PENDING');
    });

    it('unsubscribes from its own list: the data goes, and the link no longer works', async () => {
      const p = await confirmedPerson();
      const r = await s.gql(UPDATE, { t: p.prefs, i: { unsubscribeFrom: [news.id] } });
      expect(r.errors).toBeUndefined();
      expect(
        r.data.updateSubscriptionPreferences.lists.every((l: { subscribed: boolean }) => !l.subscribed),
      ).toBe(true);
      expect(await subRow(p.id)).toBeUndefined();
      expect(await ledger(p.id)).toHaveLength(0);
      expect(await q('SELECT id FROM subscription_tokens WHERE subscriber_id = ?', [p.id])).toHaveLength(0);
      expect(codeOf(await s.gql(PREFS, { t: p.prefs }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await s.gql(UPDATE, { t: p.prefs, i: { subscribeTo: [members.id] } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await q('SELECT id FROM subscribers WHERE email = ?', [p.email])).toHaveLength(0);
    });

    it("stops working once the person unsubscribed through a mail's unsubscribe link", async () => {
      const email = address('refuser');
      await s.gql(ADD, { l: news.id, i: { email } }, adminA.token);
      const mail = await mailTo(email);
      const prefs = linkIn(mail.text, '/preferences')!;
      expect((await s.gql(PREFS, { t: prefs })).errors).toBeUndefined();
      const un = await s.gql('mutation($t: String!) { unsubscribe(token: $t) }', {
        t: linkIn(mail.text, '/unsubscribe'),
      });
      expect(un.data.unsubscribe).toBe(true);
      expect(codeOf(await s.gql(PREFS, { t: prefs }))).toBe('BAD_USER_INPUT');
      expect(codeOf(await s.gql(UPDATE, { t: prefs, i: { subscribeTo: [members.id] } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect((await fetch(`${s.base}/preferences?token=${prefs}`)).status).toBe(400);
      expect(await q('SELECT id FROM subscribers WHERE email = ?', [email])).toHaveLength(0);
    });

    it('leaves a consistent state when updates race', async () => {
      const p = await confirmedPerson();
      const results = await Promise.all([
        s.gql(UPDATE, { t: p.prefs, i: { name: 'First', format: 'HTML', subscribeTo: [members.id] } }),
        s.gql(UPDATE, { t: p.prefs, i: { name: 'Second', format: 'TEXT', subscribeTo: [members.id] } }),
        s.gql(UPDATE, { t: p.prefs, i: { name: 'Third', format: 'HTML', subscribeTo: [members.id] } }),
      ]);
      for (const r of results) if (r.errors) expect(codeOf(r)).toBe('CONFLICT');
      const ok = results.filter((r) => !r.errors);
      expect(ok.length).toBeGreaterThan(0);
      const row = await subRow(p.id);
      const match = { First: 'HTML', Second: 'TEXT', Third: 'HTML' } as Record<string, string>;
      expect(match[row.name]).toBe(row.format);
      expect(
        await q('SELECT id FROM subscribers WHERE email = ? AND list_id = ?', [p.email, members.id]),
      ).toHaveLength(1);
      // the ledger's last name change belongs to the update whose name was kept
      const changes = (await ledger(p.id)).filter((e: { wording_version: string }) =>
        e.wording_version.startsWith('name changed'),
      );
      expect(changes.length).toBe(ok.length);
    });
  });

  describe('GET and POST /preferences', () => {
    it("shows the page in the person's language and changes nothing on GET", async () => {
      const p = await confirmedPerson();
      await s
        .gql(UPDATE, { t: p.prefs, i: { name: 'Jana <b>', language: 'de' } })
        .then((r) => expect(codeOf(r)).toBe('BAD_USER_INPUT'));
      await s.gql(UPDATE, { t: p.prefs, i: { name: 'Jana', language: 'de' } });
      const before = await snapshot(p);
      const res = await fetch(`${s.base}/preferences?token=${p.prefs}`, {
        headers: { 'accept-language': 'en' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const html = await res.text();
      expect(html).toContain('<html lang="de" dir="ltr">');
      expect(html).toContain(t('de', 'prefs.title'));
      expect(html).toContain(`${p.email[0]}***@example.com`);
      expect(html).not.toContain(p.email);
      expect(html).toContain('value="Jana"');
      expect(html).toContain(t('de', 'prefs.listsTitle', { organisation: a.name }));
      expect(html).toContain('Send me the events.');
      expect(html).not.toMatch(/<script/i);
      // The language picked on these pages wins.
      const fr = await fetch(`${s.base}/preferences?token=${p.prefs}`, {
        headers: { cookie: 'steward_lang=fr' },
      });
      expect(await fr.text()).toContain(`<html lang="fr" dir="ltr">`);
      expect(await snapshot(p)).toEqual(before);

      const bad = await fetch(`${s.base}/preferences?token=forged-token-forged-token-forged`, {
        headers: { 'accept-language': 'it' },
      });
      expect(bad.status).toBe(400);
      const badHtml = await bad.text();
      expect(badHtml).toContain('<html lang="it" dir="ltr">');
      expect(badHtml).toContain(t('it', 'link.invalid'));
    });

    it('saves the no-JS form: details, language, the lists ticked and unticked', async () => {
      const p = await confirmedPerson();
      const res = await form(p.prefs, {
        name: 'Piet',
        country: 'NL',
        format: 'HTML',
        trackingConsent: 'yes',
        language: 'nl',
        list: [members.id],
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('<html lang="nl" dir="ltr">');
      expect(html).toContain(t('nl', 'prefs.saved'));
      expect(await subRow(p.id)).toMatchObject({
        name: 'Piet',
        country: 'NL',
        format: 'HTML',
        language: 'nl',
      });
      expect(!!(await subRow(p.id)).tracking_consent).toBe(true);
      expect(
        await q('SELECT status FROM subscribers WHERE email = ? AND list_id = ?', [p.email, members.id]),
      ).toEqual([{ status: 'CONFIRMED' }]);
      // Unticking the list leaves it; plain text withdraws the tracking consent.
      const again = await form(p.prefs, {
        name: 'Piet',
        country: 'NL',
        format: 'TEXT',
        trackingConsent: 'yes',
        language: 'nl',
      });
      expect(again.status).toBe(200);
      expect(
        await q('SELECT id FROM subscribers WHERE email = ? AND list_id = ?', [p.email, members.id]),
      ).toHaveLength(0);
      expect(!!(await subRow(p.id)).tracking_consent).toBe(false);
    });

    it('refuses a hostile field, another site, and a forged token with a clear page, changing nothing', async () => {
      const p = await confirmedPerson();
      const before = await snapshot(p);
      const fields = { name: 'Ok', country: '', format: 'TEXT', language: 'en' };
      const bad = await form(
        p.prefs,
        { ...fields, name: '<img src=x onerror=alert(1)>' },
        { 'accept-language': 'es' },
      );
      expect(bad.status).toBe(400);
      const html = await bad.text();
      expect(html).toContain(t('es', 'signup.errorName'));
      expect(html).not.toContain('<img src=x');
      expect((await form(p.prefs, { ...fields, country: 'ZZ' })).status).toBe(400);
      expect((await form(p.prefs, { ...fields, language: 'tlh' })).status).toBe(400);
      expect((await form(p.prefs, { ...fields, list: [listB.id] })).status).toBe(400);
      const cross = await form(p.prefs, fields, {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      });
      expect(cross.status).toBe(403);
      const forged = await form('forged-token-forged-token-forged', fields);
      expect(forged.status).toBe(400);
      expect(await forged.text()).toContain(t('en', 'link.invalid'));
      const huge = await form(p.prefs, { ...fields, name: 'x'.repeat(40_000) });
      expect(huge.status).toBe(413);
      expect(await snapshot(p)).toEqual(before);
    });

    it("unsubscribes from the page's own list, after which the link is invalid", async () => {
      const p = await confirmedPerson();
      const res = await form(p.prefs, { action: 'unsubscribe' });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(t('en', 'unsubscribe.done'));
      expect(await subRow(p.id)).toBeUndefined();
      expect((await fetch(`${s.base}/preferences?token=${p.prefs}`)).status).toBe(400);
    });

    it('links the welcome page after confirming to the preferences page', async () => {
      const email = address('welcome');
      await s.gql(ADD, { l: news.id, i: { email } }, adminA.token);
      const mail = await mailTo(email);
      const confirm = linkIn(mail.text, '/confirm')!;
      const res = await fetch(`${s.base}/confirm?token=${confirm}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'pl' },
        body: `token=${confirm}`,
      });
      const html = await res.text();
      expect(html).toContain(t('pl', 'prefs.link'));
      const prefs = linkIn(html, '/preferences')!;
      expect(prefs).not.toBe(linkIn(mail.text, '/preferences'));
      const page = await fetch(`${s.base}/preferences?token=${prefs}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`${email[0]}***@example.com`);
    });
  });

  describe('the list-message footer', () => {
    it("carries working unsubscribe and preferences links, in the subscriber's language", async () => {
      const de = await confirmedPerson();
      const en = await confirmedPerson();
      await s.gql(UPDATE, { t: de.prefs, i: { language: 'de', format: 'HTML' } });
      const sent = await s.gql(
        SEND,
        { l: news.id, i: { subject: 'Issue 7', text: 'Hello readers', html: '<p>Hello</p>' } },
        adminA.token,
      );
      const id = sent.data.sendListMessage.id;
      await until(
        async () => (await s.gql(DELIVERY, { id }, adminA.token)).data.delivery.status === 'SENT',
        'the delivery',
        30_000,
      );
      const isIssue = (m: ReceivedMail) => m.subject === 'Issue 7';
      const mDe = mailsTo(de.email).find(isIssue)!;
      const mEn = mailsTo(en.email).find(isIssue)!;
      expect(mDe.text).toContain(
        translate('de', 'footer.why', { list: 'Acme News', name: 'NEWS-L', organisation: a.name }),
      );
      expect(mDe.text).toContain(
        `${translate('de', 'footer.preferences')}: https://lists.example.net/preferences?token=`,
      );
      expect(mDe.text).toContain(
        `${translate('de', 'footer.unsubscribe')}: https://lists.example.net/unsubscribe?token=`,
      );
      expect(mDe.html).toContain(t('de', 'footer.preferences'));
      expect(mDe.html).toMatch(/href="https:\/\/lists\.example\.net\/preferences\?token=[A-Za-z0-9_-]+"/);
      expect(mEn.text).toContain(translate('en', 'footer.preferences'));
      expect(mEn.html).toBeNull();

      const fromMail = linkIn(mDe.text, '/preferences')!;
      expect(fromMail).not.toBe(de.prefs);
      const page = await fetch(`${s.base}/preferences?token=${fromMail}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html lang="de" dir="ltr">');
      // Each recipient's two links were issued for this delivery.
      const rows = await q('SELECT purpose FROM subscription_tokens WHERE delivery_id = ? ORDER BY purpose', [
        id,
      ]);
      expect(rows.map((r: { purpose: string }) => r.purpose)).toEqual(
        expect.arrayContaining(['PREFERENCES', 'PREFERENCES', 'UNSUBSCRIBE', 'UNSUBSCRIBE']),
      );
      // Leaving through the message's preferences page counts as one of its unsubscribes.
      const left = await form(fromMail, { action: 'unsubscribe' });
      expect(left.status).toBe(200);
      expect((await s.gql(DELIVERY, { id }, adminA.token)).data.delivery.unsubscribes).toBe(1);
    });
  });
});
