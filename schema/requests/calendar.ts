/**
 * `date` plus `months` calendar months, in UTC, the day clamped to the target month's length:
 * 31 January + 1 month = 28 February (29 in a leap year), 31 March + 1 month = 30 April. The time
 * of day is kept. This is how Art. 12(3)'s "one month" is read (Regulation 1182/71, Art. 3(2)(c)).
 */
export function addCalendarMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return new Date(
    Date.UTC(
      y,
      m,
      day,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}
