/**
 * Text a spreadsheet may run as a formula: starting with = + - @ (or their full-width forms, which
 * some spreadsheets fold), or with a tab, carriage return or line feed, possibly after spaces.
 */
const FORMULA = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

/**
 * One CSV cell (RFC 4180): text is quoted with quotes doubled; numbers and booleans go bare; a Date
 * is its ISO 8601 text. Text that a spreadsheet would run as a formula (`FORMULA`) gets a leading apostrophe, in every cell: names and titles come from public sign-up forms, and
 * exports are opened in spreadsheets (OWASP "CSV injection").
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV line of cells, ended by CRLF. */
export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
