import type { Request } from 'express';
import { crossSiteReason, type Authenticated, type AuthenticateOptions } from '../../schema/common/http';
import { readSessionCookie } from '../../schema/users/session-cookie';
import { TenantSuspendedError, type UserService } from '../../schema/users/user.service';
import { type Account, type Principal, RequestContext } from '../../tenants/request-context';

export type { Authenticated } from '../../schema/common/http';
export { crossSiteReason } from '../../schema/common/http';

const BAD_HEADER = 'The Authorization header must be "Bearer <token>"';
const BAD_TOKEN = 'The token is invalid or has expired; sign in again';
const BAD_SESSION = 'The session is invalid, has ended or has expired; sign in again';

/**
 * The one authentication path, for GraphQL and every HTTP route -> principal -> RequestContext.
 *
 * - `Authorization: Bearer <token>`: a signed token. When it is sent, it alone counts (a session
 *   cookie beside it is ignored).
 * - Otherwise the `steward_session` cookie: a server-side session. It counts only for a request from
 *   this site's own pages (`Origin`, if sent, is PUBLIC_URL's origin; `Sec-Fetch-Site`, if sent, is
 *   `same-origin` or `none`) and, on an endpoint that takes JSON bodies, only with
 *   `Content-Type: application/json`. A cross-site request's cookie is ignored, so another site's
 *   page can never act with the person's session.
 *
 * No credential is an anonymous request; a malformed header, a forged, expired or revoked token or
 * session, and a cookie on a cross-site request are anonymous too, with the reason kept for the
 * access rule, so a public operation still works and a guarded one answers UNAUTHENTICATED with it.
 */
export async function authenticate(
  users: UserService,
  req: Request,
  opts: AuthenticateOptions & { publicOrigin: string },
): Promise<Authenticated> {
  let principal: Principal = { kind: 'anonymous' };
  let account: Account | null = null;
  let authError: string | undefined;
  const crossSite = crossSiteReason(req, opts.publicOrigin);
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) authError = BAD_HEADER;
    else {
      try {
        ({ principal, account } = await users.principalFromToken(m[1]));
      } catch (err) {
        authError = err instanceof TenantSuspendedError ? err.message : BAD_TOKEN;
      }
    }
  } else {
    const token = readSessionCookie(req.headers.cookie);
    if (token !== null) {
      if (crossSite) authError = `${crossSite}, so the session cookie does not count`;
      else if (opts.jsonBody && req.method === 'POST' && !req.is('application/json'))
        authError = 'A session cookie counts only with Content-Type: application/json';
      else {
        try {
          ({ principal, account } = await users.principalFromSession(token));
        } catch (err) {
          authError = err instanceof TenantSuspendedError ? err.message : BAD_SESSION;
        }
      }
    }
  }
  return { ctx: RequestContext.fromHttp(req, principal, account), authError, crossSite };
}
