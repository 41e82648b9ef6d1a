import type { Database } from '../common/database';
import { BadInputError } from '../common/errors';
import { RequestStatus, type RightType } from '../common/enums';
import { DAY, MAX_SUMMARIES } from './request.policy';
import {
  AnswerTimeBucket,
  DataSubjectRequestStats,
  DataSubjectRequestSummary,
  RequestStatusCount,
  RequestWeek,
} from './request.types';

/** `dataSubjectRequestStats(weeks)`: at least one week, at most two years. */
export const STATS_MIN_WEEKS = 1;
export const STATS_MAX_WEEKS = 104;
/** The answer-time buckets, in whole days from receipt to the answer; the one-month deadline falls after 30. */
export const ANSWER_BUCKETS: ReadonlyArray<readonly [from: number, to: number | null]> = [
  [0, 7],
  [8, 14],
  [15, 21],
  [22, 30],
  [31, 60],
  [61, 90],
  [91, null],
];
/** The statuses a request ends answered in: its `ended_at` is the answer's time. */
const ANSWERED = `('${RequestStatus.COMPLETED}', '${RequestStatus.NO_DATA_HELD}')`;
const WEEK = 7 * DAY;

/** The Monday, 00:00 UTC, of the ISO week `d` falls in. */
export function isoWeekStart(d: Date): Date {
  const day = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY);
}

