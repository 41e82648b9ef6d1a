import { createWorkerPool } from '../server/app';
import type { WorkerPool } from '../workers/worker-pool';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { startTestSmtp, TestSmtp } from './support/smtp';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id name } }';
const DELETE = 'mutation($id: ID!) { deleteList(id: $id) }';
const UPDATE =
  'mutation($id: ID!, $i: UpdateListInput!) { updateList(id: $id, input: $i) { consentVersion } }';
const LIST = 'query($id: ID!) { list(id: $id) { id } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const SEND = 'mutation($l: ID!, $i: MessageInput!) { sendListMessage(listId: $l, input: $i) { id status } }';
const IMPORT =
  'mutation($l: ID!, $csv: String!, $c: String) { importSubscribers(listId: $l, csv: $csv, consentStatement: $c) { id } }';

let seq = 0;
const address = (who: string) => `${who}-${Date.now().toString(36)}-${seq++}@delete.example`;

describe('deleteList', () => {
  let s: TestServer;
  let smtp: TestSmtp;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let viewer: UserFixture;
  let outsider: UserFixture;
  let pool: WorkerPool | null = null;
  let n = 0;

  const q = (sql: string, params: unknown[] = []) => s.services.db.query(sql, params);
  const count = async (sql: string, params: unknown[]) => Number((await q(sql, params))[0].n);
  const newList = async (optIn: 'SINGLE' | 'DOUBLE') =>
    (await s.gql(CREATE_LIST, { i: { name: `DEL${n++}-L`, title: 'To delete', optIn } }, admin.token)).data
      .createList as { id: string; name: string };
  const add = async (listId: string, email: string) => {
    const r = await s.gql(ADD, { l: listId, i: { email, name: 'Some Body' } }, admin.token);
    if (!r.data?.addSubscriber) throw new Error(JSON.stringify(r.errors));
    return r.data.addSubscriber.id as string;
  };
  const startPool = () => {
    pool = createWorkerPool(s.services, 2);
    pool.start();
  };
  const stopPool = async () => {
    await pool?.stop(5000);
    pool = null;
  };
  /** what is left of a list and its people */
  const leftOf = async (listId: string, subscriberIds: string[], emails: string[]) => {
    const ids = subscriberIds.length ? subscriberIds : ['none'];
    const marks = ids.map(() => '?').join(', ');
    const mails = emails.map(() => '?').join(', ');
    return {
      list: await count('SELECT COUNT(*) AS n FROM mailing_lists WHERE id = ?', [listId]),
      wordings: await count('SELECT COUNT(*) AS n FROM list_consent_wordings WHERE list_id = ?', [listId]),
      subscribers: await count('SELECT COUNT(*) AS n FROM subscribers WHERE list_id = ?', [listId]),
      consent: await count(
        `SELECT COUNT(*) AS n FROM consent_records WHERE subscriber_id IN (${marks})`,
        ids,
      ),
      tokens: await count(
        `SELECT COUNT(*) AS n FROM subscription_tokens WHERE subscriber_id IN (${marks})`,
        ids,
      ),
      deliveries: await count('SELECT COUNT(*) AS n FROM deliveries WHERE list_id = ?', [listId]),
      recipients: await count(
        `SELECT COUNT(*) AS n FROM delivery_recipients WHERE subscriber_id IN (${marks})`,
        ids,
      ),
      outbox: emails.length
        ? await count(`SELECT COUNT(*) AS n FROM outbound_mail WHERE to_address IN (${mails})`, emails)
        : 0,
    };
  };
  const gone = {
    list: 0,
    wordings: 0,
    subscribers: 0,
    consent: 0,
    tokens: 0,
    deliveries: 0,
    recipients: 0,
    outbox: 0,
  };

  beforeAll(async () => {
    smtp = await startTestSmtp();
    s = await startTestServer({ workers: 0, env: { SMTP_URL: smtp.url } });
    tenant = await createTenant(s);
    const other = await createTenant(s);
    [admin, viewer, outsider] = await Promise.all([
      createUser(s, tenant, 'ADMIN'),
      createUser(s, tenant, 'VIEWER'),
      createUser(s, other, 'OWNER'),
    ]);
  });
  afterEach(stopPool);
  afterAll(async () => {
    await s?.close();
    await smtp?.close();
  });

  it('deletes the subscribers, their consent, tokens, deliveries and recipients; the daily counts stay', async () => {
    const list = await newList('SINGLE');
    await s.gql(UPDATE, { id: list.id, i: { consentWording: 'Second wording' } }, admin.token);
    const emails = [address('a'), address('b'), address('c')];
    const ids = [];
    for (const e of emails) ids.push(await add(list.id, e));
    const sent = (await s.gql(SEND, { l: list.id, i: { subject: 'Hello', text: 'Hi' } }, admin.token)).data
      .sendListMessage;
    startPool();
    await until(
      async () => (await q('SELECT status FROM deliveries WHERE id = ?', [sent.id]))[0].status === 'SENT',
      'the delivery',
    );
    await stopPool();
    const before = await leftOf(list.id, ids, emails);
    expect(before).toMatchObject({
      list: 1,
      wordings: 2,
      subscribers: 3,
      consent: 3,
      deliveries: 1,
      recipients: 3,
    });
    expect(before.tokens).toBe(6); // the unsubscribe and preferences links of the message
    const counts = await q(
      'SELECT day, requested, confirmed, removed FROM list_daily_counts WHERE list_id = ?',
      [list.id],
    );
    expect(counts).toEqual([expect.objectContaining({ requested: 3, confirmed: 3, removed: 0 })]);

    const r = await s.gql(DELETE, { id: list.id }, admin.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.deleteList).toBe(true);
    expect(await leftOf(list.id, ids, emails)).toEqual(gone);
    expect((await s.gql(LIST, { id: list.id }, admin.token)).data.list).toBeNull();
    // the anonymous counts remain (with the removals)
    expect(
      await q('SELECT requested, confirmed, removed FROM list_daily_counts WHERE list_id = ?', [list.id]),
    ).toEqual([{ requested: 3, confirmed: 3, removed: 3 }]);
    // as after an unsubscribe, a suppression entry (a keyed hash) remains of each address
    expect(
      await count('SELECT COUNT(*) AS n FROM suppressions WHERE tenant_id = ?', [tenant.id]),
    ).toBeGreaterThanOrEqual(3);

    // deleting twice: NOT_FOUND
    expect(codeOf(await s.gql(DELETE, { id: list.id }, admin.token))).toBe('NOT_FOUND');
  });

  it('erases outbox mail to addresses on no other list; a person on another list keeps that subscription', async () => {
    const list = await newList('DOUBLE');
    const other = await newList('DOUBLE');
    const only = address('only');
    const both = address('both');
    const ids = [await add(list.id, only), await add(list.id, both)];
    const kept = await add(other.id, both);
    expect(await count('SELECT COUNT(*) AS n FROM outbound_mail WHERE to_address = ?', [only])).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM outbound_mail WHERE to_address = ?', [both])).toBe(2);

    expect((await s.gql(DELETE, { id: list.id }, admin.token)).data.deleteList).toBe(true);
    expect(await leftOf(list.id, ids, [only])).toEqual(gone);
    // the other list's subscriber, its consent record and its confirmation mail are untouched
    expect(await q('SELECT id, status FROM subscribers WHERE list_id = ?', [other.id])).toEqual([
      { id: kept, status: 'PENDING' },
    ]);
    expect(await count('SELECT COUNT(*) AS n FROM consent_records WHERE subscriber_id = ?', [kept])).toBe(1);
    expect(
      await count('SELECT COUNT(*) AS n FROM outbound_mail WHERE to_address = ?', [both]),
    ).toBeGreaterThan(0);
  });

  it('cancels the list’s queued imports and deliveries; nothing runs for it afterwards', async () => {
    const list = await newList('SINGLE');
    const queued = [address('q1'), address('q2')];
    const ids = [await add(list.id, queued[0]), await add(list.id, queued[1])];
    const imported = address('imported');
    const job = (
      await s.gql(
        IMPORT,
        { l: list.id, csv: `email\n${imported}\n`, c: 'Signed up at the fair' },
        admin.token,
      )
    ).data.importSubscribers.id;
    const delivery = (await s.gql(SEND, { l: list.id, i: { subject: 'Queued', text: 'Hi' } }, admin.token))
      .data.sendListMessage.id;
    const jobsOf = () =>
      q(`SELECT id, queue, state FROM jobs WHERE tenant_id = ? AND (id = ? OR payload LIKE ?)`, [
        tenant.id,
        job,
        `%${delivery}%`,
      ]);
    expect((await jobsOf()).filter((j: { state: string }) => j.state === 'pending')).toHaveLength(2);
    const pieces = () => count('SELECT COUNT(*) AS n FROM import_chunks WHERE import_id = ?', [job]);
    expect(await pieces()).toBeGreaterThan(0);

    expect((await s.gql(DELETE, { id: list.id }, admin.token)).data.deleteList).toBe(true);
    expect(await jobsOf()).toEqual([]);
    // the upload's pieces hold addresses: they go with the job, not with the next sweep
    expect(await pieces()).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM deliveries WHERE id = ?', [delivery])).toBe(0);

    const ours = [imported, ...queued];
    const mine = () => smtp.messages.filter((m) => m.to.some((t) => ours.includes(t))).length;
    const mailsBefore = mine();
    startPool();
    await new Promise((r) => setTimeout(r, 1500));
    await stopPool();
    expect(await leftOf(list.id, ids, [imported])).toEqual(gone);
    expect(await count('SELECT COUNT(*) AS n FROM subscribers WHERE email = ?', [imported])).toBe(0);
    expect(mine()).toBe(mailsBefore);
    expect(smtp.messages.filter((m) => m.subject === 'Queued')).toEqual([]);
    expect(
      await count("SELECT COUNT(*) AS n FROM jobs WHERE tenant_id = ? AND state = 'dead'", [tenant.id]),
    ).toBe(0);
  });

  it('a delivery sending at that moment stops and leaves no recipient, token or job behind', async () => {
    const list = await newList('SINGLE');
    const emails = Array.from({ length: 30 }, (_, i) => address(`run${i}`));
    const ids = [];
    for (const e of emails) ids.push(await add(list.id, e));
    const stall = smtp.stallNext();
    const delivery = (await s.gql(SEND, { l: list.id, i: { subject: 'Running', text: 'Hi' } }, admin.token))
      .data.sendListMessage.id;
    startPool();
    await stall.received; // a chunk is in the middle of its SMTP transactions
    const deleting = s.gql(DELETE, { id: list.id }, admin.token);
    // on SQLite the deletion waits for nothing; on MySQL it may wait for the window's commit
    stall.release();
    expect((await deleting).data?.deleteList).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    await stopPool();
    expect(await leftOf(list.id, ids, emails)).toEqual(gone);
    expect(
      await count('SELECT COUNT(*) AS n FROM delivery_recipients WHERE delivery_id = ?', [delivery]),
    ).toBe(0);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM jobs WHERE tenant_id = ? AND payload LIKE ? AND state IN ('pending', 'waiting', 'running', 'dead')`,
        [tenant.id, `%${delivery}%`],
      ),
    ).toBe(0);
    // at most the window that was already marked sending went out
    expect(smtp.messages.filter((m) => m.subject === 'Running').length).toBeLessThanOrEqual(20);
  });

  it('VIEWER: FORBIDDEN; another tenant, an unknown id: NOT_FOUND; nothing deleted', async () => {
    const list = await newList('SINGLE');
    const email = address('kept');
    const id = await add(list.id, email);
    const before = await leftOf(list.id, [id], [email]);
    expect(codeOf(await s.gql(DELETE, { id: list.id }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await s.gql(DELETE, { id: list.id }, outsider.token))).toBe('NOT_FOUND');
    expect(codeOf(await s.gql(DELETE, { id: list.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await s.gql(DELETE, { id: '00000000-0000-4000-8000-000000000000' }, admin.token))).toBe(
      'NOT_FOUND',
    );
    expect(await leftOf(list.id, [id], [email])).toEqual(before);
    expect(before).toMatchObject({ list: 1, subscribers: 1, consent: 1 });
  });

  it('two deletions at once: one succeeds, the other is NOT_FOUND', async () => {
    const list = await newList('SINGLE');
    await add(list.id, address('race'));
    const results = await Promise.all([1, 2].map(() => s.gql(DELETE, { id: list.id }, admin.token)));
    const outcomes = results.map((r) => (r.data?.deleteList ? 'deleted' : codeOf(r))).sort();
    expect(outcomes).toEqual(['NOT_FOUND', 'deleted']);
  });

  it('writes processing-log entries with counts and no address', async () => {
    const list = await newList('SINGLE');
    const emails = [address('log1'), address('log2')];
    for (const e of emails) await add(list.id, e);
    await s.gql(DELETE, { id: list.id }, admin.token);
    const entries = await q(
      "SELECT action, purpose, subjects, description FROM processing_log WHERE tenant_id = ? AND action IN ('list.delete', 'subscriber.removeList') ORDER BY seq DESC",
      [tenant.id],
    );
    const [last, erase] = entries;
    expect(last).toMatchObject({ action: 'list.delete', purpose: 'SERVICE_DELIVERY', subjects: 2 });
    expect(erase).toMatchObject({ action: 'subscriber.removeList', subjects: 2 });
    for (const e of entries) expect(e.description).not.toMatch(/@|log1|log2/);
  });
});
