import { BreachAnalysisService } from '../schema/breaches/breach-analysis.service';
import { BreachNoticeWriter } from '../schema/breaches/breach-notice-writer';
import { BreachNoticesService } from '../schema/breaches/breach-notices.service';
import { BreachChunkJob, BreachFinishJob } from '../schema/breaches/breach-analysis.jobs';
import { WorkerPool } from '../workers/worker-pool';
import { generate, truth } from './support/breach-data';
import { startTestServer, TestServer } from './support/test-server';
import { until } from './support/wait';

const REPORT = `mutation($i: ReportBreachInput!) { reportBreach(input: $i) { id } }`;
const GET = `query($id: ID!) { breachIncident(id: $id) { status affectedSubjects affectedControllers progress { processed total }
  impacts { tenant { id } affectedSubjects affectedRecords affectedLists euEeaSubjects unknownCountrySubjects } } }`;

/**
 * The paths for large tenant groups (read in pages; too many subjects to hand on their keys) and for
 * a platform too large to union in memory (one SQL count), run by workers with tiny limits: the
 * same exact numbers.
 */
describe('breach analysis past its in-memory limits', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each([
    [
      'tenant groups read in pages of 7 subjects',
      { chunkSubjects: 200_000, unionSubjects: 5_000_000, pageRows: 7 },
    ],
    ['tenant groups over the key limit', { chunkSubjects: 10, unionSubjects: 5_000_000, pageRows: 50_000 }],
    ['subject keys over the union limit', { chunkSubjects: 200_000, unionSubjects: 10, pageRows: 50_000 }],
  ])('%s give the same numbers', async (_name, limits) => {
    const data = await generate(s, {
      seed: 77,
      tenants: 30,
      listsPerTenant: 2,
      pool: 150,
      perList: [5, 25],
      spanDays: 200,
    });
    const scope = { tenantIds: data.tenants.map((t) => t.id) };
    const op = await s.operatorToken();
    const r = await s.gql(
      REPORT,
      {
        i: {
          title: 'Limits',
          description: 'Limits.',
          discoveredAt: new Date(Date.now() - 60_000).toISOString(),
          dataCategories: ['EMAIL_ADDRESS'],
          encrypted: false,
          scope,
          holdNotifications: true,
        },
      },
      op,
    );
    const id = r.data.reportBreach.id;
    const { db, queue, mail, processingLog, log } = s.services;
    const notices = new BreachNoticesService(db, mail, processingLog, new BreachNoticeWriter('contact'));
    const analysis = new BreachAnalysisService(db, queue, processingLog, notices, limits);
    const pool = new WorkerPool(
      queue,
      [new BreachChunkJob(analysis), new BreachFinishJob(analysis)],
      { loops: 2, leaseMs: 5000, pollMs: 20 },
      log,
    );
    pool.start();
    try {
      await until(
        async () => (await s.gql(GET, { id }, op)).data.breachIncident.status !== 'ANALYZING',
        'the analysis',
        30_000,
      );
    } finally {
      await pool.stop(2000);
    }
    const inc = (await s.gql(GET, { id }, op)).data.breachIncident;
    const expected = truth(data, scope);
    expect(inc.progress.total).toBe(2);
    expect(inc.affectedSubjects).toBe(expected.platform);
    expect(inc.affectedControllers).toBe(expected.perTenant.size);
    for (const i of inc.impacts) {
      const t = expected.perTenant.get(i.tenant.id)!;
      expect([
        i.affectedSubjects,
        i.affectedRecords,
        i.affectedLists,
        i.euEeaSubjects,
        i.unknownCountrySubjects,
      ]).toEqual([t.subjects, t.records, t.lists, t.euEea, t.unknown]);
    }
    const results: Array<{ result: string }> = await db.query(
      'SELECT result FROM breach_chunks WHERE incident_id = ?',
      [id],
    );
    const keyed = results.map((c) => JSON.parse(c.result).keys !== null);
    expect(keyed).toEqual(limits.chunkSubjects === 10 ? [false, false] : [true, true]);
  });
});
