import { RequestStatus } from '../schema/common/enums';
import { isoWeekLabel, isoWeekStart } from '../schema/requests/request-summaries.service';
import { createTenant, createUser, UserFixture } from './support/fixtures';
import { SeededRequest, seedRequestStats, SUBJECT_EMAIL, SUBJECT_NAME } from './support/request-stats-data';
import { codeOf, startTestServer, TestServer } from './support/test-server';

/**
 * `dataSubjectRequestStats`, the operators' SLA board, over requests with known receipt and answer
 * dates: counts by status, overdue requests, received and answered per ISO week, the answer-time
 * buckets, the late and the extended answers; bounds of `weeks`; operators only; no personal data.
 */
const STATS = `query($w: Int) { dataSubjectRequestStats(weeks: $w) {
  weeks since overdue answered answeredLate extended
  byStatus { status count }
  perWeek { week weekStart received completed }
  answerTimes { label fromDays toDays count }
} }`;
const SUMMARIES =
  '{ dataSubjectRequests { reference status receivedAt dueAt tasks overdueTasks completedAt } }';
const WEEK = 7 * 24 * 60 * 60 * 1000;

describe('data-subject request stats (operator SLA board)', () => {
  let s: TestServer;
  let owner: UserFixture;
  let seeds: SeededRequest[];

  beforeAll(async () => {
    s = await startTestServer();
    const t = await createTenant(s, { name: 'Stats Holder' });
    owner = await createUser(s, t, 'OWNER');
    seeds = await seedRequestStats(s, t.id);
  });
  afterAll(() => s?.close());

  it('names ISO weeks as ISO 8601 does', () => {
    expect(isoWeekLabel(new Date('2021-01-04T00:00:00Z'))).toBe('2021-W01');
    expect(isoWeekLabel(new Date('2020-12-28T00:00:00Z'))).toBe('2020-W53');
    expect(isoWeekLabel(new Date('2026-12-28T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeekLabel(new Date('2026-12-07T00:00:00Z'))).toBe('2026-W50');
    expect(isoWeekStart(new Date('2026-12-13T23:59:59Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(isoWeekStart(new Date('2026-12-14T00:00:00Z')).toISOString()).toBe('2026-12-14T00:00:00.000Z');
  });

  it('counts by status, overdue, per week and answer times, with the late and extended answers', async () => {
    const op = await s.operatorToken();
    const r = await s.gql(STATS, {}, op);
    expect(r.errors).toBeUndefined();
    const st = r.data.dataSubjectRequestStats;
    expect(st.weeks).toBe(26);
    expect(Object.fromEntries(st.byStatus.map((x: any) => [x.status, x.count]))).toEqual({
      AWAITING_VERIFICATION: 0,
      ROUTING: 0,
      ROUTED: 2,
      COMPLETED: 4,
      NO_DATA_HELD: 1,
      EXPIRED: 1,
    });
    expect(st.overdue).toBe(1);
    // answered in the 26 weeks: QUCK (7 days), LATE (45), XTND (78, extended), NONE (0); not OLDD, not EXPD
    expect(st.answered).toBe(4);
    expect(st.answeredLate).toBe(1);
    expect(st.extended).toBe(1);
    expect(st.answerTimes).toEqual([
      { label: '0-7', fromDays: 0, toDays: 7, count: 2 },
      { label: '8-14', fromDays: 8, toDays: 14, count: 0 },
      { label: '15-21', fromDays: 15, toDays: 21, count: 0 },
      { label: '22-30', fromDays: 22, toDays: 30, count: 0 },
      { label: '31-60', fromDays: 31, toDays: 60, count: 1 },
      { label: '61-90', fromDays: 61, toDays: 90, count: 1 },
      { label: '>90', fromDays: 91, toDays: null, count: 0 },
    ]);

    // every week listed, oldest first, the current one last; each request in the week of its dates
    const now = new Date();
    const current = isoWeekStart(now);
    expect(st.perWeek).toHaveLength(26);
    expect(new Date(st.perWeek[25].weekStart).getTime()).toBe(current.getTime());
    expect(st.perWeek[25].week).toBe(isoWeekLabel(current));
    expect(new Date(st.since).getTime()).toBe(current.getTime() - 25 * WEEK);
    const expected = new Map<string, { received: number; completed: number }>();
    for (const w of st.perWeek) expected.set(w.weekStart, { received: 0, completed: 0 });
    for (const x of seeds) {
      const rw = expected.get(isoWeekStart(x.receivedAt).toISOString());
      if (rw) rw.received++;
      const answered = x.status === RequestStatus.COMPLETED || x.status === RequestStatus.NO_DATA_HELD;
      const cw = answered && x.endedAt && expected.get(isoWeekStart(x.endedAt).toISOString());
      if (cw) cw.completed++;
    }
    expect(st.perWeek.map((w: any) => ({ received: w.received, completed: w.completed }))).toEqual([
      ...expected.values(),
    ]);
    expect(st.perWeek.reduce((n: number, w: any) => n + w.received, 0)).toBe(7);
    expect(st.perWeek.reduce((n: number, w: any) => n + w.completed, 0)).toBe(4);

    // a shorter window: only the answers since its first Monday
    const four = (await s.gql(STATS, { w: 4 }, op)).data.dataSubjectRequestStats;
    expect(four.perWeek).toHaveLength(4);
    const since4 = current.getTime() - 3 * WEEK;
    const inFour = seeds.filter(
      (x) => x.endedAt && x.endedAt.getTime() >= since4 && x.status !== RequestStatus.EXPIRED,
    );
    expect(four.answered).toBe(inFour.length);
    expect(four.byStatus).toEqual(st.byStatus);

    // no personal data in either answer
    const text = JSON.stringify(r.data) + JSON.stringify(four);
    expect(text).not.toContain('@');
    expect(text).not.toContain(SUBJECT_EMAIL);
    expect(text).not.toContain(SUBJECT_NAME);
    expect(text).not.toContain('Jane');
  });

  it('gives each answered summary its completedAt, and none to the open or expired ones', async () => {
    const r = await s.gql(SUMMARIES, {}, await s.operatorToken());
    expect(JSON.stringify(r.data)).not.toContain('@');
    const byRef = new Map<string, any>(r.data.dataSubjectRequests.map((x: any) => [x.reference, x]));
    for (const x of seeds) {
      const answered = x.status === RequestStatus.COMPLETED || x.status === RequestStatus.NO_DATA_HELD;
      expect(byRef.get(x.reference).completedAt).toBe(answered ? x.endedAt!.toISOString() : null);
    }
    expect(byRef.get('DSR-TEST-OVER').overdueTasks).toBe(1);
  });

  it('refuses weeks outside 1..104, tenant users and the public, changing nothing', async () => {
    const op = await s.operatorToken();
    for (const w of [0, 105, -1, -104, 1000]) {
      const r = await s.gql(STATS, { w }, op);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toBe('weeks must be a whole number from 1 to 104');
      expect(r.data).toBeNull();
    }
    expect(codeOf(await s.gql(STATS, { w: 1.5 }, op))).toBe('BAD_USER_INPUT');
    expect((await s.gql(STATS, { w: 1 }, op)).data.dataSubjectRequestStats.perWeek).toHaveLength(1);
    expect((await s.gql(STATS, { w: 104 }, op)).data.dataSubjectRequestStats.perWeek).toHaveLength(104);
    const denied = await s.gql(STATS, {}, owner.token);
    expect(codeOf(denied)).toBe('FORBIDDEN');
    expect(denied.data).toBeNull();
    expect(codeOf(await s.gql(STATS, {}))).toBe('UNAUTHENTICATED');
  });
});
