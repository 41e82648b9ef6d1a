/**
 * One CSV line (RFC 4180): a cell with a comma, quote or line break is quoted. A cell that a
 * spreadsheet would run as a formula (= + - @, tab, carriage return first) gets a leading
 * apostrophe: names and titles come from public sign-up forms, and exports are opened in
 * spreadsheets (OWASP "CSV injection").
 */
export function csvLine(cells: Array<string | number | boolean | Date | null | undefined>): string {
  return (
    cells
      .map((c) => {
        if (c === null || c === undefined) return '';
        let s = c instanceof Date ? c.toISOString() : String(c);
        if (typeof c === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
        return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      })
      .join(',') + '\r\n'
  );
}
