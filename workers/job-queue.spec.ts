import { backoffMs } from './job-queue';

describe('backoffMs', () => {
  it('computes an exponential backoff with bounded jitter, capped at an hour', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(a, mid))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(backoffMs(0, mid)).toBe(1000);
    expect(backoffMs(40, mid)).toBe(3_600_000);
    expect(backoffMs(3, () => 0)).toBe(3200);
    expect(backoffMs(3, () => 0.999999)).toBe(4800);
    for (let i = 0; i < 200; i++) {
      const b = backoffMs(2);
      expect(b).toBeGreaterThanOrEqual(1600);
      expect(b).toBeLessThanOrEqual(2400);
    }
  });
});
