import { DataCategory } from '../common/data-category';
import type { Database } from '../common/database';
import { BadInputError } from '../common/errors';
import type { RequestContext } from '../../tenants/request-context';
import { ProcessingPurpose } from '../common/enums';
import { validJustification } from '../processing/justification';
import type { ProcessingLogService } from '../processing/processing-log.service';
import { IpAddress } from './ip-address';
import type { WebAccessLookupArgs, WebTrafficArgs } from './web-log.inputs';
import { BrowserCount, PathCount, WebAccessEntry, WebTrafficDay } from './web-log.types';

const DAY = 86_400_000;
const TOP_PATHS = 10;
const MAX_SPAN_DAYS = 366;
/** rows truncated or deleted per statement (and per processing-log entry) */
export const WEB_LOG_BATCH = 5000;
/** rows truncated per statement: one CASE branch each */
const TRUNCATE_BATCH = 1000;

export interface WebLogRetention {
  truncateDays: number;
  retentionDays: number;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The web access log seen by operators: daily aggregates without any address, a look-up by address
 * only for purpose SECURITY with a justification (logged), and retention (addresses truncated after
 * `truncateDays`, rows deleted after `retentionDays`, the salts of the visitor hashes with the
 * addresses).
 */
export class WebLogService {
  constructor(
    private readonly db: Database,
    private readonly processingLog: ProcessingLogService,
    readonly retention: WebLogRetention,
  ) {}

  private range(
    from: Date | null | undefined,
    to: Date | null | undefined,
    defaultDays: number,
  ): { from: Date; to: Date } {
    const end = to ? new Date(to) : new Date();
    const start = from ? new Date(from) : new Date(end.getTime() - defaultDays * DAY);
    if (Number.isNaN(start.getTime())) throw new BadInputError('from is not a time', 'from');
    if (Number.isNaN(end.getTime())) throw new BadInputError('to is not a time', 'to');
    if (start.getTime() > end.getTime()) throw new BadInputError('from must not be after to', 'from');
    if (end.getTime() - start.getTime() > MAX_SPAN_DAYS * DAY)
      throw new BadInputError(`the range may span at most ${MAX_SPAN_DAYS} days`, 'from');
    return { from: start, to: end };
  }

  /** Daily traffic in [from, to): three statements whatever the number of days. */
  async daily(_ctx: RequestContext, args: WebTrafficArgs): Promise<WebTrafficDay[]> {
    const { from, to } = this.range(args.from, args.to, 7);
    const p = [this.db.param(from), this.db.param(to)];
    const where = 'WHERE at >= ? AND at < ?';
    const [totals, paths, browsers] = await Promise.all([
      this.db.query<
        Array<{
          day: string;
          requests: number | string;
          visitors: number | string;
          c4: number | string | null;
          c5: number | string | null;
        }>
      >(
        `SELECT day, COUNT(*) AS requests, COUNT(DISTINCT visitor) AS visitors,
                SUM(CASE WHEN status >= 400 AND status < 500 THEN 1 ELSE 0 END) AS c4,
                SUM(CASE WHEN status >= 500 THEN 1 ELSE 0 END) AS c5
         FROM web_access_log ${where} GROUP BY day ORDER BY day`,
        p,
      ),
      this.db.query<Array<{ day: string; path: string; n: number | string }>>(
        `SELECT day, path, n FROM (
           SELECT day, path, COUNT(*) AS n, ROW_NUMBER() OVER (PARTITION BY day ORDER BY COUNT(*) DESC, path) AS rn
           FROM web_access_log ${where} GROUP BY day, path
         ) ranked WHERE rn <= ${TOP_PATHS} ORDER BY day, n DESC, path`,
        p,
      ),
      this.db.query<Array<{ day: string; browser: string; n: number | string; v: number | string }>>(
        `SELECT day, browser, COUNT(*) AS n, COUNT(DISTINCT visitor) AS v FROM web_access_log ${where} GROUP BY day, browser ORDER BY day, n DESC, browser`,
        p,
      ),
    ]);
    const days = new Map<string, WebTrafficDay>();
    for (const t of totals) {
      days.set(
        t.day,
        Object.assign(new WebTrafficDay(), {
          day: t.day,
          requests: Number(t.requests),
          visitors: Number(t.visitors),
          clientErrors: Number(t.c4 ?? 0),
          serverErrors: Number(t.c5 ?? 0),
          topPaths: [],
          browsers: [],
        }),
      );
    }
    for (const r of paths)
      days.get(r.day)?.topPaths.push(Object.assign(new PathCount(), { path: r.path, requests: Number(r.n) }));
    for (const r of browsers)
      days.get(r.day)?.browsers.push(
        Object.assign(new BrowserCount(), {
          browser: r.browser,
          requests: Number(r.n),
          visitors: Number(r.v),
        }),
      );
    return [...days.values()];
  }

