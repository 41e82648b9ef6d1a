import type { Request, Response } from 'express';
import type { UserService } from '../../schema/users/user.service';
import { type Account, type Principal, RequestContext } from '../../tenants/request-context';
import { AppError, httpStatusOf } from '../../schema/common/errors';

export interface Authenticated {
  ctx: RequestContext;
  /** why a credential that was sent was refused; the access rule turns it into UNAUTHENTICATED */
  authError?: string;
}

const BAD_HEADER = 'The Authorization header must be "Bearer <token>"';
const BAD_TOKEN = 'The token is invalid or has expired; sign in again';

/**
 * The one authentication path, for GraphQL and every HTTP route: `Authorization: Bearer <token>` ->
 * principal -> RequestContext. No header is an anonymous request; a malformed header or a token that
 * is forged, expired or revoked is anonymous too, with the reason kept for the access rule, so a
 * public operation still works and a guarded one answers UNAUTHENTICATED with that reason.
 */
export async function authenticate(users: UserService, req: Request): Promise<Authenticated> {
  let principal: Principal = { kind: 'anonymous' };
  let account: Account | null = null;
  let authError: string | undefined;
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) authError = BAD_HEADER;
    else {
      try {
        ({ principal, account } = await users.principalFromToken(m[1]));
      } catch {
        authError = BAD_TOKEN;
      }
    }
  }
  return { ctx: RequestContext.fromHttp(req, principal, account), authError };
}

/**
 * Answers a non-GraphQL request that failed with an AppError as the API would: the contract's code in
 * `{ errors: [{ message, extensions: { code } }] }`, with its status from the one map, and
 * `WWW-Authenticate: Bearer` on 401. Anything else is rethrown for the error handler (a 500 without
 * details). A download already under way is cut short rather than left silently incomplete.
 */
export function sendError(res: Response, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (!(err instanceof AppError)) throw err;
  const status = httpStatusOf(err);
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  res.status(status).json({ errors: [{ message: err.message, extensions: { code: err.extensions.code } }] });
}
