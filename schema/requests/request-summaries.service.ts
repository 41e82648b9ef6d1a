import type { Database } from '../common/database';
import type { RequestStatus, RightType } from '../common/enums';
import { MAX_SUMMARIES } from './request.policy';
import { DataSubjectRequestSummary } from './request.types';

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
    }> = await this.db
      .crossTenant('operator summaries: task counts of every request across controllers')
      .query(
        `SELECT r.reference, r.type, r.status, r.received_at, r.due_at, COUNT(t.id) AS tasks,
                COALESCE(SUM(CASE WHEN t.status IN ('PENDING', 'EXTENDED') AND t.due_at < ? THEN 1 ELSE 0 END), 0) AS overdue
         FROM data_subject_requests r LEFT JOIN data_subject_tasks t ON t.request_id = r.id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         GROUP BY r.id, r.reference, r.type, r.status, r.received_at, r.due_at
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
      }),
    );
  }
}