/** `2026-W49`: the ISO 8601 week of a Monday (the year is the one its Thursday falls in). */
export function isoWeekLabel(monday: Date): string {
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The operators' view of data-subject requests: no personal data, only references, rights, dates and counts. */
export class RequestSummariesService {
  constructor(private readonly db: Database) {}

  /** Requests with their task counts, newest first; no personal data. */
  async summaries(
    status?: RequestStatus | null,
    overdue?: boolean | null,
    now = new Date(),
  ): Promise<DataSubjectRequestSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [this.db.param(now)];
    if (status) {
      where.push('r.status = ?');
      params.push(status);
    }
    const having = overdue == null ? '' : overdue ? 'HAVING overdue > 0' : 'HAVING overdue = 0';
    const rows: Array<{
      reference: string;
      type: RightType;
      status: RequestStatus;
      received_at: unknown;
      due_at: unknown;
      tasks: number | string;
      overdue: number | string | null;
      ended_at: unknown;
    }> = await this.db
      .crossTenant('operator summaries: task counts of every request across controllers')
      .query(
        `SELECT r.reference, r.type, r.status, r.received_at, r.due_at, r.ended_at, COUNT(t.id) AS tasks,
                COALESCE(SUM(CASE WHEN t.status IN ('PENDING', 'EXTENDED') AND t.due_at < ? THEN 1 ELSE 0 END), 0) AS overdue
         FROM data_subject_requests r LEFT JOIN data_subject_tasks t ON t.request_id = r.id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         GROUP BY r.id, r.reference, r.type, r.status, r.received_at, r.due_at, r.ended_at
         ${having}
         ORDER BY r.received_at DESC, r.id DESC LIMIT ${MAX_SUMMARIES}`,
        params,
      );
    return rows.map((x) =>
      Object.assign(new DataSubjectRequestSummary(), {
        reference: x.reference,
        type: x.type,
        status: x.status,
        receivedAt: this.db.date(x.received_at)!,
        dueAt: this.db.date(x.due_at)!,
        tasks: Number(x.tasks),
        overdueTasks: Number(x.overdue ?? 0),
        completedAt:
          x.status === RequestStatus.COMPLETED || x.status === RequestStatus.NO_DATA_HELD
            ? this.db.date(x.ended_at)
            : null,
      }),
    );
  }

  /**
   * The SLA figures, in four aggregate statements and no personal data: counts by status (the
   * `ix_dsr_status_received` index), the requests with an overdue task (`ix_dst_due`), the weeks'
   * receipts (`ix_dsr_received`) and the answered requests of the period (`ix_dsr_ended`).
   *
   * A request's answer time is `ended_at - received_at`: `ended_at` is set when the request becomes
   * COMPLETED (its last controller answered) or NO_DATA_HELD (nobody holds the address: answered
   * then); an EXPIRED request (never verified) is not an answer. It is late when it ended after its
   * due date: the latest of its tasks' due dates (three months where a controller extended it,
   * Art. 12(3)), or the request's one month where it had no task.
   */
  async stats(weeks = 26, now = new Date()): Promise<DataSubjectRequestStats> {
    if (!Number.isInteger(weeks) || weeks < STATS_MIN_WEEKS || weeks > STATS_MAX_WEEKS)
      throw new BadInputError(
        `weeks must be a whole number from ${STATS_MIN_WEEKS} to ${STATS_MAX_WEEKS}`,
        'weeks',
      );
    const current = isoWeekStart(now);
    const since = new Date(current.getTime() - (weeks - 1) * WEEK);
    const mysql = this.db.dialect === 'mysql';
    // the Monday of a datetime's ISO week, as `YYYY-MM-DD` (datetimes are stored in UTC)
    const monday = (col: string) =>
      mysql
        ? `DATE_FORMAT(DATE_SUB(${col}, INTERVAL WEEKDAY(${col}) DAY), '%Y-%m-%d')`
        : `date(${col}, 'weekday 0', '-6 days')`;
    const seconds = mysql
      ? 'TIMESTAMPDIFF(SECOND, r.received_at, r.ended_at)'
      : 'CAST(ROUND((julianday(r.ended_at) - julianday(r.received_at)) * 86400) AS INTEGER)';
    const bucket = `CASE ${ANSWER_BUCKETS.map(([, to], i) =>
      to === null ? `ELSE ${i}` : `WHEN ${seconds} < ${(to + 1) * 86400} THEN ${i}`,
    ).join(' ')} END`;
    const db = this.db.crossTenant('operator SLA board: counts of every request across controllers');
    const p = (d: Date) => this.db.param(d);

    const byStatus: Array<{ status: RequestStatus; n: number | string }> = await db.query(
      'SELECT status, COUNT(*) AS n FROM data_subject_requests GROUP BY status',
    );
    const [overdue]: Array<{ n: number | string }> = await db.query(
      `SELECT COUNT(DISTINCT t.request_id) AS n FROM data_subject_tasks t
       WHERE t.due_at < ? AND t.status IN ('PENDING', 'EXTENDED')`,
      [p(now)],
    );
    const received: Array<{ wk: string; n: number | string }> = await db.query(
      `SELECT ${monday('received_at')} AS wk, COUNT(*) AS n FROM data_subject_requests
       WHERE received_at >= ? GROUP BY ${monday('received_at')}`,
      [p(since)],
    );
    // one row per (week, bucket, late, extended) of the requests answered since `since`
    const answered: Array<{
      wk: string;
      bucket: number | string;
      late: number | string;
      extended: number | string;
      n: number | string;
    }> = await db.query(
      `SELECT wk, bucket, late, extended, COUNT(*) AS n FROM (
         SELECT ${monday('r.ended_at')} AS wk, ${bucket} AS bucket,
                CASE WHEN r.ended_at > COALESCE(d.due, r.due_at) THEN 1 ELSE 0 END AS late,
                CASE WHEN d.due > r.due_at THEN 1 ELSE 0 END AS extended
         FROM data_subject_requests r
         LEFT JOIN (SELECT t.request_id, MAX(t.due_at) AS due FROM data_subject_tasks t
                    JOIN data_subject_requests e ON e.id = t.request_id
                    WHERE e.ended_at >= ? GROUP BY t.request_id) d ON d.request_id = r.id
         WHERE r.ended_at >= ? AND r.status IN ${ANSWERED}
       ) a GROUP BY wk, bucket, late, extended`,
      [p(since), p(since)],
    );

    const perWeek = new Map<string, RequestWeek>();
    for (let i = 0; i < weeks; i++) {
      const weekStart = new Date(since.getTime() + i * WEEK);
      perWeek.set(
        weekStart.toISOString().slice(0, 10),
        Object.assign(new RequestWeek(), {
          week: isoWeekLabel(weekStart),
          weekStart,
          received: 0,
          completed: 0,
        }),
      );
    }
    for (const r of received) {
      const w = perWeek.get(String(r.wk));
      if (w) w.received += Number(r.n);
    }
    const buckets = ANSWER_BUCKETS.map(([fromDays, toDays]) =>
      Object.assign(new AnswerTimeBucket(), {
        label: toDays === null ? `>${fromDays - 1}` : `${fromDays}-${toDays}`,
        fromDays,
        toDays,
        count: 0,
      }),
    );
    let total = 0;
    let late = 0;
    let extended = 0;
    for (const a of answered) {
      const n = Number(a.n);
      const w = perWeek.get(String(a.wk));
      if (w) w.completed += n;
      buckets[Math.max(0, Number(a.bucket))].count += n;
      total += n;
      if (Number(a.late)) late += n;
      if (Number(a.extended)) extended += n;
    }
    const counts = new Map(byStatus.map((x) => [x.status, Number(x.n)]));
    return Object.assign(new DataSubjectRequestStats(), {
      weeks,
      since,
      byStatus: Object.values(RequestStatus).map((status) =>
        Object.assign(new RequestStatusCount(), { status, count: counts.get(status) ?? 0 }),
      ),
      overdue: Number(overdue?.n ?? 0),
      perWeek: [...perWeek.values()],
      answerTimes: buckets,
      answered: total,
      answeredLate: late,
      extended,
    });
  }
}
