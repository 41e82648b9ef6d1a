import { parse } from 'csv-parse/sync';

/** Parses a download as RFC 4180 CSV (quoted cells with doubled quotes, CRLF records). */
export function parseCsv(text: string): string[][] {
  return parse(text, { record_delimiter: '\r\n', relax_column_count: true }) as string[][];
}
