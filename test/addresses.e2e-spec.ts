import { createHmac } from 'node:crypto';
import { parseDatabaseUrl } from '../server/config';
import { openDatabase } from '../server/database';
import { AddressHasher } from '../schema/common/address-hash';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD =
  'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id email status } }';
const REMOVE = 'mutation($id: ID!) { removeSubscriber(id: $id) }';
const SUBSCRIBE = 'mutation($i: PublicSubscribeInput!) { subscribe(input: $i) { accepted } }';
const SUBMIT = 'mutation($i: DataSubjectRequestInput!) { submitDataSubjectRequest(input: $i) { reference } }';
const IMPORT =
  'mutation($l: ID!, $csv: String!, $c: String) { importSubscribers(listId: $l, csv: $csv, consentStatement: $c) { id } }';
const IMPORT_STATUS =
  'query($id: ID!) { subscriberImport(id: $id) { status report { added invalid invalidLines { line reason } } } }';

let seq = 0;
const tag = () => `${Date.now().toString(36)}${seq++}`;

describe('one canonical form per mailbox, and no control characters in addresses', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let single: string;
  let double: string;
  let hasher: AddressHasher;

  const rows = (sql: string, params: unknown[] = []) => s.services.db.query(sql, params);
  const list = async (optIn: 'SINGLE' | 'DOUBLE') =>
    (await s.gql(CREATE_LIST, { i: { name: `L${tag()}`.toUpperCase(), title: 'List', optIn } }, admin.token))
      .data.createList.id as string;

  beforeAll(async () => {
    s = await startTestServer({ workers: 1 });
    tenant = await createTenant(s);
    admin = await createUser(s, tenant, 'ADMIN');
    single = await list('SINGLE');
    double = await list('DOUBLE');
    hasher = new AddressHasher(s.services.config.hashKey);
  });
  afterAll(() => s.close());

  it('stores every spelling of one mailbox as one address', async () => {
    const who = `erin${tag()}`;
    const first = (await s.gql(ADD, { l: single, i: { email: `"${who}"@Bücher.Example` } }, admin.token)).data
      .addSubscriber;
    expect(first.email).toBe(`${who}@xn--bcher-kva.example`);
    for (const spelling of [`${who}@bücher.example`, `"${who.toUpperCase()}"@XN--BCHER-KVA.example`]) {
      const again = (await s.gql(ADD, { l: single, i: { email: spelling } }, admin.token)).data.addSubscriber;
      expect(again.id).toBe(first.id);
    }
    expect(await rows('SELECT id FROM subscribers WHERE tenant_id = ?', [tenant.id])).toHaveLength(1);
  });

  it('keeps a suppressed person off a SINGLE list under any spelling', async () => {
    const who = `finn${tag()}`;
    const added = (await s.gql(ADD, { l: single, i: { email: `${who}@bücher.example` } }, admin.token)).data
      .addSubscriber;
    expect((await s.gql(REMOVE, { id: added.id }, admin.token)).data.removeSubscriber).toBe(true);
    for (const spelling of [`"${who}"@xn--bcher-kva.example`, `${who.toUpperCase()}@BÜCHER.example`]) {
      expect(codeOf(await s.gql(ADD, { l: single, i: { email: spelling } }, admin.token))).toBe('CONFLICT');
    }
    expect(await rows('SELECT id FROM subscribers WHERE email LIKE ?', [`%${who}%`])).toHaveLength(0);
  });

  it('honours a suppression filed under an older spelling (before addresses had one form)', async () => {
    const who = `gail${tag()}`;
    // as the code before the canonical form hashed a quoted address: trimmed and lower-cased only
    const tenantKey = createHmac('sha256', s.services.config.hashKey)
      .update(`suppression\u0000${tenant.id}`)
      .digest();
    const legacy = createHmac('sha256', tenantKey).update(`"${who}"@example.com`).digest('hex');
    await rows('INSERT INTO suppressions (tenant_id, address_hash, created_at) VALUES (?, ?, ?)', [
      tenant.id,
      legacy,
      s.services.db.param(new Date()),
    ]);
    expect(codeOf(await s.gql(ADD, { l: single, i: { email: `${who}@example.com` } }, admin.token))).toBe(
      'CONFLICT',
    );
  });

  it('routes a data-subject request to the customer that holds the address under another spelling', async () => {
    const who = `hana${tag()}`;
    await s.gql(ADD, { l: single, i: { email: `${who}@bücher.example` } }, admin.token);
    const receipt = (await s.gql(SUBMIT, { i: { email: `"${who}"@XN--BCHER-KVA.EXAMPLE`, type: 'ACCESS' } }))
      .data.submitDataSubjectRequest;
    const [sub] = await rows('SELECT address_hash FROM subscribers WHERE email = ?', [
      `${who}@xn--bcher-kva.example`,
    ]);
    // the request is filed under the same routing key as the customer's record
    await until(
      async () =>
        (
          await rows('SELECT address_hash FROM data_subject_requests WHERE reference = ?', [
            receipt.reference,
          ])
        )[0]?.address_hash === sub.address_hash,
      'the request to be stored under the canonical key',
    );
    expect(sub.address_hash).toBe(hasher.platform(`${who}@xn--bcher-kva.example`));
  });

  const HOSTILE = [
    'x\r\nBcc: victim@example.com',
    'x\n@example.com',
    'x\t@example.com',
    'x\u0007@example.com',
    '<x@example.com>',
    'x@example.com>',
    'x\u202e@example.com',
    'x\u2067@example.com',
    'x\u0085@example.com',
  ];

  it.each(HOSTILE.map((a) => [JSON.stringify(a), a]))(
    'refuses %s from a customer and from the public form, storing nothing',
    async (_shown, raw) => {
      const before = await rows('SELECT COUNT(*) AS n FROM subscribers');
      const jobs = await rows('SELECT COUNT(*) AS n FROM jobs');
      for (const r of [
        await s.gql(ADD, { l: single, i: { email: raw } }, admin.token),
        await s.gql(ADD, { l: double, i: { email: raw } }, admin.token),
        await s.gql(SUBSCRIBE, { i: { tenant: tenant.slug, list: 'WHATEVER', email: raw } }),
        await s.gql(SUBMIT, { i: { email: raw, type: 'ACCESS' } }),
      ]) {
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0].message).toMatch(/control characters/);
      }
      expect(await rows('SELECT COUNT(*) AS n FROM subscribers')).toEqual(before);
      expect(await rows('SELECT COUNT(*) AS n FROM jobs')).toEqual(jobs);
    },
  );

  it('refuses such addresses in an import, line by line', async () => {
    const target = await list('SINGLE');
    const good = `ivy${tag()}@example.com`;
    const csv = `email\n${good}\n"x\tab@example.com"\n"<x@example.com>"\n"x\u202e@example.com"\n`;
    const started = (
      await s.gql(IMPORT, { l: target, csv, c: 'Signed up on paper at the 2026 member meeting' }, admin.token)
    ).data.importSubscribers;
    await until(
      async () =>
        (await s.gql(IMPORT_STATUS, { id: started.id }, admin.token)).data.subscriberImport.status === 'DONE',
      'the import',
    );
    const { report } = (await s.gql(IMPORT_STATUS, { id: started.id }, admin.token)).data.subscriberImport;
    expect(report).toMatchObject({ added: 1, invalid: 3 });
    expect(report.invalidLines.map((l: { reason: string }) => l.reason).join(' ')).toMatch(
      /control characters/,
    );
    expect(await rows('SELECT email FROM subscribers WHERE list_id = ?', [target])).toEqual([
      { email: good },
    ]);
  });
});

