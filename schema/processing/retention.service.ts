import type { Database } from '../common/database';
import type { RequestContext } from '../../tenants/request-context';
import { RETENTION } from '../common/retention';
import { KEEP_AFTER_END_MS, VERIFY_MAIL_INTERVAL_MS, VERIFY_TTL_MS } from '../requests/request.service';
import { CONFIRM_TTL_MS } from '../subscribers/subscriber.service';
import { REMEMBERED_SESSION_TTL_MS } from '../users/session.service';
import type { WebLogRetention } from '../web-log/web-log.service';
import { RetentionStatus } from './retention.types';

const DAY = 86_400_000;
/**
 * The rules are applied by hourly jobs: a row counts as past its rule only once it is older than
 * the rule plus one period of the job, so the overview reads 0 on a healthy system.
 */
const GRACE_MS = 60 * 60 * 1000;

interface Kind {
  kind: string;
  data: string;
  rule: string;
  keepDays: number | null;
  /** one statement returning `total` and `past` */
  sql: string;
  params: unknown[];
}

/**
 * The retention overview: every kind of personal data Steward keeps, the rule that ends it (the
 * jobs that apply them: subscriber retention, data-subject maintenance, housekeeping, web-log
 * retention), and how many rows are past it right now. One statement per kind, whatever the data.
 */
export class RetentionService {
  constructor(
    private readonly db: Database,
    private readonly webLog: WebLogRetention,
  ) {}

