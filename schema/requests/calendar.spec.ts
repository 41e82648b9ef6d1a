import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { addCalendarMonths } from './calendar';

const at = (iso: string, months: number) => addCalendarMonths(new Date(iso), months).toISOString();

/** Days in each month, written out here rather than computed with Date. */
function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month];
}

describe('addCalendarMonths: "one month" of Art. 12(3), in UTC calendar months', () => {
  it.each([
    // the same day of the next month where there is one
    ['2026-05-15T12:00:00.000Z', 1, '2026-06-15T12:00:00.000Z'],
    ['2026-01-01T00:00:00.000Z', 1, '2026-02-01T00:00:00.000Z'],
    ['2026-02-28T09:30:00.000Z', 1, '2026-03-28T09:30:00.000Z'],
    // clamped to the last day of a shorter month
    ['2026-01-31T10:00:00.000Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2026-01-29T10:00:00.000Z', 1, '2026-02-28T10:00:00.000Z'],
    ['2026-03-31T23:59:59.999Z', 1, '2026-04-30T23:59:59.999Z'],
    ['2026-05-31T08:00:00.000Z', 1, '2026-06-30T08:00:00.000Z'],
    ['2026-08-31T08:00:00.000Z', 1, '2026-09-30T08:00:00.000Z'],
    ['2026-10-31T08:00:00.000Z', 1, '2026-11-30T08:00:00.000Z'],
    // February of a leap year has 29 days (2000 is one, 2100 is not)
    ['2028-01-31T10:00:00.000Z', 1, '2028-02-29T10:00:00.000Z'],
    ['2028-01-29T10:00:00.000Z', 1, '2028-02-29T10:00:00.000Z'],
    ['2000-01-31T00:00:00.000Z', 1, '2000-02-29T00:00:00.000Z'],
    ['2100-01-31T00:00:00.000Z', 1, '2100-02-28T00:00:00.000Z'],
    // a short month does not shorten the next one: 28 February + 1 is 28 March, not the 31st
    ['2027-02-28T00:00:00.000Z', 1, '2027-03-28T00:00:00.000Z'],
    // across the year
    ['2026-12-31T00:00:00.000Z', 1, '2027-01-31T00:00:00.000Z'],
    ['2026-12-15T06:00:00.000Z', 1, '2027-01-15T06:00:00.000Z'],
    // three months once extended (Art. 12(3)): clamped at the end, not counted month by month
    ['2026-11-30T08:00:00.000Z', 3, '2027-02-28T08:00:00.000Z'],
    ['2026-11-29T08:00:00.000Z', 3, '2027-02-28T08:00:00.000Z'],
    ['2027-11-30T08:00:00.000Z', 3, '2028-02-29T08:00:00.000Z'],
    ['2026-10-31T08:00:00.000Z', 3, '2027-01-31T08:00:00.000Z'],
    ['2026-05-31T08:00:00.000Z', 3, '2026-08-31T08:00:00.000Z'],
    // whole years and more
    ['2028-02-29T12:00:00.000Z', 12, '2029-02-28T12:00:00.000Z'],
    ['2028-02-29T12:00:00.000Z', 48, '2032-02-29T12:00:00.000Z'],
    ['2026-01-31T00:00:00.000Z', 25, '2028-02-29T00:00:00.000Z'],
    // zero months is the same instant; negative months count back, clamped the same way
    ['2026-01-31T10:11:12.131Z', 0, '2026-01-31T10:11:12.131Z'],
    ['2026-03-31T10:00:00.000Z', -1, '2026-02-28T10:00:00.000Z'],
    ['2026-01-15T10:00:00.000Z', -1, '2025-12-15T10:00:00.000Z'],
    ['2028-03-31T10:00:00.000Z', -1, '2028-02-29T10:00:00.000Z'],
  ])('%s plus %i month(s) is %s', (from, months, to) => {
    expect(at(from, months)).toBe(to);
  });

  it('keeps the time of day to the millisecond', () => {
    expect(at('2026-01-31T00:00:00.000Z', 1)).toBe('2026-02-28T00:00:00.000Z');
    expect(at('2026-01-31T23:59:59.999Z', 1)).toBe('2026-02-28T23:59:59.999Z');
    expect(at('2026-07-04T13:14:15.161Z', 2)).toBe('2026-09-04T13:14:15.161Z');
  });

  it('matches the calendar for every day of a four-year cycle, one and three months on', () => {
    const problems: string[] = [];
    for (let t = Date.UTC(2027, 0, 1, 17, 45); t < Date.UTC(2031, 0, 1); t += 86_400_000) {
      const from = new Date(t);
      for (const months of [1, 3]) {
        const total = from.getUTCMonth() + months;
        const year = from.getUTCFullYear() + Math.floor(total / 12);
        const month = total % 12;
        const day = Math.min(from.getUTCDate(), daysIn(year, month));
        const want = new Date(Date.UTC(year, month, day, 17, 45)).toISOString();
        const got = addCalendarMonths(from, months).toISOString();
        if (got !== want) problems.push(`${from.toISOString()} + ${months}: ${got}, not ${want}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is never shorter than 28 days nor longer than 31 for one month', () => {
    for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const days = (addCalendarMonths(new Date(t), 1).getTime() - t) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(28);
      expect(days).toBeLessThanOrEqual(31);
    }
  });

  it("counts in UTC, whatever the process's time zone", () => {
    // A time zone is fixed when a process starts, so each zone gets a process of its own that runs
    // this module (transpiled on the fly) and answers the cases below.
    const cases: Array<[string, number, string]> = [
      // Late on 31 January UTC is already 1 February in Kiritimati (UTC+14).
      ['2026-01-31T23:30:00.000Z', 1, '2026-02-28T23:30:00.000Z'],
      // Early on 1 March UTC is still 28 February in Los Angeles.
      ['2026-03-01T02:00:00.000Z', 1, '2026-04-01T02:00:00.000Z'],
      // Across the daylight-saving change in Europe (29 March 2026) the UTC time stays.
      ['2026-03-15T12:00:00.000Z', 1, '2026-04-15T12:00:00.000Z'],
      ['2026-10-31T23:30:00.000Z', 1, '2026-11-30T23:30:00.000Z'],
    ];
    const script = `
      const ts = require('typescript');
      const src = require('node:fs').readFileSync(${JSON.stringify(join(__dirname, 'calendar.ts'))}, 'utf8');
      const js = ts.transpileModule(src, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
      const m = { exports: {} };
      new Function('exports', 'module', 'require', js)(m.exports, m, require);
      const cases = ${JSON.stringify(cases.map(([from, months]) => [from, months]))};
      process.stdout.write(JSON.stringify({
        offset: new Date(cases[0][0]).getTimezoneOffset(),
        got: cases.map(([from, months]) => m.exports.addCalendarMonths(new Date(from), months).toISOString()),
      }));`;
    const offsets = new Set<number>();
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Berlin']) {
      const out = JSON.parse(
        execFileSync(process.execPath, ['-e', script], {
          cwd: join(__dirname, '..', '..'),
          env: { PATH: process.env.PATH ?? '', TZ: zone },
          encoding: 'utf8',
        }),
      ) as { offset: number; got: string[] };
      offsets.add(out.offset);
      expect({ zone, got: out.got }).toEqual({ zone, got: cases.map((c) => c[2]) });
    }
    // The zones really differed (else this would prove nothing).
    expect(offsets.size).toBe(4);
  });

  it('does not change the date it is given', () => {
    const from = new Date('2026-01-31T10:00:00.000Z');
    addCalendarMonths(from, 1);
    addCalendarMonths(from, -13);
    expect(from.toISOString()).toBe('2026-01-31T10:00:00.000Z');
  });
});