describe('the migration to canonical addresses', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s.close());

  it('re-keys stored addresses and merges two spellings of one mailbox on one list', async () => {
    const tenant = await createTenant(s);
    const admin = await createUser(s, tenant, 'ADMIN');
    const listId = (
      await s.gql(
        CREATE_LIST,
        { i: { name: `M${tag()}`.toUpperCase(), title: 'M', optIn: 'SINGLE' } },
        admin.token,
      )
    ).data.createList.id;
    const add = async (email: string) =>
      (await s.gql(ADD, { l: listId, i: { email } }, admin.token)).data.addSubscriber.id as string;
    const who = `jo${tag()}`;
    const confirmed = await add(`${who}@example.com`);
    const other = await add(`kim${tag()}@bücher.example`);
    const duplicate = await add(`lee${tag()}@example.com`);
    // Spell them as the code before this migration stored them: quotes and Unicode kept.
    const legacyHash = (e: string) =>
      createHmac('sha256', s.services.config.hashKey).update(`address\u0000${e}`).digest('hex');
    const spell = async (id: string, email: string) =>
      s.services.db.query('UPDATE subscribers SET email = ?, address_hash = ? WHERE id = ?', [
        email,
        legacyHash(email),
        id,
      ]);
    await spell(confirmed, `"${who}"@example.com`);
    const unicode = (
      await s.services.db.query('SELECT email FROM subscribers WHERE id = ?', [other])
    )[0].email.replace('xn--bcher-kva', 'bücher');
    await spell(other, unicode);
    // the same mailbox twice: the quoted spelling of `confirmed`, PENDING
    await spell(duplicate, `${who}@example.com`);
    await s.services.db.query("UPDATE subscribers SET status = 'PENDING' WHERE id = ?", [duplicate]);
    await s.services.db.query("DELETE FROM migrations WHERE name = 'CanonicalAddresses1764892800000'");

    const db = await openDatabase(parseDatabaseUrl(s.database.url), { hashKey: s.services.config.hashKey });
    await db.close();

    const hasher = new AddressHasher(s.services.config.hashKey);
    const after = await s.services.db.query(
      'SELECT id, email, address_hash, status FROM subscribers WHERE list_id = ? ORDER BY email',
      [listId],
    );
    expect(after).toHaveLength(2);
    const canonical = unicode.replace('bücher', 'xn--bcher-kva');
    expect(after).toEqual(
      expect.arrayContaining([
        {
          id: confirmed,
          email: `${who}@example.com`,
          address_hash: hasher.platform(`${who}@example.com`),
          status: 'CONFIRMED',
        },
        { id: other, email: canonical, address_hash: hasher.platform(canonical), status: 'CONFIRMED' },
      ]),
    );
  });
});
