import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { ReceivedMail, startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const FIELDS =
  'id name title description optIn consentWording consentVersion fromName fromAddress replyTo footer';
const CREATE_LIST = `mutation($i: CreateListInput!) { createList(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateListInput!) { updateList(id: $id, input: $i) { ${FIELDS} } }`;
const LIST = `query($id: ID!) { list(id: $id) { ${FIELDS} } }`;
const ACTIVITY =
  'query($id: ID!, $d: Int) { list(id: $id) { activity(days: $d) { date signups confirmations unsubscribes removals } } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const SUBSCRIBE = 'mutation($i: PublicSubscribeInput!) { subscribe(input: $i) { accepted } }';
const CONFIRM = 'mutation($t: String!) { confirmSubscription(token: $t) }';

let seq = 0;
const address = (who = 'person') => `${who}-${Date.now().toString(36)}-${seq++}@example.com`;

describe('list settings (updateList), consent wording versions and activity', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let owner: UserFixture;
  let admin: UserFixture;
  let viewer: UserFixture;
  let outsider: UserFixture;
  let n = 0;

  const newList = async (optIn = 'DOUBLE') =>
    (await s.gql(CREATE_LIST, { i: { name: `SET${n++}-L`, title: 'Settings', optIn } }, admin.token)).data
      .createList;
  const row = async (id: string) =>
    (await s.services.db.query('SELECT * FROM mailing_lists WHERE id = ?', [id]))[0];
  const wordings = (id: string) =>
    s.services.db.query(
      'SELECT version, wording FROM list_consent_wordings WHERE list_id = ? ORDER BY version',
      [id],
    );
  const consent = (subscriberId: string) =>
    s.services.db.query(
      'SELECT event, source, wording_version FROM consent_records WHERE subscriber_id = ? ORDER BY at',
      [subscriberId],
    );
  const mailTo = async (email: string): Promise<ReceivedMail> => {
    await until(async () => smtp.messages.some((m) => m.to.includes(email)), `mail to ${email}`);
    return smtp.messages.find((m) => m.to.includes(email))!;
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ workers: 2, env: { SMTP_URL: smtp.url } });
    tenant = await createTenant(s);
    const other = await createTenant(s);
    [owner, admin, viewer, outsider] = await Promise.all([
      createUser(s, tenant, 'OWNER'),
      createUser(s, tenant, 'ADMIN'),
      createUser(s, tenant, 'VIEWER'),
      createUser(s, other, 'OWNER'),
    ]);
  });
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('a new list has the default wording as version 1 and no optional settings', async () => {
    const list = await newList();
    expect(list).toMatchObject({
      description: null,
      consentVersion: 1,
      fromName: null,
      fromAddress: null,
      replyTo: null,
      footer: null,
    });
    expect(list.consentWording).toMatch(/unsubscribe/);
    expect(await wordings(list.id)).toEqual([{ version: 1, wording: list.consentWording }]);
  });

  it('changes every field; an owner and an admin may, and what is left out stays', async () => {
    const list = await newList();
    const r = await s.gql(
      UPDATE,
      {
        id: list.id,
        i: {
          title: '  Monthly news  ',
          description: 'What we did\nand what comes next',
          optIn: 'SINGLE',
          consentWording: 'Yes, send me the monthly news.',
          fromName: 'Acme News',
          replyTo: ' Editors@Example.COM ',
          footer: 'Acme Ltd, 1 Main St',
        },
      },
      owner.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updateList).toEqual({
      id: list.id,
      name: list.name,
      title: 'Monthly news',
      description: 'What we did\nand what comes next',
      optIn: 'SINGLE',
      consentWording: 'Yes, send me the monthly news.',
      consentVersion: 2,
      fromName: 'Acme News',
      fromAddress: null,
      replyTo: 'editors@example.com',
      footer: 'Acme Ltd, 1 Main St',
    });
    expect((await s.gql(LIST, { id: list.id }, viewer.token)).data.list).toEqual(r.data.updateList);

    // Only the footer changes; empty text clears an optional field.
    const again = await s.gql(UPDATE, { id: list.id, i: { footer: '', fromName: null } }, admin.token);
    expect(again.errors).toBeUndefined();
    expect(again.data.updateList).toMatchObject({
      title: 'Monthly news',
      consentVersion: 2,
      footer: null,
      fromName: null,
      replyTo: 'editors@example.com',
    });
  });

  it('every change of the wording is a new version; old versions never change', async () => {
    const list = await newList();
    const v1 = list.consentWording;
    await s.gql(UPDATE, { id: list.id, i: { consentWording: 'Second wording' } }, admin.token);
    // the same text again is no change, so no version
    const same = await s.gql(UPDATE, { id: list.id, i: { consentWording: ' Second wording ' } }, admin.token);
    expect(same.data.updateList.consentVersion).toBe(2);
    const third = await s.gql(UPDATE, { id: list.id, i: { consentWording: 'Third wording' } }, admin.token);
    expect(third.data.updateList).toMatchObject({ consentWording: 'Third wording', consentVersion: 3 });
    expect(await wordings(list.id)).toEqual([
      { version: 1, wording: v1 },
      { version: 2, wording: 'Second wording' },
      { version: 3, wording: 'Third wording' },
    ]);
    // the reading method other modules use
    const ctx = RequestContext.system('test').forTenant(tenant.id);
    const texts = await s.services.lists.consentWordings(ctx, list.id, [3, 1, 9, 1]);
    expect([...texts.entries()].sort()).toEqual([
      [1, v1],
      [3, 'Third wording'],
    ]);
    // another tenant's context finds none of them
    const otherCtx = RequestContext.system('test').forTenant(outsider.tenant.id);
    expect((await s.services.lists.consentWordings(otherCtx, list.id, [1, 2, 3])).size).toBe(0);
  });

  it('sign-ups and additions record the version of the wording in force; imports keep the statement', async () => {
    const list = await newList('DOUBLE');
    const first = (await s.gql(ADD, { l: list.id, i: { email: address('api') } }, admin.token)).data
      .addSubscriber;
    expect(await consent(first.id)).toEqual([{ event: 'REQUESTED', source: 'API', wording_version: '1' }]);

    await s.gql(UPDATE, { id: list.id, i: { consentWording: 'New wording' } }, admin.token);
    const email = address('form');
    await s.gql(SUBSCRIBE, { i: { tenant: tenant.slug, list: list.name, email } });
    const mail = await mailTo(email);
    const [sub] = await s.services.db.query('SELECT id FROM subscribers WHERE list_id = ? AND email = ?', [
      list.id,
      email,
    ]);
    // the wording changes again before the person confirms: the confirmation keeps the signed-up version
    await s.gql(UPDATE, { id: list.id, i: { consentWording: 'Newer wording' } }, admin.token);
    const token = /\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    expect((await s.gql(CONFIRM, { t: token })).data.confirmSubscription).toBe(true);
    expect(await consent(sub.id)).toEqual([
      { event: 'REQUESTED', source: 'FORM', wording_version: '2' },
      { event: 'CONFIRMED', source: 'FORM', wording_version: '2' },
    ]);

    const single = await newList('SINGLE');
    const attested = (await s.gql(ADD, { l: single.id, i: { email: address('single') } }, admin.token)).data
      .addSubscriber;
    expect(await consent(attested.id)).toEqual([{ event: 'ATTESTED', source: 'API', wording_version: '1' }]);

    const imported = address('imported');
    const started = await s.gql(
      'mutation($l: ID!, $csv: String!, $c: String) { importSubscribers(listId: $l, csv: $csv, consentStatement: $c) { id } }',
      { l: single.id, csv: `email\n${imported}\n`, c: 'They ticked the box at our fair' },
      admin.token,
    );
    expect(started.errors).toBeUndefined();
    await until(
      async () =>
        (await s.services.db.query('SELECT id FROM subscribers WHERE email = ?', [imported])).length > 0,
      'the import',
    );
    const [importedSub] = await s.services.db.query('SELECT id FROM subscribers WHERE email = ?', [imported]);
    const [record] = await consent(importedSub.id);
    expect(record).toMatchObject({ event: 'ATTESTED', source: 'IMPORT' });
    expect(record.wording_version).toMatch(
      /^import statement [0-9a-f]{12}: They ticked the box at our fair$/,
    );
  });

  it('bad input is BAD_USER_INPUT and changes nothing', async () => {
    const list = await newList();
    const before = await row(list.id);
    const bad: Array<[string, Record<string, unknown>]> = [
      ['title', { title: '' }],
      ['title', { title: '   ' }],
      ['title', { title: null }],
      ['title', { title: 'x'.repeat(201) }],
      ['title', { title: 'line\nbreak' }],
      ['title', { title: 'bell\u0007' }],
      ['description', { description: 'd'.repeat(1001) }],
      ['description', { description: 'tab\there' }],
      ['consentWording', { consentWording: '' }],
      ['consentWording', { consentWording: null }],
      ['consentWording', { consentWording: 'w'.repeat(2001) }],
      ['consentWording', { consentWording: 'hidden\u202eoverride' }],
      ['fromName', { fromName: 'f'.repeat(101) }],
      ['fromName', { fromName: 'Acme\r\nBcc: victim@example.com' }],
      ['replyTo', { replyTo: 'not an address' }],
      ['replyTo', { replyTo: 'a@example.com\nBcc: b@example.com' }],
      ['footer', { footer: 'f'.repeat(1001) }],
      ['footer', { footer: 'nul\u0000' }],
      ['fromAddress', { fromAddress: 'news@example.com' }],
      ['fromAddress', { fromAddress: 'nonsense' }],
      ['optIn', { optIn: null }],
    ];
    for (const [field, i] of bad) {
      // a valid change alongside the bad one is not applied either
      const r = await s.gql(UPDATE, { id: list.id, i: { footer: 'ok', ...i } }, admin.token);
      expect([field, codeOf(r)]).toEqual([field, 'BAD_USER_INPUT']);
      expect(r.errors![0].extensions?.field).toBe(field);
    }
    const wrongEnum = await s.gql(UPDATE, { id: list.id, i: { optIn: 'TRIPLE' } }, admin.token);
    expect(codeOf(wrongEnum)).toBe('BAD_USER_INPUT');
    const sender = await s.gql(UPDATE, { id: list.id, i: { fromAddress: 'news@example.com' } }, admin.token);
    expect(sender.errors![0].message).toMatch(/verified sending domain/);
    expect(await row(list.id)).toEqual(before);
    expect(await wordings(list.id)).toHaveLength(1);
  });

  it('a VIEWER is FORBIDDEN, another tenant and an unknown id NOT_FOUND; nothing changes', async () => {
    const list = await newList();
    const before = await row(list.id);
    const i = { title: 'Taken over', consentWording: 'Other words' };
    expect(codeOf(await s.gql(UPDATE, { id: list.id, i }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(UPDATE, { id: list.id, i }, outsider.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(UPDATE, { id: list.id, i }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(UPDATE, { id: '00000000-0000-4000-8000-000000000000', i }, admin.token))).toBe(
      'NOT_FOUND',
    );
    expect(await row(list.id)).toEqual(before);
    expect(await wordings(list.id)).toHaveLength(1);
    expect((await s.gql(ACTIVITY, { id: list.id }, outsider.token)).data.list).toBeNull();
  });

  it('two wording changes at once make two versions, never one twice', async () => {
    const list = await newList();
    const results = await Promise.all(
      ['Alpha', 'Beta', 'Gamma'].map((w) =>
        s.gql(UPDATE, { id: list.id, i: { consentWording: w } }, admin.token),
      ),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const versions = await wordings(list.id);
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4]);
    const final = (await s.gql(LIST, { id: list.id }, admin.token)).data.list;
    expect(final.consentVersion).toBe(4);
    expect(final.consentWording).toBe(versions[3].wording);
  });

  it('writes a processing-log entry per change, naming fields, not values', async () => {
    const list = await newList();
    await s.gql(
      UPDATE,
      { id: list.id, i: { replyTo: 'desk@example.com', consentWording: 'Logged wording' } },
      admin.token,
    );
    const entries = await s.services.db.query(
      "SELECT purpose, description, tenant_id FROM processing_log WHERE action = 'list.update' AND tenant_id = ? ORDER BY seq",
      [tenant.id],
    );
    const last = entries[entries.length - 1];
    expect(last.purpose).toBe('SERVICE_DELIVERY');
    expect(last.description).toMatch(/consentWording/);
    expect(last.description).toMatch(/replyTo/);
    expect(last.description).toMatch(/version 2/);
    expect(last.description).not.toMatch(/desk|Logged wording/);
  });

  it('activity: one entry per UTC day, oldest first, zero where nothing happened', async () => {
    const list = await newList('SINGLE');
    await s.gql(ADD, { l: list.id, i: { email: address('chart') } }, admin.token);
    await s.gql(ADD, { l: list.id, i: { email: address('chart') } }, admin.token);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10);
    for (const [day, n] of [
      [yesterday, 5],
      [old, 7],
    ] as const)
      await s.services.db.query(
        'INSERT INTO list_daily_counts (tenant_id, list_id, day, requested, confirmed, unsubscribed, removed, purged) VALUES (?, ?, ?, ?, 1, 2, 3, 4)',
        [tenant.id, list.id, day, n],
      );
    const days = (await s.gql(ACTIVITY, { id: list.id }, viewer.token)).data.list.activity;
    expect(days).toHaveLength(90);
    const today = new Date().toISOString().slice(0, 10);
    expect(days[89]).toEqual({ date: today, signups: 2, confirmations: 2, unsubscribes: 0, removals: 0 });
    expect(days[88]).toEqual({ date: yesterday, signups: 5, confirmations: 1, unsubscribes: 2, removals: 7 });
    expect(days.slice(0, 88).every((d: { signups: number }) => d.signups === 0)).toBe(true);
    expect(days[0].date < days[1].date).toBe(true);
    const week = (await s.gql(ACTIVITY, { id: list.id, d: 7 }, viewer.token)).data.list.activity;
    expect(week).toHaveLength(7);
    for (const d of [0, 367, -1])
      expect(codeOf(await s.gql(ACTIVITY, { id: list.id, d }, viewer.token))).toBe('BAD_USER_INPUT');
  });
});