  private kinds(now: Date): Kind[] {
    const at = (ms: number) => this.db.param(new Date(now.getTime() - ms - GRACE_MS));
    // Salts go when the day is over the limit: a whole day later than its first row.
    const day = (ms: number) => new Date(now.getTime() - ms - GRACE_MS).toISOString().slice(0, 10);
    const past = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
    const confirmDays = CONFIRM_TTL_MS / DAY;
    return [
      {
        kind: 'subscribers.pending',
        data: 'Unconfirmed sign-ups (address, name, country, format) on double opt-in lists',
        rule: `deleted ${confirmDays} days after the request unless confirmed (hourly job)`,
        keepDays: confirmDays,
        sql: `SELECT COUNT(*) AS total, ${past('requested_at <= ?')} AS past FROM subscribers WHERE status = 'PENDING'`,
        params: [at(CONFIRM_TTL_MS)],
      },
      {
        kind: 'subscribers.offboarded',
        data: 'Subscribers of customers that were offboarded',
        rule: 'returned to the customer, then deleted as soon as the export is delivered (Art. 28(3)(g))',
        keepDays: 0,
        sql: `SELECT COUNT(*) AS total, ${past('t.offboarded_at IS NULL OR t.offboarded_at <= ?')} AS past FROM subscribers s JOIN tenants t ON t.id = s.tenant_id WHERE t.status = 'OFFBOARDED'`,
        params: [at(0)],
      },
      {
        kind: 'subscription_tokens',
        data: 'Confirmation, unsubscribe and preferences link tokens (hashes, tied to a subscriber)',
        rule: 'deleted once expired (hourly job), and with their subscriber',
        keepDays: null,
        sql: `SELECT COUNT(*) AS total, ${past('expires_at <= ?')} AS past FROM subscription_tokens`,
        params: [at(0)],
      },
      {
        kind: 'consent_records',
        data: 'Consent records (event, time, IP address, user agent) of subscriptions',
        rule: 'kept while the subscription exists, deleted with it',
        keepDays: null,
        sql: `SELECT COUNT(*) AS total, ${past('s.id IS NULL')} AS past FROM consent_records c LEFT JOIN subscribers s ON s.tenant_id = c.tenant_id AND s.id = c.subscriber_id`,
        params: [],
      },
      {
        kind: 'data_subject_requests.unverified',
        data: 'Data-subject requests never verified (address, details, country)',
        rule: `expire ${VERIFY_TTL_MS / DAY} days after receipt and their personal data is deleted (hourly job)`,
        keepDays: VERIFY_TTL_MS / DAY,
        sql: `SELECT COUNT(*) AS total, ${past('verify_expires_at <= ?')} AS past FROM data_subject_requests WHERE status = 'AWAITING_VERIFICATION'`,
        params: [at(0)],
      },
      {
        kind: 'data_subject_requests.ended',
        data: 'Personal data of data-subject requests that ended (completed, no data held, expired)',
        rule: `deleted ${KEEP_AFTER_END_MS / DAY} days after the request ended (hourly job)`,
        keepDays: KEEP_AFTER_END_MS / DAY,
        sql: `SELECT COUNT(*) AS total, ${past('ended_at <= ?')} AS past FROM data_subject_requests WHERE ended_at IS NOT NULL AND purged_at IS NULL`,
        params: [at(KEEP_AFTER_END_MS)],
      },
      {
        kind: 'data_subject_verify_mails',
        data: 'When a data-subject verification mail last went to an address (keyed hash of the address, no address)',
        rule: `deleted once its ${VERIFY_MAIL_INTERVAL_MS / 60_000} minutes of at most one such mail are over (hourly job)`,
        keepDays: 0,
        sql: `SELECT COUNT(*) AS total, ${past('mailed_at IS NULL OR mailed_at <= ?')} AS past FROM data_subject_verify_mails`,
        params: [at(VERIFY_MAIL_INTERVAL_MS)],
      },
      {
        kind: 'outbound_mail.sent',
        data: 'Mail sent or failed (recipient address; its body is dropped then) or kept in the outbox (recipient address, body)',
        rule: `deleted ${RETENTION.sentMailDays} days after it was written (hourly housekeeping)`,
        keepDays: RETENTION.sentMailDays,
        sql: `SELECT COUNT(*) AS total, ${past('created_at < ?')} AS past FROM outbound_mail WHERE state IN ('sent', 'failed', 'kept')`,
        params: [at(RETENTION.sentMailDays * DAY)],
      },
      {
        kind: 'outbound_mail.unsent',
        data: 'Mail still queued (recipient address, body)',
        rule: `sent by the mail worker; queued mail older than ${RETENTION.sentMailDays} days is stuck (no SMTP server, or its send job was lost) and needs an operator`,
        keepDays: RETENTION.sentMailDays,
        sql: `SELECT COUNT(*) AS total, ${past('created_at < ?')} AS past FROM outbound_mail WHERE state = 'queued'`,
        params: [at(RETENTION.sentMailDays * DAY)],
      },
      {
        kind: 'jobs.personal_payload',
        data: 'Job payloads holding personal data (public sign-ups, data-subject requests)',
        rule: 'blanked when the job is done',
        keepDays: 0,
        sql: `SELECT COUNT(*) AS total, ${past(`state = 'done' AND payload <> '{}'`)} AS past FROM jobs WHERE personal_data = 1 AND payload <> '{}'`,
        params: [],
      },
      {
        kind: 'jobs.finished',
        data: 'Finished jobs (results, errors; dead jobs may keep a personal payload)',
        rule: `done jobs deleted after ${RETENTION.doneJobDays} days, dead jobs after ${RETENTION.deadJobDays} (hourly housekeeping)`,
        keepDays: RETENTION.deadJobDays,
        sql: `SELECT COUNT(*) AS total, ${past(`(state = 'done' AND finished_at < ?) OR (state = 'dead' AND finished_at < ?)`)} AS past FROM jobs WHERE state IN ('done', 'dead')`,
        params: [at(RETENTION.doneJobDays * DAY), at(RETENTION.deadJobDays * DAY)],
      },
      {
        kind: 'web_access_log.ip',
        data: 'Full client IP addresses in the web access log',
        rule: `truncated to the network (IPv4 /24, IPv6 /48) after ${this.webLog.truncateDays} days (WEB_LOG_TRUNCATE_DAYS, hourly job)`,
        keepDays: this.webLog.truncateDays,
        sql: `SELECT COUNT(*) AS total, ${past('at < ?')} AS past FROM web_access_log WHERE ip_truncated = 0`,
        params: [at(this.webLog.truncateDays * DAY)],
      },
      {
        kind: 'web_access_log.rows',
        data: 'Web access log rows (network, user agent, path, time)',
        rule: `deleted after ${this.webLog.retentionDays} days (WEB_LOG_RETENTION_DAYS, hourly job)`,
        keepDays: this.webLog.retentionDays,
        sql: `SELECT COUNT(*) AS total, ${past('at < ?')} AS past FROM web_access_log`,
        params: [at(this.webLog.retentionDays * DAY)],
      },
      {
        kind: 'web_log_salts',
        data: 'Daily salts that tie visitor hashes to full addresses',
        rule: `deleted with the full addresses of their day, after ${this.webLog.truncateDays} days`,
        keepDays: this.webLog.truncateDays,
        sql: `SELECT COUNT(*) AS total, ${past('day < ?')} AS past FROM web_log_salts`,
        params: [day(this.webLog.truncateDays * DAY)],
      },
      {
        kind: 'sessions',
        data: 'Browser sessions of staff and operators (account, times of sign-in and last use, browser family and OS; the token only as a hash)',
        rule: `deleted when they end (sign-out, revocation, password change, suspension) and once expired, 8 hours or at most ${REMEMBERED_SESSION_TTL_MS / DAY} days after sign-in (hourly housekeeping)`,
        keepDays: REMEMBERED_SESSION_TTL_MS / DAY,
        sql: `SELECT COUNT(*) AS total, ${past('expires_at <= ?')} AS past FROM sessions`,
        params: [at(0)],
      },
      {
        kind: 'rate_limits',
        data: 'Rate-limit windows (keyed hashes of client addresses, counts)',
        rule: 'deleted a day after the window (hourly housekeeping)',
        keepDays: 1,
        sql: `SELECT COUNT(*) AS total, ${past('window_start < ?')} AS past FROM rate_limits`,
        params: [now.getTime() - DAY - GRACE_MS],
      },
      {
        kind: 'suppressions',
        data: 'Suppression entries (keyed hash of an address per customer, no address)',
        rule: 'kept while the customer exists, so an address that left is never mailed again without its consent',
        keepDays: null,
        sql: `SELECT COUNT(*) AS total, 0 AS past FROM suppressions`,
        params: [],
      },
      {
        kind: 'processing_log',
        data: 'Processing-log entries (no personal data; a keyed reference to the person for single-person operations)',
        rule: 'kept for the life of the platform: append-only and hash-chained, the evidence of what was processed',
        keepDays: null,
        sql: `SELECT COUNT(*) AS total, 0 AS past FROM processing_log`,
        params: [],
      },
    ];
  }

  /** Every kind with its counts as of `now`; pastRule counts rows older than the rule plus one hourly run. */
  async overview(_ctx: RequestContext, now = new Date()): Promise<RetentionStatus[]> {
    const kinds = this.kinds(now);
    const counts = await Promise.all(
      kinds.map((k) =>
        this.db
          .crossTenant("operator: the retention overview counts every tenant's rows")
          .query<Array<{ total: number | string | null; past: number | string | null }>>(k.sql, k.params),
      ),
    );
    return kinds.map((k, i) =>
      Object.assign(new RetentionStatus(), {
        kind: k.kind,
        data: k.data,
        rule: k.rule,
        keepDays: k.keepDays,
        rows: Number(counts[i][0]?.total ?? 0),
        pastRule: Number(counts[i][0]?.past ?? 0),
      }),
    );
  }
}
