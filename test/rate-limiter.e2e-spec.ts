import 'reflect-metadata';
import { parseDatabaseUrl } from '../server/config';
import { Database, openDatabase } from '../server/database';
import { RateLimiter } from '../schema/common/rate-limiter';
import { freshDatabase, TestDatabase } from './support/test-db';

describe('RateLimiter (sliding window, shared through the database)', () => {
  let tdb: TestDatabase;
  let db: Database;
  let limiter: RateLimiter;
  const MIN = 60_000;
  const t0 = 1_800_000_000_000 - (1_800_000_000_000 % MIN); // the start of a window

  beforeAll(async () => {
    tdb = freshDatabase();
    db = await openDatabase(parseDatabaseUrl(tdb.url));
    limiter = new RateLimiter(db, 'test-key');
  });
  afterAll(async () => {
    await db.close();
    await tdb.drop();
  });

  const attempt = (key: string, now: number) =>
    limiter.consume('test', key, 3, MIN, now).then(
      () => 'ok',
      (e: { extensions?: { code?: string } }) => e.extensions?.code,
    );

  it('allows `limit` hits in a window and refuses the next', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await attempt('a', t0 + 1000 + i));
    expect(results).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
  });

  it('does not give a burst across a window boundary twice the limit', async () => {
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await attempt('b', t0 + MIN - 100 + i)); // end of one window
    results.push(await attempt('b', t0 + MIN + 100)); // start of the next
    expect(results).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
  });

  it('forgets hits once a whole window has passed', async () => {
    for (let i = 0; i < 3; i++) await attempt('c', t0 + 1000 + i);
    expect(await attempt('c', t0 + 2 * MIN + 1000)).toBe('ok');
  });

  it('keeps keys apart and never stores the key itself', async () => {
    for (let i = 0; i < 3; i++) await attempt('203.0.113.7', t0 + 5000 + i);
    expect(await attempt('203.0.113.8', t0 + 5010)).toBe('ok');
    const rows: Array<{ bucket: string }> = await db.query('SELECT bucket FROM rate_limits');
    expect(rows.some((r) => r.bucket.includes('203.0.113'))).toBe(false);
  });

  it('counts concurrent hits exactly', async () => {
    await Promise.all(Array.from({ length: 20 }, () => limiter.hit('test', 'd', MIN, t0 + 7000)));
    expect((await limiter.count('test', 'd', MIN, t0 + 7000)).hits).toBe(20);
  });
});
