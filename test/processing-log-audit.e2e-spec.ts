import { DataCategory } from '../schema/common/data-category';
import jwt from 'jsonwebtoken';
import { ActorType, ProcessingPurpose, TenantRole } from '../schema/common/enums';
import { RequestContext } from '../tenants/request-context';
import { createTenant, createUser, TenantFixture, UserFixture } from './support/fixtures';
import { parseCsv } from './support/csv';
import { codeOf, startTestServer, TEST_JWT_SECRET, TestServer } from './support/test-server';

const LOG = `query($f: ProcessingLogFilter, $first: Int, $after: String) {
  processingLog(filter: $f, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id seq at tenantId actorType actorId purpose action subjects dataCategories description hash }
  }
}`;
const CREATE_LIST = 'mutation($i: CreateListInput!) { createList(input: $i) { id } }';
const ADD = 'mutation($l: ID!, $i: SubscriberInput!) { addSubscriber(listId: $l, input: $i) { id } }';

interface Node {
  id: string;
  seq: number;
  at: string;
  tenantId: string | null;
  actorType: string;
  actorId: string | null;
  purpose: string;
  action: string;
  subjects: number;
  dataCategories: string[];
  description: string;
  hash: string;
}

describe('processing log: reading, filtering, paging and export', () => {
  let s: TestServer;
  let a: TenantFixture;
  let b: TenantFixture;
  let ownerA: UserFixture;
  let viewerA: UserFixture;
  let adminB: UserFixture;
  let op: string;

  const page = async (token: string, vars: Record<string, unknown> = {}) => {
    const r = await s.gql(LOG, vars, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.processingLog as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Node[];
    };
  };
  /** Every page, walked with `first` entries each. */
  const walk = async (token: string, filter: Record<string, unknown> | null, first: number) => {
    const all: Node[] = [];
    let after: string | null = null;
    for (let i = 0; i < 1000; i++) {
      const p = await page(token, { f: filter, first, after });
      all.push(...p.nodes);
      expect(p.nodes.length).toBeLessThanOrEqual(first);
      if (!p.pageInfo.hasNextPage) return { all, total: p.totalCount };
      expect(p.nodes).toHaveLength(first);
      after = p.pageInfo.endCursor;
    }
    throw new Error('no end');
  };
  const dbRows = async (where = '1 = 1', params: unknown[] = []) =>
    (
      await s.services.db.query<Array<{ seq: number | string }>>(
        `SELECT seq FROM processing_log WHERE ${where} ORDER BY seq`,
        params,
      )
    ).map((r) => Number(r.seq));

  beforeAll(async () => {
    s = await startTestServer();
    op = await s.operatorToken();
    [a, b] = await Promise.all([
      createTenant(s, { name: 'Audit Alpha' }),
      createTenant(s, { name: 'Audit Beta' }),
    ]);
    [ownerA, viewerA, adminB] = await Promise.all([
      createUser(s, a, 'OWNER'),
      createUser(s, a, 'VIEWER'),
      createUser(s, b, 'ADMIN'),
    ]);
    const listA = (
      await s.gql(CREATE_LIST, { i: { name: 'AUDIT-A', title: 'A', optIn: 'SINGLE' } }, ownerA.token)
    ).data.createList.id;
    const listB = (await s.gql(CREATE_LIST, { i: { name: 'AUDIT-B', title: 'B' } }, adminB.token)).data
      .createList.id;
    for (let i = 0; i < 7; i++)
      await s.gql(
        ADD,
        { l: listA, i: { email: `reader-a${i}@example.org`, name: `Reader ${i}` } },
        ownerA.token,
      );
    for (let i = 0; i < 4; i++)
      await s.gql(ADD, { l: listB, i: { email: `reader-b${i}@example.org` } }, adminB.token);
    // Entries of other purposes and actors, written by the real writer.
    const sys = RequestContext.system('audit-test');
    for (const purpose of [
      ProcessingPurpose.TECHNICAL_SUPPORT,
      ProcessingPurpose.SECURITY,
      ProcessingPurpose.TECHNICAL_SUPPORT,
    ]) {
      await s.services.processingLog.append(sys.forTenant(a.id), {
        purpose,
        action: 'test.support',
        subjects: 2,
        dataCategories: [DataCategory.EMAIL_ADDRESS],
        description: `A ${purpose} operation for the test`,
      });
    }
    await s.services.processingLog.append(sys, {
      tenantId: null,
      purpose: ProcessingPurpose.SECURITY,
      action: 'test.platform',
      subjects: 0,
      dataCategories: [],
      description: 'Platform-own processing',
    });
    await s.services.processingLog.append(sys.forTenant(a.id), {
      purpose: ProcessingPurpose.SERVICE_DELIVERY,
      action: 'test.formula',
      subjects: 1,
      dataCategories: [DataCategory.NAME],
      description: '=HYPERLINK("http://evil.example/x","click") a formula, "quoted", with, commas',
    });
  });
  afterAll(() => s?.close());

  describe('tenant isolation', () => {
    it("a tenant user sees exactly its own tenant's entries, whatever tenantId its filter names", async () => {
      const own = await dbRows('tenant_id = ?', [a.id]);
      expect(own.length).toBeGreaterThan(10);
      for (const filter of [
        null,
        {},
        { tenantId: a.id },
        { tenantId: b.id },
        { tenantId: '00000000-0000-4000-8000-000000000000' },
      ]) {
        for (const user of [ownerA, viewerA]) {
          const { all, total } = await walk(user.token, filter, 7);
          expect(all.map((n) => n.seq)).toEqual(own);
          expect(total).toBe(own.length);
          expect(new Set(all.map((n) => n.tenantId))).toEqual(new Set([a.id]));
        }
      }
      const { all } = await walk(adminB.token, { tenantId: a.id }, 50);
      expect(all.length).toBe((await dbRows('tenant_id = ?', [b.id])).length);
      expect(all.every((n) => n.tenantId === b.id)).toBe(true);
    });

    it('a tenant user never sees platform-own entries (tenantId null)', async () => {
      const { all } = await walk(ownerA.token, { purpose: 'SECURITY' }, 50);
      expect(all.length).toBeGreaterThan(0);
      expect(all.some((n) => n.tenantId === null || n.action === 'test.platform')).toBe(false);
    });

    it("an operator sees every entry, or one tenant's with the filter", async () => {
      const { all, total } = await walk(op, null, 50);
      expect(all.map((n) => n.seq)).toEqual(await dbRows());
      expect(total).toBe(all.length);
      expect(all.some((n) => n.tenantId === null)).toBe(true);
      const onlyB = await walk(op, { tenantId: b.id }, 50);
      expect(onlyB.all.map((n) => n.seq)).toEqual(await dbRows('tenant_id = ?', [b.id]));
      expect((await page(op, { f: { tenantId: '00000000-0000-4000-8000-000000000000' } })).totalCount).toBe(
        0,
      );
    });

    it('anonymous and forged callers get UNAUTHENTICATED', async () => {
      expect(codeOf(await s.gql(LOG, {}))).toBe('UNAUTHENTICATED');
      const forged = jwt.sign(
        { sub: ownerA.id, role: 'TENANT_USER', tenant_id: b.id, tenant_role: TenantRole.OWNER },
        'not-the-secret-not-the-secret-0000000',
        {
          algorithm: 'HS256',
          issuer: 'steward',
          audience: 'steward-api',
          expiresIn: 600,
          jwtid: 'x',
        },
      );
      expect(codeOf(await s.gql(LOG, {}, forged))).toBe('UNAUTHENTICATED');
      // Signed with the real secret but naming another tenant than the user's own: refused too.
      const crossed = jwt.sign(
        { sub: ownerA.id, role: 'TENANT_USER', tenant_id: b.id, tenant_role: TenantRole.OWNER },
        TEST_JWT_SECRET,
        {
          algorithm: 'HS256',
          issuer: 'steward',
          audience: 'steward-api',
          expiresIn: 600,
          jwtid: 'y',
        },
      );
      expect(codeOf(await s.gql(LOG, {}, crossed))).toBe('UNAUTHENTICATED');
    });
  });

  describe('filters', () => {
    it('by purpose, actor type and action, alone and together', async () => {
      const support = await walk(op, { purpose: 'TECHNICAL_SUPPORT' }, 50);
      expect(support.all.map((n) => n.seq)).toEqual(await dbRows('purpose = ?', ['TECHNICAL_SUPPORT']));
      expect(support.all).toHaveLength(2);
      const system = await walk(op, { actorType: 'SYSTEM' }, 50);
      expect(system.all.map((n) => n.seq)).toEqual(await dbRows('actor_type = ?', [ActorType.SYSTEM]));
      const tenantUsers = await walk(
        ownerA.token,
        { actorType: 'TENANT_USER', purpose: 'SERVICE_DELIVERY' },
        3,
      );
      expect(tenantUsers.all.map((n) => n.seq)).toEqual(
        await dbRows('tenant_id = ? AND actor_type = ? AND purpose = ?', [
          a.id,
          'TENANT_USER',
          'SERVICE_DELIVERY',
        ]),
      );
      expect(tenantUsers.all.length).toBe(7);
      const created = await walk(op, { action: 'subscriber.create', tenantId: b.id }, 50);
      expect(created.all).toHaveLength(4);
    });

    it('by time: from inclusive, to exclusive', async () => {
      const { all } = await walk(op, null, 500);
      const mid = all[Math.floor(all.length / 2)];
      const later = await walk(op, { from: mid.at }, 500);
      expect(later.all.map((n) => n.seq)).toEqual(all.filter((n) => n.at >= mid.at).map((n) => n.seq));
      expect(later.all[0].at >= mid.at).toBe(true);
      const earlier = await walk(op, { to: mid.at }, 500);
      expect(earlier.all.map((n) => n.seq)).toEqual(all.filter((n) => n.at < mid.at).map((n) => n.seq));
      expect((await walk(op, { from: mid.at, to: mid.at }, 10)).all).toEqual([]);
      expect(
        (await page(op, { f: { from: '2000-01-01T00:00:00.000Z', to: '2000-01-02T00:00:00.000Z' } }))
          .totalCount,
      ).toBe(0);
    });
  });

  describe('paging', () => {
    it('walks the whole log in pages of any size without gaps or repeats, oldest first', async () => {
      const every = await dbRows();
      for (const first of [1, 4, 13, 500]) {
        const { all, total } = await walk(op, null, first);
        expect(all.map((n) => n.seq)).toEqual(every);
        expect(total).toBe(every.length);
      }
    });

    it('defaults to 50 and ends with hasNextPage false; an empty page has no cursor', async () => {
      const p = await page(op);
      expect(p.nodes.length).toBe(Math.min(50, p.totalCount));
      const empty = await page(op, { f: { action: 'no.such' } });
      expect(empty).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
    });

    it('a cursor past the end gives an empty page', async () => {
      const { all } = await walk(op, null, 500);
      const last = await page(op, {
        first: 1,
        after: Buffer.from(`seq:${all[all.length - 1].seq}`).toString('base64url'),
      });
      expect(last.nodes).toEqual([]);
      expect(last.pageInfo.hasNextPage).toBe(false);
    });
  });

  it('runs the same statements for a page of 5 and of 200, and skips the count nobody asked for', async () => {
    const logger = s.services.db.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    const statementsOnce = async (query: string, vars: Record<string, unknown>) => {
      const seen: string[] = [];
      logger.logQuery = (q: string, ...rest: any[]) => {
        seen.push(q);
        return original(q, ...rest);
      };
      try {
        const r = await s.gql(query, vars, op);
        expect(r.errors).toBeUndefined();
      } finally {
        logger.logQuery = original;
      }
      return seen.length;
    };
    // Background work in the server (the web access log's flush, a checkpoint) can add statements
    // while a request runs, never remove any: the fewest of three runs is the request's own count.
    const statements = async (query: string, vars: Record<string, unknown>) =>
      Math.min(
        await statementsOnce(query, vars),
        await statementsOnce(query, vars),
        await statementsOnce(query, vars),
      );
    const small = await statements(LOG, { first: 5 });
    const large = await statements(LOG, { first: 200 });
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(3); // the token check, the page, the count
    const withoutCount = await statements(
      'query($first: Int) { processingLog(first: $first) { nodes { seq } } }',
      { first: 200 },
    );
    expect(withoutCount).toBe(small - 1);
  });

  describe('refuses bad input with BAD_USER_INPUT', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['first 0', { first: 0 }],
      ['first 501', { first: 501 }],
      ['first negative', { first: -5 }],
      ['a cursor that is not base64 of ours', { after: 'not-a-cursor' }],
      ['a cursor with a non-number', { after: Buffer.from('seq:abc').toString('base64url') }],
      [
        'a cursor of another API',
        { after: Buffer.from('00000000-0000-4000-8000-000000000000').toString('base64url') },
      ],
      ['an overlong cursor', { after: 'x'.repeat(5000) }],
      ['a tenantId that is no id', { f: { tenantId: "1' OR '1'='1" } }],
      ['an overlong tenantId', { f: { tenantId: 'a'.repeat(10_000) } }],
      ['from after to', { f: { from: '2026-02-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' } }],
      ['a malformed time', { f: { from: 'yesterday' } }],
      ['an unknown purpose', { f: { purpose: 'MARKETING' } }],
      ['an action that is not a dotted verb', { f: { action: 'DROP TABLE processing_log' } }],
    ];
    it.each(cases)('%s', async (_what, vars) => {
      for (const token of [op, ownerA.token]) {
        const r = await s.gql(LOG, vars, token);
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.data).toBeNull();
        expect(JSON.stringify(r.errors)).not.toMatch(/stack|at Object|\.ts:/);
      }
    });
  });

  it('answers an aliased fan-out within the query limits and refuses one beyond them', async () => {
    const many = Array.from({ length: 25 }, (_, i) => `p${i}: processingLog(first: 1) { totalCount }`).join(
      ' ',
    );
    expect(codeOf(await s.gql(`{ ${many} }`, {}, op))).toBe('BAD_USER_INPUT');
    const few = Array.from({ length: 3 }, (_, i) => `p${i}: processingLog(first: 1) { totalCount }`).join(
      ' ',
    );
    const r = await s.gql(`{ ${few} }`, {}, ownerA.token);
    expect(r.errors).toBeUndefined();
  });

  describe('export as CSV and JSON', () => {
    const download = (path: string, token?: string) =>
      fetch(`${s.base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    it("gives a tenant user its own tenant's log as CSV, formulas defused", async () => {
      const res = await download('/audit/processing-log.csv', viewerA.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="processing-log-.*\.csv"$/,
      );
      const rows = parseCsv(await res.text());
      expect(rows[0]).toEqual([
        'seq',
        'at',
        'tenant_id',
        'actor_type',
        'actor_id',
        'purpose',
        'action',
        'subjects',
        'data_categories',
        'description',
        'prev_hash',
        'hash',
      ]);
      const body = rows.slice(1);
      expect(body.map((r) => Number(r[0]))).toEqual(await dbRows('tenant_id = ?', [a.id]));
      expect(body.every((r) => r[2] === a.id)).toBe(true);
      const formula = body.find((r) => r[6] === 'test.formula')!;
      expect(formula[9]).toBe(
        `'=HYPERLINK("http://evil.example/x","click") a formula, "quoted", with, commas`,
      );
      expect(body.every((r) => r.every((f) => !/^[=+\-@]/.test(f)))).toBe(true);
    });

    it('gives the same entries as JSON, with filters', async () => {
      const res = await download(`/audit/processing-log.json?purpose=SERVICE_DELIVERY`, ownerA.token);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const entries = (await res.json()) as Node[];
      expect(entries.map((e) => e.seq)).toEqual(
        await dbRows('tenant_id = ? AND purpose = ?', [a.id, 'SERVICE_DELIVERY']),
      );
      expect(Object.keys(entries[0]).sort()).toEqual([
        'action',
        'actorId',
        'actorType',
        'at',
        'dataCategories',
        'description',
        'hash',
        'id',
        'prevHash',
        'purpose',
        'seq',
        'subjects',
        'tenantId',
      ]);
      const none = await download(`/audit/processing-log.json?action=no.such`, ownerA.token);
      expect(await none.json()).toEqual([]);
    });

    it("lets an operator export one tenant's log or all of it", async () => {
      const one = parseCsv(
        await (await download(`/audit/processing-log.csv?tenantId=${b.id}`, op)).text(),
      ).slice(1);
      expect(one.map((r) => Number(r[0]))).toEqual(await dbRows('tenant_id = ?', [b.id]));
      const all = (await (await download(`/audit/processing-log.json`, op)).json()) as Node[];
      expect(all.map((e) => e.seq)).toEqual(await dbRows());
    });

    it('lets browsers on the allowed origins only read a download', async () => {
      const preflight = (origin: string) =>
        fetch(`${s.base}/audit/processing-log.csv`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'authorization',
          },
        });
      const allowed = await preflight('http://localhost:4000');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4000');
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      const res = await fetch(`${s.base}/audit/processing-log.csv`, {
        headers: { authorization: `Bearer ${viewerA.token}`, origin: 'http://localhost:4000' },
      });
      expect(res.headers.get('access-control-expose-headers')).toMatch(/content-disposition/);
    });

    it("answers another tenant's log as absent, and refuses the unauthenticated and bad input", async () => {
      const cross = await download(`/audit/processing-log.csv?tenantId=${b.id}`, ownerA.token);
      expect(cross.status).toBe(404);
      expect(await cross.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      expect(
        (await download(`/audit/processing-log.csv?tenantId=00000000-0000-4000-8000-000000000000`, op))
          .status,
      ).toBe(404);
      expect((await download('/audit/processing-log.csv')).status).toBe(401);
      expect((await download('/audit/processing-log.json', 'garbage.token.here')).status).toBe(401);
      for (const q of [
        'purpose=MARKETING',
        'from=yesterday',
        'tenantId=x',
        'actorType=ROBOT',
        'from=2026-02-01&to=2026-01-01',
        'action=Bad%20Action',
      ]) {
        const r = await download(`/audit/processing-log.csv?${q}`, op);
        expect([q, r.status]).toEqual([q, 400]);
      }
    });
  });

  it('no entry names an email address or an IP address', async () => {
    const rows = await s.services.db.query<Array<{ description: string }>>(
      'SELECT description FROM processing_log',
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const { description } of rows) {
      expect(description).not.toMatch(/@/);
      expect(description).not.toMatch(/\b\d{1,3}(\.\d{1,3}){3}\b/);
    }
  });
});
