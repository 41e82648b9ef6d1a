import { parse } from 'csv-parse/sync';
import { newId } from '../schema/common/ids';
import { EXPORT_COLUMNS, EXPORT_PAGE } from '../schema/subscribers/subscriber-export';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { startTestServer, TestServer } from './support/test-server';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';
const START =
  'mutation($e: String!, $p: String!, $t: String) { startSession(email: $e, password: $p, tenant: $t) { id } }';
const PUBLIC_ORIGIN = 'http://localhost:4000'; // the test server's PUBLIC_URL

describe('GET /exports/lists/:id/subscribers.csv', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let viewer: UserFixture;
  let outsider: UserFixture;
  let n = 0;

  beforeAll(async () => {
    s = await startTestServer();
    tenant = await createTenant(s);
    const other = await createTenant(s);
    [admin, viewer, outsider] = await Promise.all([
      createUser(s, tenant, 'ADMIN'),
      createUser(s, tenant, 'VIEWER'),
      createUser(s, other, 'ADMIN'),
    ]);
  });
  afterAll(() => s?.close());

  const newList = async (optIn: 'SINGLE' | 'DOUBLE' = 'SINGLE') =>
    (await s.gql(CREATE_LIST, { i: { name: `EX${n++}`, title: 'Exported', optIn } }, admin.token)).data
      .createList.id as string;

  const download = async (
    listId: string,
    headers: Record<string, string> = {},
    token: string | null = admin.token,
  ) => {
    const res = await fetch(`${s.base}/exports/lists/${listId}/subscribers.csv`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };

  const exportLog = async () =>
    (await s.services.db.query(
      `SELECT purpose, subjects, description, data_categories FROM processing_log WHERE tenant_id = ? AND action = 'subscriber.export' ORDER BY seq`,
      [tenant.id],
    )) as Array<{ purpose: string; subjects: number | string; description: string }>;

  it("answers the list's subscribers with their consent columns, as a download that is not cached, and logs it once", async () => {
    const listId = await newList();
    await s.gql(
      ADD,
      { l: listId, i: { email: 'ann@export.example', name: 'Ann', country: 'DE', format: 'HTML' } },
      admin.token,
    );
    await s.gql(ADD, { l: listId, i: { email: 'ben@export.example' } }, admin.token);
    const logBefore = (await exportLog()).length;
    const r = await download(listId, {}, viewer.token);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="ex\d+-subscribers-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(r.headers.get('cache-control')).toBe('no-store');
    const rows = parse(r.text, { columns: true }) as Array<Record<string, string>>;
    expect(r.text.split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    const ann = rows.find((x) => x.email === 'ann@export.example')!;
    expect(ann).toMatchObject({
      name: 'Ann',
      country: 'DE',
      format: 'HTML',
      status: 'CONFIRMED',
      tracking_consent: 'false',
      consent_source: 'API',
    });
    expect(new Date(ann.requested_at).getTime()).toBeGreaterThan(Date.now() - 600_000);
    expect(ann.consent_wording_version).not.toBe('');
    expect(rows.map((x) => x.email).sort()).toEqual(['ann@export.example', 'ben@export.example']);

    const log = await exportLog();
    expect(log.length).toBe(logBefore + 1);
    expect(log[log.length - 1]).toMatchObject({ purpose: 'SERVICE_DELIVERY' });
    expect(Number(log[log.length - 1].subjects)).toBe(2);
    expect(JSON.stringify(log)).not.toMatch(/@|Ann/);
  });

  it('writes cells a spreadsheet would run as a formula as text', async () => {
    const listId = await newList();
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\uff1d1+1'];
    for (const [i, name] of hostile.entries())
      await s.gql(ADD, { l: listId, i: { email: `f${i}@export.example`, name } }, admin.token);
    const r = await download(listId);
    expect(r.status).toBe(200);
    const rows = parse(r.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(hostile.length);
    for (const row of rows) {
      expect(row.name).toBe(`'${hostile[Number(row.email.slice(1, 2))]}`);
    }
    // every text cell is quoted; no line starts a cell with a formula character
    for (const line of r.text.split('\r\n').slice(1).filter(Boolean))
      expect(line.split('","').some((cell) => /^"?[=+\-@]/.test(cell))).toBe(false);
  });

  it('streams a long list in pages, every subscriber once, in order of id', async () => {
    const listId = await newList();
    const total = EXPORT_PAGE * 3 + 7;
    const ids = Array.from({ length: total }, () => newId()).sort();
    const now = new Date();
    // Test fixtures write the rows directly (as the import does, in multi-row statements).
    for (let i = 0; i < total; i += 500) {
      const slice = ids.slice(i, i + 500);
      await s.services.db.transaction((em) =>
        s.services.db.bulkInsert(
          em,
          'subscribers',
          [
            'id',
            'tenant_id',
            'list_id',
            'email',
            'address_hash',
            'name',
            'country',
            'format',
            'tracking_consent',
            'status',
            'restricted',
            'requested_at',
            'confirmed_at',
          ],
          slice.map((id, j) => [
            id,
            tenant.id,
            listId,
            `many${i + j}@export.example`,
            `h${i + j}`.padEnd(64, '0'),
            null,
            null,
            'TEXT',
            false,
            'CONFIRMED',
            false,
            now,
            now,
          ]),
        ),
      );
      await s.services.db.transaction((em) =>
        s.services.db.bulkInsert(
          em,
          'consent_records',
          [
            'id',
            'tenant_id',
            'subscriber_id',
            'event',
            'source',
            'at',
            'ip',
            'user_agent',
            'wording_version',
          ],
          slice.map((id) => [
            newId(),
            tenant.id,
            id,
            'ATTESTED',
            'IMPORT',
            now,
            null,
            null,
            'import statement abc',
          ]),
        ),
      );
    }
    // The pages are written as they are read: the body arrives in several pieces.
    const res = await fetch(`${s.base}/exports/lists/${listId}/subscribers.csv`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    let pieces = 0;
    let text = '';
    const decoder = new TextDecoder();
    for await (const piece of res.body as unknown as AsyncIterable<Uint8Array>) {
      pieces++;
      text += decoder.decode(piece, { stream: true });
    }
    expect(pieces).toBeGreaterThan(1);
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((x) => x.email)).size).toBe(total);
    expect(
      rows.every(
        (x) => x.consent_source === 'IMPORT' && x.consent_wording_version === 'import statement abc',
      ),
    ).toBe(true);
    const log = await exportLog();
    expect(Number(log[log.length - 1].subjects)).toBe(total);
  });

  it("answers another tenant's list and an unknown one with 404, no credential with 401, and logs nothing then", async () => {
    const listId = await newList();
    await s.gql(ADD, { l: listId, i: { email: 'secret@export.example' } }, admin.token);
    const before = (await exportLog()).length;
    const other = await download(listId, {}, outsider.token);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.text).errors[0].extensions.code).toBe('NOT_FOUND');
    expect(other.text).not.toMatch(/secret/);
    expect((await download(newId())).status).toBe(404);
    const anonymous = await download(listId, {}, null);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await download(listId, {}, 'not-a-token')).status).toBe(401);
    expect((await download(listId, {}, await s.operatorToken())).status).toBe(403);
    expect((await exportLog()).length).toBe(before);
  });

  it("takes the session cookie from this site's own pages (a plain link), not from another site", async () => {
    const listId = await newList();
    await s.gql(ADD, { l: listId, i: { email: 'cookie@export.example' } }, admin.token);
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC_ORIGIN, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({
        query: START,
        variables: { e: viewer.email, p: viewer.password, t: tenant.slug },
      }),
    });
    const cookie = /^(steward_session=[^;]+);/.exec(res.headers.getSetCookie()[0])![1];
    // A link followed on the portal's page: same-origin; typed in the address bar: none.
    for (const site of ['same-origin', 'none']) {
      const ok = await download(listId, { cookie, 'sec-fetch-site': site }, null);
      expect(ok.status).toBe(200);
      expect(ok.text).toMatch(/cookie@export\.example/);
    }
    for (const headers of <Array<Record<string, string>>>[
      { cookie, 'sec-fetch-site': 'cross-site' },
      { cookie, origin: 'https://evil.example' },
    ]) {
      const refused = await download(listId, headers, null);
      expect(refused.status).toBe(401);
      expect(refused.text).not.toMatch(/cookie@export/);
    }
  });
});
