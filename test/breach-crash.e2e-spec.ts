import { generate, truth } from './support/breach-data';
import { CRASH_LEASE_MS, crashSuite, killWorker, stopWorker, untilWhileAlive } from './support/crash';
import { sleep } from './support/wait';

const REPORT = `mutation($i: ReportBreachInput!) { reportBreach(input: $i) { id } }`;
const GET = `query($id: ID!) { breachIncident(id: $id) { status affectedSubjects affectedControllers progress { processed total }
  impacts { tenant { id dpoEmail } affectedSubjects affectedRecords affectedLists euEeaSubjects unknownCountrySubjects notifiedAt } } }`;

describe('a worker killed mid-analysis', () => {
  const crash = crashSuite({ smtp: true, serverEnv: { JOB_LEASE_MS: String(CRASH_LEASE_MS) } });

  it('has its chunk redone by another worker: the same numbers, nothing counted or mailed twice', async () => {
    const { s, smtp } = crash;
    const data = await generate(s, {
      seed: 1306,
      tenants: 90,
      listsPerTenant: 2,
      pool: 400,
      perList: [20, 60],
      spanDays: 300,
    });
    const op = await s.operatorToken();
    const r = await s.gql(
      REPORT,
      {
        i: {
          title: 'Crash',
          description: 'Worker crash during analysis.',
          discoveredAt: new Date(Date.now() - 60_000).toISOString(),
          dataCategories: ['EMAIL_ADDRESS'],
          encrypted: false,
          scope: { allTenants: true },
        },
      },
      op,
    );
    const id = r.data.reportBreach.id;
    const parent = (
      await s.services.db.query('SELECT analysis_job_id AS j FROM breach_incidents WHERE id = ?', [id])
    )[0].j;
    const running = async (worker: string) =>
      (
        await s.services.db.query(
          `SELECT id FROM jobs WHERE parent_id = ? AND state = 'running' AND locked_by LIKE ?`,
          [parent, `%:${worker}:%`],
        )
      ).map((j: any) => j.id as string);

    // Catch the first worker inside a chunk: freeze it (SIGSTOP) once one runs, so that it can commit
    // nothing more; if the chunk is still running in the database, kill it there, else let it go on.
    const first = crash.start();
    const pid = String(first.child.pid);
    let killed: string | null = null;
    for (let attempt = 0; attempt < 50 && !killed; attempt++) {
      await untilWhileAlive(first, async () => (await running(pid)).length > 0, 'a running chunk', 20_000, 2);
      first.child.kill('SIGSTOP');
      const inFlight = await running(pid);
      if (inFlight.length) {
        await killWorker(first);
        killed = inFlight[0];
      } else {
        first.child.kill('SIGCONT');
        await sleep(5);
      }
    }
    expect(killed).not.toBeNull();
    const [before] = await s.services.db.query('SELECT chunks_done, chunks_total FROM jobs WHERE id = ?', [
      parent,
    ]);
    expect(Number(before.chunks_done)).toBeLessThan(Number(before.chunks_total));

    const second = crash.start();
    await untilWhileAlive(
      second,
      async () => (await s.gql(GET, { id }, op)).data.breachIncident.status !== 'ANALYZING',
      'the second worker to finish the analysis',
      40_000,
    );
    const inc = (await s.gql(GET, { id }, op)).data.breachIncident;
    const expected = truth(data, { allTenants: true });
    expect(inc.status).toBe('NOTIFIED');
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
    // Progress counted every chunk exactly once; the killed chunk was run again after its lease ran out.
    expect(inc.progress.processed).toBe(inc.progress.total);
    const [after] = await s.services.db.query('SELECT chunks_done, chunks_total FROM jobs WHERE id = ?', [
      parent,
    ]);
    expect(Number(after.chunks_done)).toBe(Number(after.chunks_total));
    const [redone] = await s.services.db.query('SELECT state, attempts, last_error FROM jobs WHERE id = ?', [
      killed,
    ]);
    expect(redone.state).toBe('done');
    expect(Number(redone.attempts)).toBe(2);
    // One analysis entry and one notice per controller, and one mail to each DPO.
    const log: Array<{ action: string; tenant_id: string | null; n: number | string }> =
      await s.services.db.query(
        `SELECT action, tenant_id, COUNT(*) AS n FROM processing_log WHERE purpose = 'BREACH_RESPONSE' AND description LIKE ? AND tenant_id IS NOT NULL GROUP BY action, tenant_id`,
        [`%${id}%`],
      );
    expect(log.filter((e) => e.action === 'breach.analyze')).toHaveLength(expected.perTenant.size);
    expect(log.filter((e) => e.action === 'breach.notify')).toHaveLength(expected.perTenant.size);
    expect(log.every((e) => Number(e.n) === 1)).toBe(true);
    await untilWhileAlive(
      second,
      async () => smtp.messages.filter((m) => m.text.includes(id)).length >= expected.perTenant.size,
      'the notices to be mailed',
      30_000,
    );
    await sleep(500);
    for (const t of data.tenants) {
      expect(smtp.messages.filter((m) => m.text.includes(id) && m.to.includes(t.dpoEmail))).toHaveLength(
        expected.perTenant.has(t.id) ? 1 : 0,
      );
    }
    await stopWorker(second);
  });
});
