import { randomUUID } from 'node:crypto';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { codeOf, startTestServer, TestServer } from './support/test-server';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id email } }';
const UPDATE =
  'mutation($id: ID!, $i: UpdateSubscriberInput!) { updateSubscriber(id: $id, input: $i) { id name country format trackingConsent consent { event source wording } } }';
const REMOVE_MANY = 'mutation($ids: [ID!]!) { removeSubscribers(ids: $ids) }';
const REMOVE = 'mutation($id: ID!) { removeSubscriber(id: $id) }';
const SEARCH =
  'query($l: ID!, $q: String!) { subscriberSearch(listId: $l, query: $q) { nodes { id name } totalCount } }';

let seq = 0;
const address = () => `upd-${Date.now().toString(36)}-${seq++}@example.com`;

/** updateSubscriber (staff may only withdraw tracking consent) and removeSubscribers (at most 500). */
describe('updating and removing subscribers', () => {
  let s: TestServer;
  let a: TenantFixture;
  let adminA: UserFixture;
  let viewerA: UserFixture;
  let adminB: UserFixture;
  let listA: string;
  let listB: string;
  const door = () => s.services.db.crossTenant('test: reads rows directly');
  const row = async (id: string) =>
    (await door().query('SELECT * FROM subscribers WHERE id = ?', [id]))[0] as
      Record<string, unknown> | undefined;
  const ledger = async (id: string) =>
    (await door().query('SELECT event, source FROM consent_records WHERE subscriber_id = ? ORDER BY at, id', [
      id,
    ])) as Array<{ event: string; source: string }>;
  const add = async (list = listA, token = adminA.token, extra: Record<string, unknown> = {}) => {
    const r = await s.gql(ADD, { l: list, i: { email: address(), ...extra } }, token);
    expect(r.errors).toBeUndefined();
    return r.data.addSubscriber as { id: string; email: string };
  };

  beforeAll(async () => {
    s = await startTestServer();
    a = await createTenant(s);
    const b = await createTenant(s);
    adminA = await createUser(s, a, 'ADMIN');
    viewerA = await createUser(s, a, 'VIEWER');
    adminB = await createUser(s, b, 'ADMIN');
    const mk = async (token: string, name: string) =>
      (await s.gql(CREATE_LIST, { i: { name, title: name, optIn: 'SINGLE' } }, token)).data.createList
        .id as string;
    listA = await mk(adminA.token, 'UPD-A');
    listB = await mk(adminB.token, 'UPD-B');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('changes name, country and format; a format change is a CHANGED ledger entry; search follows the name', async () => {
    const sub = await add(listA, adminA.token, { name: 'Old Name' });
    const r = await s.gql(
      UPDATE,
      { id: sub.id, i: { name: ' Jana Novak ', country: 'cz', format: 'HTML' } },
      adminA.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updateSubscriber).toMatchObject({ name: 'Jana Novak', country: 'CZ', format: 'HTML' });
    expect(r.data.updateSubscriber.consent.map((c: { event: string }) => c.event)).toEqual([
      'ATTESTED',
      'CHANGED',
    ]);
    expect(r.data.updateSubscriber.consent[1].source).toBe('staff');
    const found = await s.gql(SEARCH, { l: listA, q: 'novak' }, adminA.token);
    expect(found.data.subscriberSearch.nodes.map((n: { id: string }) => n.id)).toEqual([sub.id]);
    expect(
      (await s.gql(SEARCH, { l: listA, q: 'old name' }, adminA.token)).data.subscriberSearch.totalCount,
    ).toBe(0);
    // empty clears; the same value again writes nothing more to the ledger
    const cleared = await s.gql(
      UPDATE,
      { id: sub.id, i: { name: '', country: null, format: 'HTML' } },
      adminA.token,
    );
    expect(cleared.data.updateSubscriber).toMatchObject({ name: null, country: null, format: 'HTML' });
    expect(await ledger(sub.id)).toHaveLength(2);
    const log = await door().query(
      "SELECT description FROM processing_log WHERE tenant_id = ? AND action = 'subscriber.update'",
      [a.id],
    );
    expect(log.length).toBe(2);
    for (const l of log) expect(l.description).not.toMatch(/jana|novak|@/i);
  });

  it('lets staff withdraw tracking consent (a WITHDRAWN entry), never give it', async () => {
    const sub = await add();
    await door().query('UPDATE subscribers SET tracking_consent = ? WHERE id = ?', [true, sub.id]);
    const give = await s.gql(UPDATE, { id: sub.id, i: { trackingConsent: true } }, adminA.token);
    expect(codeOf(give)).toBe('BAD_USER_INPUT');
    expect(give.errors![0].message).toMatch(/only be given by the person/);
    const w = await s.gql(UPDATE, { id: sub.id, i: { trackingConsent: false } }, adminA.token);
    expect(w.errors).toBeUndefined();
    expect(w.data.updateSubscriber.trackingConsent).toBe(false);
    expect((await ledger(sub.id)).map((l) => l.event)).toEqual(['ATTESTED', 'WITHDRAWN']);
    expect((await ledger(sub.id))[1].source).toBe('STAFF');
    // withdrawing again changes nothing
    await s.gql(UPDATE, { id: sub.id, i: { trackingConsent: false } }, adminA.token);
    expect(await ledger(sub.id)).toHaveLength(2);
  });

  it('refuses bad input, a VIEWER and another tenant, changing nothing', async () => {
    const sub = await add(listA, adminA.token, { name: 'Kept Name', country: 'DE' });
    const before = await row(sub.id);
    for (const i of [
      { name: 'x'.repeat(201) },
      { name: 'line\nbreak' },
      { name: 'ok', country: 'XX' },
      { name: 'ok', country: 'Germany' },
      { name: 'ok', trackingConsent: true },
      { name: 'ok', country: 'D\u0000' },
    ]) {
      const r = await s.gql(UPDATE, { id: sub.id, i }, adminA.token);
      expect({ i, code: codeOf(r) }).toEqual({ i, code: 'BAD_USER_INPUT' });
    }
    expect(codeOf(await s.gql(UPDATE, { id: sub.id, i: { name: 'v' } }, viewerA.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(UPDATE, { id: sub.id, i: { name: 'b' } }, adminB.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(UPDATE, { id: randomUUID(), i: { name: 'b' } }, adminA.token))).toBe(
      'NOT_FOUND',
    );
    expect(await row(sub.id)).toEqual(before);
    expect(await ledger(sub.id)).toHaveLength(1);
  });

  it("removes many as removing one does, counting only its own tenant's; at most 500", async () => {
    const mine = await Promise.all(Array.from({ length: 4 }, () => add()));
    const theirs = await add(listB, adminB.token);
    const tooMany = [...mine.map((m) => m.id), ...Array.from({ length: 497 }, () => randomUUID())];
    expect(codeOf(await s.gql(REMOVE_MANY, { ids: tooMany }, adminA.token))).toBe('BAD_USER_INPUT');
    for (const m of mine) expect(await row(m.id)).toBeDefined();
    expect(codeOf(await s.gql(REMOVE_MANY, { ids: [mine[0].id] }, viewerA.token))).toBe('FORBIDDEN');
    expect(await row(mine[0].id)).toBeDefined();

    const ids = [mine[0].id, mine[1].id, mine[1].id, mine[2].id, theirs.id, randomUUID(), 'x'.repeat(80)];
    const r = await s.gql(REMOVE_MANY, { ids }, adminA.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.removeSubscribers).toBe(3);
    for (const m of mine.slice(0, 3)) {
      expect(await row(m.id)).toBeUndefined();
      expect(await ledger(m.id)).toEqual([]);
    }
    expect(await row(theirs.id)).toBeDefined();
    expect(await row(mine[3].id)).toBeDefined();
    const erased = await door().query(
      "SELECT COUNT(*) AS n FROM processing_log WHERE tenant_id = ? AND action = 'subscriber.remove'",
      [a.id],
    );
    expect(Number(erased[0].n)).toBe(3);
    const suppressed = await door().query('SELECT COUNT(*) AS n FROM suppressions WHERE tenant_id = ?', [
      a.id,
    ]);
    expect(Number(suppressed[0].n)).toBe(3);
    // SINGLE opt-in: a removed address is suppressed, as after removing one
    expect(codeOf(await s.gql(ADD, { l: listA, i: { email: mine[0].email } }, adminA.token))).toBe(
      'CONFLICT',
    );
    // exactly 500 is allowed; the single remove keeps working; racing removals count each once
    expect(
      (await s.gql(REMOVE_MANY, { ids: Array.from({ length: 500 }, () => randomUUID()) }, adminA.token)).data
        .removeSubscribers,
    ).toBe(0);
    const [x, y] = await Promise.all([
      s.gql(REMOVE_MANY, { ids: [mine[3].id] }, adminA.token),
      s.gql(REMOVE_MANY, { ids: [mine[3].id] }, adminA.token),
    ]);
    expect([x.data?.removeSubscribers, y.data?.removeSubscribers].sort()).toEqual([0, 1]);
    const one = await add();
    expect((await s.gql(REMOVE, { id: one.id }, adminA.token)).data.removeSubscriber).toBe(true);
    expect(await row(one.id)).toBeUndefined();
  });
});
