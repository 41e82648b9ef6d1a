import type { TypedDocumentString } from '../gql/graphql';
import { t } from '../messages';

/** The contract's error codes (`extensions.code`). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

const CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

interface WireError {
  message?: string;
  extensions?: {
    code?: string;
    field?: string;
    fields?: Array<{ field: string; messages: string[] }>;
    retryAfter?: number;
    /** UNAUTHENTICATED at sign-in: the password was right, the account needs its one-time code */
    twoFactorRequired?: boolean;
    /** FORBIDDEN: the tenant requires two-factor authentication and this account has none yet */
    twoFactorSetupRequired?: boolean;
  };
}

/** What an error's extensions say beyond its code. */
export interface ErrorFlags {
  twoFactorRequired?: boolean;
  twoFactorSetupRequired?: boolean;
}

/** An answer of the API that is an error, with its contract code and, for bad input, the fields. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** messages per input field (the last part of the API's field path: `input.email` is `email`) */
    readonly fields: Record<string, string> = {},
    readonly retryAfter?: number,
    readonly flags: ErrorFlags = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Makes an API error from the first error of an answer. */
function fromWire(e: WireError | undefined): ApiError {
  const code = e?.extensions?.code && CODES.has(e.extensions.code) ? (e.extensions.code as ErrorCode) : null;
  if (!code || !e?.message) return new ApiError('INTERNAL_SERVER_ERROR', t.errors.unexpected);
  const fields: Record<string, string> = {};
  const last = (path: string) => path.split('.').pop() ?? path;
  if (e.extensions?.field) fields[last(e.extensions.field)] = e.message;
  for (const f of e.extensions?.fields ?? []) fields[last(f.field)] = f.messages.join('; ');
  const retryAfter = e.extensions?.retryAfter;
  const message = code === 'RATE_LIMITED' && retryAfter ? t.errors.retryIn(retryAfter) : e.message;
  return new ApiError(code, message, fields, retryAfter, {
    twoFactorRequired: e.extensions?.twoFactorRequired === true,
    twoFactorSetupRequired: e.extensions?.twoFactorSetupRequired === true,
  });
}

let onUnauthenticated: () => void = () => {};

/** Where a request that finds no valid session sends the person (set once by the app: to /login). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

let onTwoFactorSetupRequired: () => void = () => {};

/** Where a request refused until two-factor authentication is set up sends the person (to /account). */
export function setTwoFactorSetupHandler(handler: () => void): void {
  onTwoFactorSetupRequired = handler;
}

export interface RequestOptions {
  /** false for the requests that expect UNAUTHENTICATED as an answer (signing in, asking who is signed in) */
  redirectOnUnauthenticated?: boolean;
  signal?: AbortSignal;
}

/**
 * Runs one typed GraphQL operation against this server's /graphql with the session cookie. Errors
 * become ApiError with the contract's code; UNAUTHENTICATED sends the person to /login, FORBIDDEN
 * until a required two-factor authentication is set up sends them to /account.
 */
export async function gql<R, V>(
  document: TypedDocumentString<R, V>,
  variables?: V,
  opts: RequestOptions = {},
): Promise<R> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError('INTERNAL_SERVER_ERROR', t.errors.network);
  }
  let body: { data?: R | null; errors?: WireError[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError('INTERNAL_SERVER_ERROR', res.ok ? t.errors.notBuilt : t.errors.unexpected);
  }
  if (body.errors?.length) {
    const error = fromWire(body.errors[0]);
    if (error.code === 'UNAUTHENTICATED' && opts.redirectOnUnauthenticated !== false) onUnauthenticated();
    if (error.code === 'FORBIDDEN' && error.flags.twoFactorSetupRequired) onTwoFactorSetupRequired();
    throw error;
  }
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', t.errors.unexpected);
  return body.data;
}

/** The words to show for any error a request can throw. */
export const errorMessage = (err: unknown): string =>
  err instanceof ApiError
    ? err.message
    : err instanceof Error && err.name === 'AbortError'
      ? ''
      : t.errors.unexpected;
