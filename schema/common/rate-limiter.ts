import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Database } from './database';
import { RateLimitedError } from './errors';

/** Fixed-window hit counters, shared by every process through the database. */
@Entity('rate_limits')
export class RateLimitBucket {
  /** keyed hash of scope and key: the table never holds an IP or an address */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  bucket: string;

  @PrimaryColumn({ name: 'window_start', type: 'bigint' })
  windowStart: number;

  @Column({ type: 'int' })
  hits: number;
}

/**
 * The client a per-client limit counts: an IPv4 address as it is (also when written IPv4-mapped,
 * `::ffff:192.0.2.1`), an IPv6 address by its /64, since one subscriber line or host is given a
 * whole /64 and rotating inside it is free. Anything else (no address) is one shared "unknown".
 */
export function clientNetwork(ip: string | null | undefined): string {
  const raw = (ip ?? '')
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  if (isIPv4(raw)) return raw;
  if (!isIPv6(raw)) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  const groups = expandIPv6(raw);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, lower-case without leading zeros. */
function expandIPv6(ip: string): string[] {
  let text = ip.toLowerCase();
  // A trailing dotted IPv4 part is two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = text.slice(0, v4.index) + ((a << 8) | b).toString(16) + ':' + ((c << 8) | d).toString(16);
  }
  const [head, tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => parseInt(g, 16).toString(16));
}

export class RateLimiter {
  constructor(
    private readonly db: Database,
    private readonly key: string,
  ) {}

  private bucket(scope: string, key: string): string {
    return createHmac('sha256', this.key).update(`${scope}\u0000${key}`).digest('hex');
  }

  /** Counts one hit and returns the window's count so far (this hit included). */
  async hit(
    scope: string,
    key: string,
    windowMs: number,
    now = Date.now(),
  ): Promise<{ hits: number; retryAfter: number }> {
    const bucket = this.bucket(scope, key);
    const windowStart = now - (now % windowMs);
    const upsert =
      this.db.dialect === 'mysql'
        ? 'INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE hits = hits + 1'
        : 'INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1) ON CONFLICT (bucket, window_start) DO UPDATE SET hits = hits + 1';
    const hits = await this.db.transaction(async (em) => {
      await em.query(upsert, [bucket, windowStart]);
      const [row] = await em.query('SELECT hits FROM rate_limits WHERE bucket = ? AND window_start = ?', [
        bucket,
        windowStart,
      ]);
      return Number(row.hits);
    });
    return { hits, retryAfter: Math.ceil((windowStart + windowMs - now) / 1000) };
  }

  /** The window's count without adding to it. */
  async count(
    scope: string,
    key: string,
    windowMs: number,
    now = Date.now(),
  ): Promise<{ hits: number; retryAfter: number }> {
    const windowStart = now - (now % windowMs);
    const rows = await this.db.query('SELECT hits FROM rate_limits WHERE bucket = ? AND window_start = ?', [
      this.bucket(scope, key),
      windowStart,
    ]);
    return {
      hits: rows.length ? Number(rows[0].hits) : 0,
      retryAfter: Math.ceil((windowStart + windowMs - now) / 1000),
    };
  }

  /**
   * Counts a hit and throws RATE_LIMITED once the caller is over `limit` per `windowMs` (0:
   * unlimited). A sliding window: the previous window's hits count in proportion to how much of it
   * still overlaps the last `windowMs`, so a burst across a window boundary cannot get twice the limit.
   */
  async consume(
    scope: string,
    key: string,
    limit: number,
    windowMs: number,
    now = Date.now(),
  ): Promise<void> {
    if (limit <= 0) return;
    const { hits, retryAfter } = await this.hit(scope, key, windowMs, now);
    const previous = await this.count(scope, key, windowMs, now - windowMs);
    const overlap = 1 - (now % windowMs) / windowMs;
    if (hits + previous.hits * overlap > limit) throw new RateLimitedError(retryAfter);
  }

  /** Drops windows that ended more than a day ago. */
  async prune(now = Date.now()): Promise<number> {
    const r = await this.db.transaction((em) =>
      em
        .createQueryBuilder()
        .delete()
        .from(RateLimitBucket)
        .where('window_start < :t', { t: now - 86_400_000 })
        .execute(),
    );
    return r.affected ?? 0;
  }
}
