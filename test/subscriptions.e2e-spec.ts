import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { RequestContext } from '../tenants/request-context';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

const CREATE_LIST =
  'mutation($i: CreateListInput!) { createList(input: $i) { id name title optIn confirmedCount pendingCount } }';
const ADD =
  'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id email name country format trackingConsent status confirmedAt } }';
const REMOVE = 'mutation($id: ID!) { removeSubscriber(id: $id) }';
const CONFIRM = 'mutation($t: String!) { confirmSubscription(token: $t) }';
const UNSUBSCRIBE = 'mutation($t: String!) { unsubscribe(token: $t) }';
const SUBSCRIBE = 'mutation($i: PublicSubscribeInput!) { subscribe(input: $i) { accepted message } }';
const PAGE =
  'query($l: ID!, $f: Int, $a: String, $s: SubscriberStatus) { subscribers(listId: $l, first: $f, after: $a, status: $s) { nodes { id email status } pageInfo { hasNextPage endCursor } totalCount } }';
const LIST = 'query($id: ID!) { list(id: $id) { id name confirmedCount pendingCount } }';

let seq = 0;
const address = (who = 'person') => `${who}-${Date.now().toString(36)}-${seq++}@example.com`;

/** The confirm and refuse/unsubscribe tokens in a confirmation mail. */
function tokensIn(mail: ReceivedMail): { confirm: string; unsubscribe: string } {
  const confirm = /\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  const unsubscribe = /\/unsubscribe\?token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (!confirm || !unsubscribe) throw new Error(`no links in: ${mail.text}`);
  return { confirm, unsubscribe };
}

