import type { Request } from 'express';
import type { Authenticated } from '../../schema/common/http';
import type { UserService } from '../../schema/users/user.service';
import { type Account, type Principal, RequestContext } from '../../tenants/request-context';

export type { Authenticated } from '../../schema/common/http';

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
