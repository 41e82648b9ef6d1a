import { JUSTIFIED_SCOPE_ADDRESSES } from '../schema/breaches/breach-report';
import { Dataset, generate, truth } from './support/breach-data';
import { createUser } from './support/fixtures';
import { codeOf, startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const HOUR = 3_600_000;
const REPORT = `mutation($i: ReportBreachInput!) { reportBreach(input: $i) { id status justification scope { leakedAddresses } } }`;
const GET = `query($id: ID!) { breachIncident(id: $id) { id status justification affectedControllers impacts { tenant { id } affectedSubjects } } }`;
const INSPECT =
  'query($t: ID!, $e: String!, $p: ProcessingPurpose!, $j: String!) { inspectSubscribers(tenantId: $t, email: $e, purpose: $p, justification: $j) { id } }';
const WHY = 'Incident 2026-14: leak list from the compromised partner mailbox, checking who is affected';

/**
 * A breach report over a few addresses is a look-up of which customers hold them (held notices or
 * not, the impacts name the controllers). Below JUSTIFIED_SCOPE_ADDRESSES it is bound like
 * inspectSubscribers: a justification under the same rule, kept in every affected controller's log.
 */
describe('breach reports over a few addresses need a justification', () => {
  let s: TestServer;
  let op: string;
  let data: Dataset;

  const input = (extra: Record<string, unknown>) => ({
    title: 'Partner mailbox compromised',
    description: 'A leak list of addresses turned up after a partner mailbox was compromised.',
    discoveredAt: new Date(Date.now() - HOUR).toISOString(),
    dataCategories: ['EMAIL_ADDRESS'],
    encrypted: false,
    holdNotifications: true,
    ...extra,
  });
  const incident = async (id: string) => (await s.gql(GET, { id }, op)).data.breachIncident;
  const analysed = async (id: string) => {
    await until(async () => (await incident(id)).status !== 'ANALYZING', `incident ${id} analysed`, 30_000);
    return incident(id);
  };
  const n = async (sql: string, params: unknown[] = []) =>
    Number((await s.services.db.query(sql, params))[0].n);
  /** Everything a report stores or queues. */
  const footprint = async () => ({
    incidents: await n('SELECT COUNT(*) AS n FROM breach_incidents'),
    leaked: await n('SELECT COUNT(*) AS n FROM breach_leaked_addresses'),
    chunks: await n('SELECT COUNT(*) AS n FROM breach_chunks'),
    jobs: await n("SELECT COUNT(*) AS n FROM jobs WHERE queue LIKE 'breach.%'"),
    logged: await n("SELECT COUNT(*) AS n FROM processing_log WHERE action LIKE 'breach.%'"),
  });
  const entries = async (id: string, action: string) =>
    (await s.services.db.query(
      'SELECT tenant_id, purpose, actor_type, description FROM processing_log WHERE action = ? AND description LIKE ? ORDER BY seq',
      [action, `Breach ${id} %`],
    )) as Array<{ tenant_id: string | null; purpose: string; actor_type: string; description: string }>;
  /** The pool address held by the most tenants. */
  const mostHeld = () => {
    const holders = new Map<string, Set<string>>();
    for (const r of data.rows) {
      if (!holders.has(r.email)) holders.set(r.email, new Set());
      holders.get(r.email)!.add(r.tenantId);
    }
    return [...holders].sort((a, b) => b[1].size - a[1].size)[0];
  };

  beforeAll(async () => {
    s = await startTestServer({ workers: 2 });
    op = await s.operatorToken();
    data = await generate(s, {
      seed: 1010,
      tenants: 8,
      listsPerTenant: 2,
      pool: 160,
      perList: [20, 40],
      spanDays: 200,
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the threshold is 100 distinct addresses', () => {
    expect(JUSTIFIED_SCOPE_ADDRESSES).toBe(100);
  });

  it('one address without a justification is refused: BAD_USER_INPUT on justification, nothing stored, no job', async () => {
    const [address, tenants] = mostHeld();
    expect(tenants.size).toBeGreaterThanOrEqual(2);
    const before = await footprint();
    for (const scope of [
      { emails: [address] },
      { emails: [address], tenantIds: [...tenants] },
      // The same address many times over is still one address.
      { emails: Array.from({ length: 150 }, (_, i) => (i % 2 ? address.toUpperCase() : address)) },
      // 99 distinct addresses are still a look-up.
      { emails: data.pool.slice(0, JUSTIFIED_SCOPE_ADDRESSES - 1) },
    ]) {
      for (const justification of [undefined, null, '', '   ']) {
        const r = await s.gql(REPORT, { i: input({ scope, justification }) }, op);
        expect(r.data).toBeNull();
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(r.errors![0].extensions!.field).toBe('justification');
        expect(r.errors![0].message).toMatch(/justification is required .*fewer than 100 distinct addresses/);
        expect(r.errors![0].message).not.toContain(address);
      }
    }
    expect(await footprint()).toEqual(before);
  });

  it('a justification that does not say why is refused exactly as inspectSubscribers refuses it', async () => {
    const [address, tenants] = mostHeld();
    const before = await footprint();
    for (const token of [
      'test test test test test',
      'short but real',
      'n/a n/a n/a n/a n/a n/a n/a',
      'Ticket 4711 about someone@example.org asking',
      'x'.repeat(501),
    ]) {
      const breach = await s.gql(
        REPORT,
        { i: input({ scope: { emails: [address] }, justification: token }) },
        op,
      );
      const inspect = await s.gql(
        INSPECT,
        { t: [...tenants][0], e: address, p: 'BREACH_RESPONSE', j: token },
        op,
      );
      expect(codeOf(breach)).toBe('BAD_USER_INPUT');
      expect(codeOf(breach)).toBe(codeOf(inspect));
      // (inspectSubscribers' own length check on its argument prefixes "Invalid input: ")
      expect(inspect.errors![0].message).toContain(breach.errors![0].message);
      expect(breach.errors![0].extensions!.field).toBe('justification');
    }
    expect(await footprint()).toEqual(before);
  });

  it('with a justification it is analysed, and each affected controller has one log entry with the justification and the purpose', async () => {
    const [address, tenants] = mostHeld();
    const other = data.pool.find((p) => p !== address)!;
    const scope = { emails: [address, other, 'nobody.at.all@example.net'] };
    const reported = (await s.gql(REPORT, { i: input({ scope, justification: `  ${WHY}  ` }) }, op)).data
      .reportBreach;
    expect(reported.justification).toBe(WHY);
    expect(reported.scope.leakedAddresses).toBe(3);
    const inc = await analysed(reported.id);
    expect(inc.status).toBe('ANALYZED');
    const expected = truth(data, scope);
    const affected = [...expected.perTenant.keys()].sort();
    expect(affected).toEqual(expect.arrayContaining([...tenants]));
    expect(inc.impacts.map((i: any) => i.tenant.id).sort()).toEqual(affected);

    const perController = await entries(inc.id, 'breach.analyze');
    const byTenant = perController.filter((e) => e.tenant_id);
    expect(byTenant.map((e) => e.tenant_id).sort()).toEqual(affected);
    for (const e of byTenant) {
      expect(e.purpose).toBe('BREACH_RESPONSE');
      expect(e.description).toContain(`Justification: ${WHY}`);
      expect(e.description).toContain('for BREACH_RESPONSE, by looking up 3 named address(es)');
      expect(e.description).not.toContain(address);
    }
    const [reportEntry] = await entries(inc.id, 'breach.report');
    expect(reportEntry.tenant_id).toBeNull();
    expect(reportEntry.description).toContain(`Justification: ${WHY}`);

    // The controller sees the look-up in its own log.
    const t = data.tenants.find((x) => x.id === affected[0])!;
    const viewer = await createUser(s, t, 'VIEWER');
    const own = await s.gql(
      '{ processingLog(first: 500) { nodes { tenantId purpose action description } } }',
      {},
      viewer.token,
    );
    const seen = own.data.processingLog.nodes.filter(
      (e: any) => e.action === 'breach.analyze' && e.description.startsWith(`Breach ${inc.id} `),
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ tenantId: t.id, purpose: 'BREACH_RESPONSE' });
    expect(seen[0].description).toContain(WHY);
  });

  it('a scope of 100 addresses, or of whole tenants, needs none and is analysed as before', async () => {
    const emails = data.pool.slice(0, JUSTIFIED_SCOPE_ADDRESSES);
    const r = await s.gql(REPORT, { i: input({ scope: { emails } }) }, op);
    expect(r.errors).toBeUndefined();
    expect(r.data.reportBreach.justification).toBeNull();
    const inc = await analysed(r.data.reportBreach.id);
    expect(inc.affectedControllers).toBe(truth(data, { emails }).perTenant.size);
    const logged = (await entries(inc.id, 'breach.analyze')).filter((e) => e.tenant_id);
    expect(logged).toHaveLength(inc.affectedControllers);
    for (const e of logged) expect(e.description).not.toContain('Justification');

    const whole = await s.gql(REPORT, { i: input({ scope: { tenantIds: [data.tenants[0].id] } }) }, op);
    expect(whole.errors).toBeUndefined();
    await analysed(whole.data.reportBreach.id);
  });
});
