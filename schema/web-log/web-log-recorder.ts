import { createHmac, randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../common/database';
import { isUniqueViolation, uniqueIndex } from '../common/errors';
import { newId } from '../common/ids';
import { scrub } from '../common/logger';
import { looksPersonal } from '../processing/processing-log.service';
import { browserFamily } from './browser-family';
import { IpAddress } from './ip-address';
import { WebLogSalt } from './web-log-salt.entity';

/** The one duplicate that means another process made the day's salt; any other is a real failure. */
const SALT_MADE = uniqueIndex(WebLogSalt, 'PRIMARY');

interface Pending {
  at: Date;
  ip: string | null;
  method: string;
  path: string;
  status: number;
  userAgent: string | null;
}

export interface WebLogRecorderOptions {
  /** rows written per flush at most, and the buffer size that triggers a flush at once */
  batch?: number;
  /** longest time a row waits in memory */
  flushEveryMs?: number;
  /** rows kept in memory while the database does not take them; beyond, rows are dropped and counted */
  maxBuffered?: number;
}

const COLUMNS = [
  'id',
  'at',
  'day',
  'ip',
  'ip_truncated',
  'visitor',
  'method',
  'path',
  'status',
  'user_agent',
  'browser',
];

/**
 * The path as it is logged: no query string (tokens travel there), tracking-pixel tokens replaced
 * by the route, any segment that looks like an address or IP replaced, at most 300 characters.
 */
export function loggedPath(originalUrl: string): string {
  let path = originalUrl.split(/[?#]/, 1)[0] || '/';
  if (path.startsWith('/o/')) path = '/o/:token.gif';
  if (looksPersonal(path) || /%40/i.test(path)) {
    path = path
      .split('/')
      .map((seg) => (looksPersonal(seg) || looksPersonal(safeDecode(seg)) ? ':redacted' : seg))
      .join('/');
  }
  return path.slice(0, 300);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Records every HTTP request (client address, user agent, method, path, status, time) in
 * `web_access_log` without slowing it: a request only pushes a small object into a buffer; the
 * buffer is written with multi-row INSERTs once a second or every `batch` rows, off the request
 * path, and once more on shutdown. Each row carries a visitor hash (HMAC of the address under a
 * random salt of the day) so distinct visitors can be counted after the addresses are truncated.
 */
export class WebLogRecorder {
  private buffer: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private readonly salts = new Map<string, string>();
  private readonly batch: number;
  private readonly flushEveryMs: number;
  private readonly maxBuffered: number;
  /** rows dropped because the database did not keep up (also in /metrics) */
  dropped = 0;
  onDrop?: (n: number) => void;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    opts: WebLogRecorderOptions = {},
  ) {
    this.batch = opts.batch ?? 500;
    this.flushEveryMs = opts.flushEveryMs ?? 1000;
    this.maxBuffered = opts.maxBuffered ?? 20_000;
  }

  /** Express middleware; records the request once the response is finished or the client went away. */
  middleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      const at = new Date();
      // Read now: once the connection is gone (a refused upload closes it) the socket is null.
      const ip = req.ip ?? req.socket.remoteAddress ?? null;
      res.once('close', () =>
        this.record({
          at,
          ip,
          method: req.method,
          path: req.originalUrl,
          // 499 (nginx's "client closed request"): the client left before the answer was complete
          status: res.writableFinished ? res.statusCode : 499,
          userAgent: req.headers['user-agent'] ?? null,
        }),
      );
      next();
    };
  }

  record(p: Pending): void {
    if (this.buffer.length >= this.maxBuffered) {
      this.dropped++;
      this.onDrop?.(1);
      return;
    }
    this.buffer.push(p);
    if (this.buffer.length >= this.batch && !this.flushing) void this.flush();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.flushEveryMs);
    this.timer.unref();
  }

  /** Stops the timer and writes what is buffered. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  /** Writes everything buffered so far (waits for a flush already running first). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (!this.buffer.length) return;
    this.flushing = this.write().finally(() => {
      this.flushing = null;
    });
    await this.flushing;
  }

  private async write(): Promise<void> {
    while (this.buffer.length) {
      const rows = this.buffer.splice(0, this.batch);
      try {
        const values: unknown[][] = [];
        for (const r of rows) {
          const ip = IpAddress.normalize(r.ip);
          const day = r.at.toISOString().slice(0, 10);
          const salt = await this.saltOf(day);
          values.push([
            newId(),
            r.at,
            day,
            ip,
            false,
            createHmac('sha256', salt)
              .update(ip ?? '')
              .digest('hex')
              .slice(0, 32),
            r.method.slice(0, 8),
            loggedPath(r.path),
            r.status,
            r.userAgent ? r.userAgent.slice(0, 300) : null,
            browserFamily(r.userAgent),
          ]);
        }
        await this.db.transaction((em) =>
          this.db.bulkInsert(em, 'web_access_log', COLUMNS, values, this.batch),
        );
      } catch (err) {
        // Kept for the next flush while there is room: a database hiccup must not lose the log.
        const room = this.maxBuffered - this.buffer.length;
        const kept = rows.slice(0, Math.max(0, room));
        this.buffer.unshift(...kept);
        if (rows.length > kept.length) {
          this.dropped += rows.length - kept.length;
          this.onDrop?.(rows.length - kept.length);
        }
        this.log.warn(
          { err: scrub((err as Error).message), rows: rows.length },
          'web access log flush failed',
        );
        return;
      }
    }
  }

  /** The day's salt: shared by every process through the database, made by the first that needs it. */
  private async saltOf(day: string): Promise<string> {
    const cached = this.salts.get(day);
    if (cached) return cached;
    const read = () => this.db.read((em) => em.findOneBy(WebLogSalt, { day }));
    let row = await read();
    if (!row) {
      try {
        await this.db.transaction((em) =>
          em.insert(WebLogSalt, { day, salt: randomBytes(32).toString('hex'), createdAt: new Date() }),
        );
      } catch (err) {
        if (!isUniqueViolation(err, SALT_MADE)) throw err;
      }
      row = await read();
    }
    if (!row) throw new Error(`no web log salt for ${day}`);
    if (this.salts.size > 4) this.salts.clear();
    this.salts.set(day, row.salt);
    return row.salt;
  }
}