describe('lists, subscribers, double opt-in and unsubscribe', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let a: TenantFixture;
  let b: TenantFixture;
  let adminA: UserFixture;
  let viewerA: UserFixture;
  let adminB: UserFixture;
  let doubleList: { id: string; name: string };
  let singleList: { id: string; name: string };

  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
  const mailTo = async (email: string, n = 1): Promise<ReceivedMail> => {
    await until(async () => mailsTo(email).length >= n, `mail ${n} to ${email}`);
    return mailsTo(email)[n - 1];
  };
  const rows = (table: string, where: string, params: unknown[]) =>
    s.services.db.query(`SELECT * FROM ${table} WHERE ${where}`, params);
  const postForm = (path: string, token: string, body = `token=${token}`) =>
    fetch(`${s.base}${path}?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({
      workers: 2,
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://lists.example.net' },
    });
    a = await createTenant(s);
    b = await createTenant(s);
    [adminA, viewerA, adminB] = await Promise.all([
      createUser(s, a, 'ADMIN'),
      createUser(s, a, 'VIEWER'),
      createUser(s, b, 'ADMIN'),
    ]);
    doubleList = (await s.gql(CREATE_LIST, { i: { name: 'news-l', title: 'Acme News' } }, adminA.token)).data
      .createList;
    singleList = (
      await s.gql(CREATE_LIST, { i: { name: 'members-l', title: 'Members', optIn: 'SINGLE' } }, adminA.token)
    ).data.createList;
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  describe('lists', () => {
    it('creates lists with upper-case names, DOUBLE opt-in by default', () => {
      expect(doubleList).toMatchObject({
        name: 'NEWS-L',
        title: 'Acme News',
        optIn: 'DOUBLE',
        confirmedCount: 0,
        pendingCount: 0,
      });
      expect(singleList).toMatchObject({ name: 'MEMBERS-L', optIn: 'SINGLE' });
    });

    it('refuses a name already used in the tenant, in any case, but allows it in another tenant', async () => {
      expect(codeOf(await s.gql(CREATE_LIST, { i: { name: 'News-L', title: 'Copy' } }, adminA.token))).toBe(
        'CONFLICT',
      );
      expect(
        (await s.gql(CREATE_LIST, { i: { name: 'NEWS-L', title: 'B news' } }, adminB.token)).data.createList
          .name,
      ).toBe('NEWS-L');
    });

    it.each([
      ['an empty name', { name: '', title: 'x' }],
      ['a name with a space', { name: 'my list', title: 'x' }],
      ['a 65-character name', { name: 'L'.repeat(65), title: 'x' }],
      ['a blank title', { name: 'OK-L', title: '   ' }],
      ['a 201-character title', { name: 'OK-L', title: 't'.repeat(201) }],
      ['an unknown opt-in mode', { name: 'OK-L', title: 'x', optIn: 'TRIPLE' }],
    ])('refuses %s with BAD_USER_INPUT', async (_what, input) => {
      expect(codeOf(await s.gql(CREATE_LIST, { i: input }, adminA.token))).toBe('BAD_USER_INPUT');
    });

    it('is written by OWNER/ADMIN only and read by every role of the tenant only', async () => {
      expect(codeOf(await s.gql(CREATE_LIST, { i: { name: 'VIEW-L', title: 'x' } }, viewerA.token))).toBe(
        'FORBIDDEN',
      );
      expect(
        (await s.gql('{ lists { name } }', {}, viewerA.token)).data.lists.map(
          (l: { name: string }) => l.name,
        ),
      ).toEqual(['MEMBERS-L', 'NEWS-L']);
      expect((await s.gql(LIST, { id: doubleList.id }, adminB.token)).data.list).toBeNull();
      expect(codeOf(await s.gql('{ lists { name } }', {}, await s.operatorToken()))).toBe('FORBIDDEN');
    });
  });

  describe('double opt-in', () => {
    it('adds a PENDING subscriber, mails a confirmation, and confirms only on the POST behind the button', async () => {
      const email = address('alice');
      const added = await s.gql(
        ADD,
        {
          l: doubleList.id,
          i: {
            email: `  ${email.toUpperCase()} `,
            name: ' Alice ',
            country: 'de',
            format: 'HTML',
            trackingConsent: true,
          },
        },
        adminA.token,
      );
      expect(added.data.addSubscriber).toMatchObject({
        email,
        name: 'Alice',
        country: 'DE',
        format: 'HTML',
        trackingConsent: true,
        status: 'PENDING',
        confirmedAt: null,
      });

      const mail = await mailTo(email);
      expect(mail.subject).toContain('Acme News');
      expect(mail.text).toContain('https://lists.example.net/confirm?token=');
      expect(mail.text).toContain('https://lists.example.net/unsubscribe?token=');
      const { confirm } = tokensIn(mail);

      // A link scanner's GET shows a page with a button and changes nothing.
      const scanned = await fetch(`${s.base}/confirm?token=${confirm}`);
      expect(scanned.status).toBe(200);
      const html = await scanned.text();
      expect(html).toMatch(/<form method="post" action="\/confirm/);
      expect((await rows('subscribers', 'id = ?', [added.data.addSubscriber.id]))[0].status).toBe('PENDING');

      const pressed = await postForm('/confirm', confirm);
      expect(pressed.status).toBe(200);
      const [row] = await rows('subscribers', 'id = ?', [added.data.addSubscriber.id]);
      expect(row.status).toBe('CONFIRMED');
      expect(row.confirmed_at).not.toBeNull();
      const ledger = await rows('consent_records', 'subscriber_id = ? ORDER BY at', [row.id]);
      expect(ledger.map((r: { event: string }) => r.event)).toEqual(['REQUESTED', 'CONFIRMED']);
      expect(ledger[1].ip).toBeTruthy();
      expect(ledger.map((r: { wording_version: string }) => r.wording_version)).toEqual(['1', '1']); // the list's wording version 1

      // Replayed: the same answer as a garbage token, and nothing changes.
      expect((await postForm('/confirm', confirm)).status).toBe(400);
      const replay = await s.gql(CONFIRM, { t: confirm });
      expect(codeOf(replay)).toBe('BAD_USER_INPUT');
      const garbage = await s.gql(CONFIRM, { t: 'A'.repeat(43) });
      expect(garbage.errors![0].message).toBe(replay.errors![0].message);
    });

    it('sends a PENDING person nothing but the confirmation, at most once in ten minutes, whatever the case of the address', async () => {
      const email = address('bob');
      const first = await s.gql(ADD, { l: doubleList.id, i: { email } }, adminA.token);
      const again = await s.gql(
        ADD,
        { l: doubleList.id, i: { email: ` ${email.toUpperCase()}` } },
        adminA.token,
      );
      expect(again.data.addSubscriber.id).toBe(first.data.addSubscriber.id);
      await s.gql(SUBSCRIBE, { i: { tenant: a.slug, list: 'news-l', email: email.toUpperCase() } });
      await mailTo(email);
      await sleep(1500);
      expect(mailsTo(email)).toHaveLength(1);
      expect(await rows('subscribers', 'tenant_id = ? AND email = ?', [a.id, email])).toHaveLength(1);
    });

    it('refuses expired and garbage confirmation tokens', async () => {
      const email = address('carol');
      await s.gql(ADD, { l: doubleList.id, i: { email } }, adminA.token);
      const { confirm } = tokensIn(await mailTo(email));
      await s.services.db.query(
        `UPDATE subscription_tokens SET expires_at = ? WHERE tenant_id = ? AND purpose = 'CONFIRM'`,
        [s.services.db.param(new Date(Date.now() - 1000)), a.id],
      );
      expect(codeOf(await s.gql(CONFIRM, { t: confirm }))).toBe('BAD_USER_INPUT');
      for (const t of ['', 'short', 'x'.repeat(5000), "' OR 1=1 --"])
        expect(codeOf(await s.gql(CONFIRM, { t }))).toBe('BAD_USER_INPUT');
      expect((await rows('subscribers', 'tenant_id = ? AND email = ?', [a.id, email]))[0].status).toBe(
        'PENDING',
      );
    });
  });

  describe('unsubscribe deletes', () => {
    it('one-click (RFC 8058) deletes the row, its ledger, tokens and mail, and keeps only a hashed suppression and counts', async () => {
      const email = address('dave');
      const added = (await s.gql(ADD, { l: doubleList.id, i: { email, name: 'Dave' } }, adminA.token)).data
        .addSubscriber;
      const { confirm, unsubscribe } = tokensIn(await mailTo(email));
      expect(await s.gql(CONFIRM, { t: confirm })).toMatchObject({ data: { confirmSubscription: true } });

      // The GET page changes nothing.
      expect((await fetch(`${s.base}/unsubscribe?token=${unsubscribe}`)).status).toBe(200);
      expect(await rows('subscribers', 'id = ?', [added.id])).toHaveLength(1);

      const res = await postForm('/unsubscribe', unsubscribe, 'List-Unsubscribe=One-Click');
      expect(res.status).toBe(200);
      for (const [table, col] of [
        ['subscribers', 'email'],
        ['outbound_mail', 'to_address'],
      ]) {
        expect(await rows(table, `${col} = ?`, [email])).toHaveLength(0);
      }
      expect(await rows('consent_records', 'subscriber_id = ?', [added.id])).toHaveLength(0);
      expect(await rows('subscription_tokens', 'subscriber_id = ?', [added.id])).toHaveLength(0);
      const suppression = await rows('suppressions', 'tenant_id = ?', [a.id]);
      expect(suppression.length).toBeGreaterThan(0);
      expect(JSON.stringify(suppression)).not.toContain(email);
      const counts = await rows('list_daily_counts', 'tenant_id = ? AND list_id = ?', [a.id, doubleList.id]);
      expect(counts[0].unsubscribed).toBeGreaterThanOrEqual(1);
      // and the link cannot be used twice
      expect(codeOf(await s.gql(UNSUBSCRIBE, { t: unsubscribe }))).toBe('BAD_USER_INPUT');
    });

    it('removeSubscriber deletes; a SINGLE list then refuses the address until the person opts in again themselves', async () => {
      const email = address('erin');
      const added = await s.gql(ADD, { l: singleList.id, i: { email } }, adminA.token);
      expect(added.data.addSubscriber.status).toBe('CONFIRMED');
      const ledger = await rows('consent_records', 'subscriber_id = ?', [added.data.addSubscriber.id]);
      expect(ledger.map((r: { event: string; source: string }) => [r.event, r.source])).toEqual([
        ['ATTESTED', 'API'],
      ]);
      expect(mailsTo(email)).toHaveLength(0);

      expect(
        (await s.gql(REMOVE, { id: added.data.addSubscriber.id }, adminA.token)).data.removeSubscriber,
      ).toBe(true);
      expect(await rows('subscribers', 'email = ?', [email])).toHaveLength(0);
      const refused = await s.gql(ADD, { l: singleList.id, i: { email: email.toUpperCase() } }, adminA.token);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(await rows('subscribers', 'email = ?', [email])).toHaveLength(0);

      // The person signs up again on the form: a suppressed address must confirm first.
      await s.gql(SUBSCRIBE, { i: { tenant: a.slug, list: 'MEMBERS-L', email } });
      const { confirm } = tokensIn(await mailTo(email));
      expect((await rows('subscribers', 'email = ?', [email]))[0].status).toBe('PENDING');
      await s.gql(CONFIRM, { t: confirm });
      expect((await rows('subscribers', 'email = ?', [email]))[0].status).toBe('CONFIRMED');
      // the suppression is lifted: the customer may manage the address again
      expect(codeOf(await s.gql(ADD, { l: singleList.id, i: { email } }, adminA.token))).toBeUndefined();
    });
  });

  describe('public subscribe', () => {
    it('answers the same for a real list, an unknown list and an unknown tenant, and mails only the real one', async () => {
      const real = address('frank');
      const ghost = address('ghost');
      const answers = [
        await s.gql(SUBSCRIBE, { i: { tenant: a.slug, list: 'NEWS-L', email: real } }),
        await s.gql(SUBSCRIBE, { i: { tenant: a.slug, list: 'NO-SUCH-L', email: ghost } }),
        await s.gql(SUBSCRIBE, { i: { tenant: 'no-such-tenant', list: 'NEWS-L', email: ghost } }),
      ];
      for (const r of answers) expect(r.data).toEqual(answers[0].data);
      expect(answers[0].data.subscribe.accepted).toBe(true);
      await mailTo(real);
      await until(
        async () =>
          Number(
            (
              await s.services.db.query(
                `SELECT COUNT(*) AS n FROM jobs WHERE queue = 'subscription.request' AND state <> 'done'`,
              )
            )[0].n,
          ) === 0,
        'sign-up jobs',
      );
      expect(mailsTo(ghost)).toHaveLength(0);
      expect(await rows('subscribers', 'email = ?', [ghost])).toHaveLength(0);
      // The sign-up job's payload (address, IP) is blanked once done.
      const jobs = await rows('jobs', `queue = 'subscription.request'`, []);
      expect(JSON.stringify(jobs)).not.toContain(real);
      const [{ n }] = await s.services.db.query(
        `SELECT COUNT(*) AS n FROM processing_log WHERE action = 'subscriber.create' AND description LIKE '%@%'`,
      );
      expect(Number(n)).toBe(0);
    });

    it('refuses a malformed address with BAD_USER_INPUT (which reveals nothing about lists)', async () => {
      expect(
        codeOf(await s.gql(SUBSCRIBE, { i: { tenant: a.slug, list: 'NEWS-L', email: 'not-an-address' } })),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('subscribers', () => {
    it('pages through a list with a cursor, a status filter and a total', async () => {
      const list = (
        await s.gql(CREATE_LIST, { i: { name: 'PAGE-L', title: 'Paging', optIn: 'SINGLE' } }, adminA.token)
      ).data.createList;
      for (let i = 0; i < 7; i++)
        await s.gql(ADD, { l: list.id, i: { email: address(`page${i}`) } }, adminA.token);
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 3; i++) {
        type Page = {
          subscribers: {
            nodes: Array<{ id: string }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            totalCount: number;
          };
        };
        const page: Page = (await s.gql<Page>(PAGE, { l: list.id, f: 3, a: after }, viewerA.token)).data!;
        expect(page.subscribers.totalCount).toBe(7);
        seen.push(...page.subscribers.nodes.map((n) => n.id));
        expect(page.subscribers.pageInfo.hasNextPage).toBe(i < 2);
        after = page.subscribers.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(7);
      expect(
        (await s.gql(PAGE, { l: list.id, s: 'PENDING' }, viewerA.token)).data.subscribers.totalCount,
      ).toBe(0);
      expect((await s.gql(LIST, { id: list.id }, viewerA.token)).data.list).toMatchObject({
        confirmedCount: 7,
        pendingCount: 0,
      });
      expect(codeOf(await s.gql(PAGE, { l: list.id, f: 501 }, viewerA.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await s.gql(PAGE, { l: list.id, f: 0 }, viewerA.token))).toBe('BAD_USER_INPUT');
      expect(codeOf(await s.gql(PAGE, { l: list.id, a: 'garbage!' }, viewerA.token))).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['an invalid email', { email: 'nope' }],
      ['an empty email', { email: '' }],
      ['a 300-character email', { email: `${'x'.repeat(290)}@example.com` }],
      ['a 201-character name', { email: 'ok@example.com', name: 'n'.repeat(201) }],
      ['an unknown country', { email: 'ok@example.com', country: 'XX' }],
      ['a three-letter country', { email: 'ok@example.com', country: 'DEU' }],
      ['an unknown format', { email: 'ok@example.com', format: 'PDF' }],
    ])('refuses %s with BAD_USER_INPUT and adds nothing', async (_what, input) => {
      const before = Number((await s.services.db.query('SELECT COUNT(*) AS n FROM subscribers'))[0].n);
      expect(codeOf(await s.gql(ADD, { l: doubleList.id, i: input }, adminA.token))).toBe('BAD_USER_INPUT');
      expect(Number((await s.services.db.query('SELECT COUNT(*) AS n FROM subscribers'))[0].n)).toBe(before);
    });
  });

  describe('tenancy and roles', () => {
    it("keeps another tenant's lists and subscribers unreachable and unchanged", async () => {
      const email = address('henry');
      const sub = (await s.gql(ADD, { l: singleList.id, i: { email } }, adminA.token)).data.addSubscriber;
      expect(codeOf(await s.gql(PAGE, { l: singleList.id }, adminB.token))).toBe('NOT_FOUND');
      expect(
        codeOf(await s.gql(ADD, { l: singleList.id, i: { email: address('intruder') } }, adminB.token)),
      ).toBe('NOT_FOUND');
      expect(codeOf(await s.gql(REMOVE, { id: sub.id }, adminB.token))).toBe('NOT_FOUND');
      expect(codeOf(await s.gql(REMOVE, { id: '00000000-0000-4000-8000-000000000000' }, adminB.token))).toBe(
        'NOT_FOUND',
      );
      expect(await rows('subscribers', 'id = ?', [sub.id])).toHaveLength(1);
      expect(
        (await s.gql(LIST, { id: singleList.id }, adminA.token)).data.list.confirmedCount,
      ).toBeGreaterThan(0);
    });

    it('lets a VIEWER read but not write', async () => {
      const sub = (await s.gql(ADD, { l: singleList.id, i: { email: address('ivy') } }, adminA.token)).data
        .addSubscriber;
      expect(
        codeOf(await s.gql(ADD, { l: singleList.id, i: { email: address('viewer') } }, viewerA.token)),
      ).toBe('FORBIDDEN');
      expect(codeOf(await s.gql(REMOVE, { id: sub.id }, viewerA.token))).toBe('FORBIDDEN');
      expect(await rows('subscribers', 'id = ?', [sub.id])).toHaveLength(1);
      expect(
        (await s.gql(PAGE, { l: singleList.id }, viewerA.token)).data.subscribers.totalCount,
      ).toBeGreaterThan(0);
    });
  });

  describe('retention', () => {
    it('purges sign-ups left unconfirmed past seven days, with their ledger and tokens', async () => {
      const email = address('stale');
      const sub = (await s.gql(ADD, { l: doubleList.id, i: { email } }, adminA.token)).data.addSubscriber;
      await mailTo(email);
      await s.services.db.query('UPDATE subscribers SET requested_at = ? WHERE id = ?', [
        s.services.db.param(new Date(Date.now() - 8 * 86_400_000)),
        sub.id,
      ]);
      expect(
        await s.services.subscriberRetention.purgeExpired(RequestContext.system('test')),
      ).toBeGreaterThanOrEqual(1);
      expect(await rows('subscribers', 'id = ?', [sub.id])).toHaveLength(0);
      expect(await rows('consent_records', 'subscriber_id = ?', [sub.id])).toHaveLength(0);
      expect(await rows('subscription_tokens', 'subscriber_id = ?', [sub.id])).toHaveLength(0);
    });
  });
});
