import { utcDay } from './list-counters';

describe('the counters day', () => {
  it('is the UTC day, whatever the local time zone', () => {
    expect(utcDay(new Date('2026-12-02T23:59:59.999Z'))).toBe('2026-12-02');
    expect(utcDay(new Date('2026-12-03T00:30:00+02:00'))).toBe('2026-12-02');
  });
});
