import { request as httpRequest } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { IMPORT_CHUNK_BYTES, MAX_UPLOAD_BYTES } from '../schema/subscribers/import.service';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { startTestServer, TestServer } from './support/test-server';
import { sleep, until } from './support/wait';

const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const STATUS =
  'query($id: ID!) { subscriberImport(id: $id) { id status progress { processed total } report { rows added alreadyPresent suppressed invalid invalidLines { line reason } } } }';
const START =
  'mutation($e: String!, $p: String!, $t: String) { startSession(email: $e, password: $p, tenant: $t) { id } }';
const PUBLIC_ORIGIN = 'http://localhost:4000'; // the test server's PUBLIC_URL
const SAME_ORIGIN = { origin: PUBLIC_ORIGIN, 'sec-fetch-site': 'same-origin' };

interface Answer {
  status: number;
  body: { id?: string; errors?: Array<{ message: string; extensions: { code: string } }> };
  headers: Record<string, string | string[] | undefined>;
}

describe('POST /imports (CSV upload)', () => {
  let s: TestServer;
  let tenant: TenantFixture;
  let admin: UserFixture;
  let owner: UserFixture;
  let viewer: UserFixture;
  let outsider: UserFixture;
  let n = 0;

  beforeAll(async () => {
    s = await startTestServer({ workers: 1 });
    tenant = await createTenant(s);
    const other = await createTenant(s);
    [admin, owner, viewer, outsider] = await Promise.all([
      createUser(s, tenant, 'ADMIN'),
      createUser(s, tenant, 'OWNER'),
      createUser(s, tenant, 'VIEWER'),
      createUser(s, other, 'ADMIN'),
    ]);
  });
  afterAll(() => s?.close());

  const newList = async (optIn: 'SINGLE' | 'DOUBLE' = 'DOUBLE') =>
    (await s.gql(CREATE_LIST, { i: { name: `UP${n++}`, title: 'Uploaded', optIn } }, admin.token)).data
      .createList.id as string;

  const upload = async (
    query: string,
    body: string | Buffer | undefined,
    opts: { token?: string | null; headers?: Record<string, string>; contentType?: string | null } = {},
  ): Promise<Answer> => {
    const token = opts.token === undefined ? admin.token : opts.token;
    const res = await fetch(`${s.base}/imports${query}`, {
      method: 'POST',
      headers: {
        ...(opts.contentType === null ? {} : { 'content-type': opts.contentType ?? 'text/csv' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...opts.headers,
      },
      body,
    });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text), headers: Object.fromEntries(res.headers) };
  };

  const finished = async (id: string) => {
    await until(
      async () =>
        ['DONE', 'FAILED'].includes(
          (await s.gql(STATUS, { id }, admin.token)).data?.subscriberImport?.status,
        ),
      'the import',
      60_000,
    );
    return (await s.gql(STATUS, { id }, admin.token)).data.subscriberImport;
  };

  const count = async (sql: string, params: unknown[]) =>
    Number((await s.services.db.query(sql, params))[0].n);
  const importJobs = () =>
    count(`SELECT COUNT(*) AS n FROM jobs WHERE tenant_id = ? AND queue = 'subscribers.import'`, [tenant.id]);
  const chunks = () => count('SELECT COUNT(*) AS n FROM import_chunks WHERE tenant_id = ?', [tenant.id]);

  it('imports an upload of several pieces as the same job as importSubscribers, with its report and progress', async () => {
    const listId = await newList('SINGLE');
    // Over two pieces; the multi-byte names make some piece boundary fall inside a character.
    const filler = 'ë'.repeat(70);
    const rows = Math.ceil((2.2 * IMPORT_CHUNK_BYTES) / 190);
    const lines = Array.from({ length: rows }, (_, i) => `p${i}@upload.example,Zoë ${filler} ${i},DE,HTML`);
    const csv = ['email,name,country,format', ...lines, 'not-an-address,,,', lines[0]].join('\r\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(2 * IMPORT_CHUNK_BYTES);
    const statement = encodeURIComponent('Customers who ticked the box at checkout');
    const r = await upload(`?listId=${listId}&consentStatement=${statement}`, csv);
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(Object.keys(r.body)).toEqual(['id']);
    const done = await finished(r.body.id!);
    expect(done.status).toBe('DONE');
    expect(done.report).toMatchObject({
      rows: rows + 2,
      added: rows,
      alreadyPresent: 1,
      suppressed: 0,
      invalid: 1,
    });
    expect(done.report.invalidLines).toEqual([{ line: rows + 2, reason: expect.any(String) }]);
    expect(done.progress).toEqual({ processed: rows, total: rows });
    expect(await count('SELECT COUNT(*) AS n FROM subscribers WHERE list_id = ?', [listId])).toBe(rows);
    const names: Array<{ email: string; name: string }> = await s.services.db.query(
      'SELECT email, name FROM subscribers WHERE list_id = ?',
      [listId],
    );
    expect(names.every((x) => x.name === `Zoë ${filler} ${x.email.slice(1, x.email.indexOf('@'))}`)).toBe(
      true,
    );
    // The file is gone once the import is done; the job's payload never held it.
    expect(await count('SELECT COUNT(*) AS n FROM import_chunks WHERE import_id = ?', [r.body.id])).toBe(0);
    const [job] = await s.services.db.query('SELECT payload FROM jobs WHERE id = ?', [r.body.id]);
    expect(job.payload).toBe('{}');
    const log: Array<{ description: string }> = await s.services.db.query(
      `SELECT description FROM processing_log WHERE tenant_id = ? AND action = 'subscriber.import'`,
      [tenant.id],
    );
    expect(log.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(log)).not.toMatch(/@|Zoë/);
  });

  it('shows the progress while the rows are imported: processed rises to the total', async () => {
    const listId = await newList('SINGLE');
    const rows = 12_000;
    const csv = ['email', ...Array.from({ length: rows }, (_, i) => `prog${i}@upload.example`)].join('\n');
    const r = await upload(
      `?listId=${listId}&consentStatement=${encodeURIComponent('Signed up at our desk')}`,
      csv,
      {
        token: owner.token,
      },
    );
    expect(r.status).toBe(200);
    const seen: Array<{ processed: number; total: number }> = [];
    await until(
      async () => {
        const x = (await s.gql(STATUS, { id: r.body.id }, admin.token)).data.subscriberImport;
        seen.push(x.progress);
        return x.status === 'DONE';
      },
      'the import',
      60_000,
      5,
    );
    expect(seen.every((p) => p.total >= p.processed)).toBe(true);
    expect(seen[seen.length - 1]).toEqual({ processed: rows, total: rows });
    const ledger: Array<{ w: string }> = await s.services.db.query(
      `SELECT DISTINCT c.wording_version AS w FROM consent_records c JOIN subscribers x ON x.id = c.subscriber_id WHERE x.list_id = ?`,
      [listId],
    );
    expect(ledger).toHaveLength(1);
    expect(ledger[0].w).toMatch(/Signed up at our desk/);
  });

  it("needs the consent statement for a SINGLE list, and refuses what is not a CSV upload to one of the tenant's lists: nothing starts", async () => {
    const single = await newList('SINGLE');
    const double = await newList();
    const before = await importJobs();
    const cases: Array<[string, Answer, number, string, RegExp]> = [
      [
        'no statement',
        await upload(`?listId=${single}`, 'email\na@x.example'),
        400,
        'BAD_USER_INPUT',
        /consentStatement/,
      ],
      [
        'blank statement',
        await upload(`?listId=${single}&consentStatement=%20%20`, 'email\na@x.example'),
        400,
        'BAD_USER_INPUT',
        /consentStatement/,
      ],
      [
        'long statement',
        await upload(`?listId=${double}&consentStatement=${'x'.repeat(1001)}`, 'email\na@x.example'),
        400,
        'BAD_USER_INPUT',
        /consentStatement/,
      ],
      ['no listId', await upload('', 'email\na@x.example'), 400, 'BAD_USER_INPUT', /listId/],
      [
        'two listIds',
        await upload(`?listId=${double}&listId=${double}`, 'email\na@x.example'),
        400,
        'BAD_USER_INPUT',
        /listId/,
      ],
      ['unknown list', await upload('?listId=nope', 'email\na@x.example'), 404, 'NOT_FOUND', /not found/],
      [
        'JSON body',
        await upload(`?listId=${double}`, '{"csv":"email"}', { contentType: 'application/json' }),
        400,
        'BAD_USER_INPUT',
        /text\/csv/,
      ],
      [
        'form body',
        await upload(`?listId=${double}`, 'email=a', { contentType: 'application/x-www-form-urlencoded' }),
        400,
        'BAD_USER_INPUT',
        /text\/csv/,
      ],
      ['empty body', await upload(`?listId=${double}`, ''), 400, 'BAD_USER_INPUT', /empty/],
      ['no body', await upload(`?listId=${double}`, undefined), 400, 'BAD_USER_INPUT', /empty/],
      ['blank body', await upload(`?listId=${double}`, ' \r\n\t\n '), 400, 'BAD_USER_INPUT', /empty/],
    ];
    for (const [what, r, status, code, message] of cases) {
      expect({ what, status: r.status, code: r.body.errors?.[0].extensions.code }).toEqual({
        what,
        status,
        code,
      });
      expect(r.body.errors![0].message).toMatch(message);
    }
    expect(await importJobs()).toBe(before);
    expect(await chunks()).toBe(0);
  });

  it("is for OWNER/ADMIN of the list's tenant: VIEWER 403, another tenant 404, no credential 401", async () => {
    const listId = await newList();
    const before = await importJobs();
    const csv = 'email\nguard@upload.example';
    const viewerR = await upload(`?listId=${listId}`, csv, { token: viewer.token });
    expect([viewerR.status, viewerR.body.errors?.[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const outsiderR = await upload(`?listId=${listId}`, csv, { token: outsider.token });
    expect([outsiderR.status, outsiderR.body.errors?.[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const anonymous = await upload(`?listId=${listId}`, csv, { token: null });
    expect([anonymous.status, anonymous.body.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
    const forged = await upload(`?listId=${listId}`, csv, { token: `${admin.token}x` });
    expect(forged.status).toBe(401);
    const operator = await upload(`?listId=${listId}`, csv, { token: await s.operatorToken() });
    expect(operator.status).toBe(403);
    expect(await importJobs()).toBe(before);
    expect(await count('SELECT COUNT(*) AS n FROM subscribers WHERE list_id = ?', [listId])).toBe(0);
  });

  it("takes the session cookie from this site's own pages only (the cross-site rule)", async () => {
    const listId = await newList();
    const res = await fetch(s.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...SAME_ORIGIN },
      body: JSON.stringify({
        query: START,
        variables: { e: admin.email, p: admin.password, t: tenant.slug },
      }),
    });
    const cookie = /^(steward_session=[^;]+);/.exec(res.headers.getSetCookie()[0])![1];
    const before = await importJobs();
    const csv = 'email\ncookie@upload.example';
    for (const headers of <Array<Record<string, string>>>[
      { cookie, origin: 'https://evil.example' },
      { cookie, 'sec-fetch-site': 'cross-site' },
      { cookie, origin: 'null' },
    ]) {
      const r = await upload(`?listId=${listId}`, csv, { token: null, headers });
      expect([r.status, r.body.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
      expect(r.body.errors![0].message).toMatch(/Cross-site/);
    }
    expect(await importJobs()).toBe(before);
    const ok = await upload(`?listId=${listId}`, csv, { token: null, headers: { cookie, ...SAME_ORIGIN } });
    expect(ok.status).toBe(200);
    expect((await finished(ok.body.id!)).report).toMatchObject({ added: 1 });
  });

  /** A chunked upload (no Content-Length) of `total` bytes of CSV, generated as it is sent. */
  const streamUpload = (
    path: string,
    total: number,
    onSent: (sent: number) => Promise<void> = async () => undefined,
  ): Promise<{ status: number; body: string; sent: number }> =>
    new Promise((resolve, reject) => {
      const u = new URL(`${s.base}${path}`);
      const req = httpRequest({
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin.token}` },
      });
      let sent = 0;
      req.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body, sent }));
      });
      req.on('error', reject);
      const line = Buffer.from('someone@stream.example,A name to fill the line up,DE,TEXT\n');
      const piece = Buffer.concat(Array.from({ length: 1024 }, () => line));
      void (async () => {
        req.write('email,name,country,format\n');
        sent = 26;
        while (sent < total) {
          const part = piece.subarray(0, Math.min(piece.length, total - sent));
          sent += part.length;
          if (!req.write(part)) await new Promise((r) => req.once('drain', r));
          await onSent(sent);
          if (req.destroyed) return;
        }
        req.end();
      })().catch(reject);
    });

  it('refuses a body over 64 MiB with 413, keeping nothing, and streams it to storage rather than holding it', async () => {
    const listId = await newList();
    const before = await importJobs();

    // Declared too large: answered before the body is read.
    const declared = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const u = new URL(`${s.base}/imports?listId=${listId}`);
      const req = httpRequest({
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: 'POST',
        headers: {
          'content-type': 'text/csv',
          'content-length': String(MAX_UPLOAD_BYTES + 1),
          authorization: `Bearer ${admin.token}`,
        },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => {
          resolve({ status: res.statusCode!, body });
          req.destroy();
        });
      });
      req.on('error', (err) => (/EPIPE|ECONNRESET/.test(String(err)) ? undefined : reject(err)));
      req.write('email\nfirst@stream.example\n'); // the rest never comes
    });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).errors[0]).toEqual({
      message: expect.stringMatching(/larger than 64 MiB; nothing was kept/),
      extensions: { code: 'BAD_USER_INPUT' },
    });

    // Sent without a length, one byte over: refused once the 64 MiB are passed. While it streams,
    // the pieces reach the database (the body is not collected first), and the process does not
    // grow by anything like the body's size.
    // What the process holds, measured after a full collection: the garbage the sender and the
    // server leave between collections is not held, and counting it made the bound depend on
    // when the collector happened to run.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memory = () => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const baseline = memory();
    let peak = baseline;
    let probed = 0;
    let storedWhileSending = 0;
    const streamed = await streamUpload(`/imports?listId=${listId}`, MAX_UPLOAD_BYTES + 1, async (sent) => {
      if (sent - probed >= 4 * IMPORT_CHUNK_BYTES) {
        probed = sent;
        peak = Math.max(peak, memory());
      }
      if (!storedWhileSending && sent > 8 * IMPORT_CHUNK_BYTES) {
        await until(async () => (await chunks()) > 0, 'pieces stored while the upload streams', 10_000, 5);
        storedWhileSending = await chunks();
      }
    });
    expect({ status: streamed.status, body: streamed.body }).toMatchObject({ status: 413 });
    expect(JSON.parse(streamed.body).errors[0].message).toMatch(/larger than 64 MiB; nothing was kept/);
    expect(storedWhileSending).toBeGreaterThan(0);
    // sampled every 4 MiB sent: never the body's size (about 25 MB here, sender's buffers included)
    expect(peak - baseline).toBeLessThan(MAX_UPLOAD_BYTES);
    await sleep(50);
    expect(await chunks()).toBe(0);
    expect(await importJobs()).toBe(before);
  }, 120_000);

  it('keeps nothing of an upload cut short by the client', async () => {
    const listId = await newList();
    const before = await importJobs();
    await new Promise<void>((resolve) => {
      const u = new URL(`${s.base}/imports?listId=${listId}`);
      const req = httpRequest({
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${admin.token}` },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      const piece = Buffer.from('gone@cut.example\n'.repeat(65536));
      req.write(piece);
      req.write(piece, () => setTimeout(() => req.destroy(), 300));
    });
    await sleep(1000);
    await until(async () => (await chunks()) === 0, 'the pieces of the cut upload to go', 10_000);
    await sleep(300);
    expect(await chunks()).toBe(0);
    expect(await importJobs()).toBe(before);
  });

  it('sweeps the pieces of an upload that stopped with the server, once they are an hour old', async () => {
    const { ImportService } = await import('../schema/subscribers/import.service');
    expect(s.services.imports).toBeInstanceOf(ImportService);
    const old = new Date(Date.now() - 2 * 3600_000);
    await s.services.db.query(
      'INSERT INTO import_chunks (import_id, seq, tenant_id, data, created_at) VALUES (?, ?, ?, ?, ?)',
      [
        '00000000-0000-4000-8000-00000000abcd',
        0,
        tenant.id,
        Buffer.from('email\nleft@over.example'),
        s.services.db.param(old),
      ],
    );
    await s.services.db.query(
      'INSERT INTO import_chunks (import_id, seq, tenant_id, data, created_at) VALUES (?, ?, ?, ?, ?)',
      [
        '00000000-0000-4000-8000-00000000abce',
        0,
        tenant.id,
        Buffer.from('email\nstill@coming.example'),
        s.services.db.param(new Date()),
      ],
    );
    expect(await s.services.imports.sweepChunks()).toBe(1);
    expect(await chunks()).toBe(1);
    await s.services.db.query('DELETE FROM import_chunks WHERE tenant_id = ?', [tenant.id]);
  });
});
