/** The one session cookie (README: "Session cookie"). */
export const SESSION_COOKIE = 'steward_session';

/** A session token as issued: 32 random bytes, base64url (43 characters). Anything else is no token. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function isSessionToken(value: string): boolean {
  return TOKEN.test(value);
}

/** The value of the session cookie in a Cookie header, or null when it has none. */
export function readSessionCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * The Set-Cookie value for a session: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * page makes the browser send it), the whole site, Secure when the site is served over https, and a
 * Max-Age equal to the session's lifetime. `maxAgeSeconds` 0 clears it.
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
