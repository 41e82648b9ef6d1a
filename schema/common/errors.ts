import { getMetadataArgsStorage } from 'typeorm';
import { GraphQLError } from 'graphql';

/** The contract's error codes (`extensions.code`); nothing else reaches a client. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one map from a contract code to the HTTP status of a non-GraphQL answer (downloads, pages). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** The HTTP status for an error: its contract code's, or 500 for anything that is not an AppError. */
export function httpStatusOf(err: unknown): number {
  if (!(err instanceof AppError)) return 500;
  if (err instanceof PayloadTooLargeError) return 413;
  return HTTP_STATUS[err.extensions.code as ErrorCode] ?? 500;
}

/** An error whose message and code are meant for the caller. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first: send a valid token as `Authorization: Bearer <token>`') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, field?: string) {
    super('BAD_USER_INPUT', message, field ? { field } : {});
  }
}

/** BAD_USER_INPUT for a request body over its limit; a non-GraphQL answer says 413. */
export class PayloadTooLargeError extends BadInputError {
  constructor(limitBytes: number, field?: string) {
    super(`The body is larger than ${limitBytes / 1048576} MiB; nothing was kept`, field);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests; try again in ${retryAfterSeconds} s`, {
      retryAfter: retryAfterSeconds,
    });
  }
}

/** A unique index (or the primary key) as the engines name it in their errors. */
export interface UniqueIndex {
  table: string;
  name: string;
  columns: string[];
}

/**
 * The unique index `name` declared on `entity` (`@Index(name, [...], { unique: true })`), or its
 * primary key for `'PRIMARY'`, read from the entity's decorators: a race check names the one index
 * whose violation means "someone else did it", and the name cannot drift from the entity's.
 */
export function uniqueIndex(entity: abstract new (...args: never[]) => object, name: string): UniqueIndex {
  const meta = getMetadataArgsStorage();
  const table = meta.tables.find((t) => t.target === entity)?.name;
  if (!table) throw new Error(`uniqueIndex: ${entity.name} is not an entity with a table name`);
  const columns = meta.columns.filter((c) => c.target === entity);
  const dbName = (property: string) => {
    const c = columns.find((x) => x.propertyName === property);
    if (!c) throw new Error(`uniqueIndex: ${entity.name}.${property} is not a column`);
    return c.options.name ?? property;
  };
  if (name === 'PRIMARY') {
    const primary = columns
      .filter((c) => c.mode === 'regular' && c.options.primary)
      .map((c) => dbName(c.propertyName));
    if (!primary.length) throw new Error(`uniqueIndex: ${entity.name} has no primary key`);
    return { table, name, columns: primary };
  }
  const index = meta.indices.find((i) => i.target === entity && i.name === name);
  if (!index || !index.unique || !Array.isArray(index.columns)) {
    throw new Error(`uniqueIndex: ${entity.name} declares no unique index ${name}`);
  }
  return { table, name, columns: index.columns.map(dbName) };
}

/**
 * True only for a violation of `index` itself, on either engine. Any other duplicate (another unique
 * index, a processing-log seq, a primary key a caller did not name) is a real failure that must
 * propagate so the work is retried, never taken for a harmless race.
 */
export function isUniqueViolation(err: unknown, index: UniqueIndex): boolean {
  const e = err as { code?: string; message?: string; driverError?: { code?: string; message?: string } };
  const code = e?.driverError?.code ?? e?.code;
  const message = String(e?.driverError?.message ?? e?.message ?? '');
  if (code === 'ER_DUP_ENTRY') {
    // MariaDB: "... for key 'ux_name'"; MySQL 8: "... for key 'table.ux_name'".
    const key = /for key '([^']+)'$/.exec(message)?.[1];
    return key !== undefined && (key === index.name || key === `${index.table}.${index.name}`);
  }
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    // "UNIQUE constraint failed: table.col1, table.col2" names the columns, not the index.
    const failed = /constraint failed: (.+)$/.exec(message)?.[1]?.split(', ');
    if (!failed) return false;
    const want = index.columns.map((c) => `${index.table}.${c}`);
    return failed.length === want.length && want.every((c) => failed.includes(c));
  }
  return false;
}