  /**
   * The requests of one address, for purpose SECURITY only (responding to an attack), with a written
   * justification. Logged in the processing log, without the address.
   */
  async lookup(ctx: RequestContext, args: WebAccessLookupArgs): Promise<WebAccessEntry[]> {
    if (args.purpose !== ProcessingPurpose.SECURITY) {
      throw new BadInputError(
        'purpose must be SECURITY: web access logs are looked at by address only to respond to attacks',
        'purpose',
      );
    }
    const why = validJustification(args.justification);
    const ip = IpAddress.normalize(args.ip);
    if (!ip) throw new BadInputError('ip is not an IPv4 or IPv6 address', 'ip');
    const first = args.first ?? 100;
    if (!Number.isInteger(first) || first < 1 || first > 1000)
      throw new BadInputError('first must be between 1 and 1000', 'first');
    const { from, to } = this.range(args.from, args.to, this.retention.retentionDays + 1);
    const rows: Array<{
      at: unknown;
      ip: string | null;
      ip_truncated: number | boolean;
      method: string;
      path: string;
      status: number | string;
      user_agent: string | null;
      browser: string;
    }> = await this.db.query(
      `SELECT at, ip, ip_truncated, method, path, status, user_agent, browser FROM web_access_log
         WHERE ip = ? AND at >= ? AND at < ? ORDER BY at DESC LIMIT ${first}`,
      [ip, this.db.param(from), this.db.param(to)],
    );
    // Nothing is returned before the entry is committed (appended on its own: group-committed).
    await this.processingLog.append(ctx, {
      tenantId: null,
      purpose: ProcessingPurpose.SECURITY,
      action: 'weblog.lookup',
      subjects: rows.length ? 1 : 0,
      dataCategories: [DataCategory.IP_ADDRESS, DataCategory.USER_AGENT],
      description: `Operator looked up the web access log entries of one client address (${rows.length} found) for SECURITY. Justification: ${why}`,
    });
    return rows.map((r) =>
      Object.assign(new WebAccessEntry(), {
        at: this.db.date(r.at)!,
        ip: r.ip,
        ipTruncated: Boolean(Number(r.ip_truncated)),
        method: r.method,
        path: r.path,
        status: Number(r.status),
        userAgent: r.user_agent,
        browser: r.browser,
      }),
    );
  }

  /**
   * Job: truncates the addresses of rows older than `truncateDays`, deletes the salts of those days
   * and the rows older than `retentionDays`. Each batch commits with its processing-log entry.
   */
  async maintain(
    ctx: RequestContext,
    now = new Date(),
  ): Promise<{ truncated: number; deleted: number; salts: number }> {
    const truncateBefore = new Date(now.getTime() - this.retention.truncateDays * DAY);
    const deleteBefore = new Date(now.getTime() - this.retention.retentionDays * DAY);
    let truncated = 0;
    for (;;) {
      const n = await this.db.transaction(async (em) => {
        const rows: Array<{ id: string; ip: string | null }> = await em.query(
          `SELECT id, ip FROM web_access_log WHERE ip_truncated = 0 AND at < ? ORDER BY at LIMIT ${TRUNCATE_BATCH}`,
          [this.db.param(truncateBefore)],
        );
        if (!rows.length) return 0;
        const cases = rows.map(() => 'WHEN ? THEN ?').join(' ');
        await em.query(
          `UPDATE web_access_log SET ip = CASE id ${cases} END, ip_truncated = 1 WHERE id IN (${rows.map(() => '?').join(', ')})`,
          [...rows.flatMap((r) => [r.id, r.ip ? IpAddress.truncate(r.ip) : null]), ...rows.map((r) => r.id)],
        );
        await this.processingLog.append(ctx, {
          tenantId: null,
          purpose: ProcessingPurpose.SECURITY,
          action: 'weblog.truncate',
          subjects: new Set(rows.map((r) => r.ip)).size,
          dataCategories: [DataCategory.IP_ADDRESS],
          description: `Client addresses of ${rows.length} web access log entries older than ${this.retention.truncateDays} days truncated to their network (IPv4 /24, IPv6 /48)`,
        });
        return rows.length;
      });
      truncated += n;
      if (n < TRUNCATE_BATCH) break;
    }
    // A salt goes once every address of its day is truncated: its hashes then point at nobody.
    const salts = await this.db.transaction(async (em) => {
      const [{ n }] = await em.query('SELECT COUNT(*) AS n FROM web_log_salts WHERE day < ?', [
        isoDay(truncateBefore),
      ]);
      if (Number(n)) await em.query('DELETE FROM web_log_salts WHERE day < ?', [isoDay(truncateBefore)]);
      return Number(n);
    });
    let deleted = 0;
    for (;;) {
      const n = await this.db.transaction(async (em) => {
        const ids: Array<{ id: string; visitor: string }> = await em.query(
          `SELECT id, visitor FROM web_access_log WHERE at < ? ORDER BY at LIMIT ${WEB_LOG_BATCH}`,
          [this.db.param(deleteBefore)],
        );
        if (!ids.length) return 0;
        await em.query(
          `DELETE FROM web_access_log WHERE id IN (${ids.map(() => '?').join(', ')})`,
          ids.map((r) => r.id),
        );
        await this.processingLog.append(ctx, {
          tenantId: null,
          purpose: ProcessingPurpose.SECURITY,
          action: 'weblog.purge',
          subjects: new Set(ids.map((r) => r.visitor)).size,
          dataCategories: [DataCategory.IP_ADDRESS, DataCategory.USER_AGENT],
          description: `${ids.length} web access log entries older than ${this.retention.retentionDays} days deleted`,
        });
        return ids.length;
      });
      deleted += n;
      if (n < WEB_LOG_BATCH) break;
    }
    return { truncated, deleted, salts };
  }
}
