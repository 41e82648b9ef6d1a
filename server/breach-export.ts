import express, { Request, Response } from 'express';
import type { BreachService } from '../schema/breaches/breach.service';
import type { UserService } from '../schema/users/user.service';
import { Access, assertAllowed } from '../tenants/permissions';
import { Principal, RequestContext } from '../tenants/request-context';
import { AppError } from './errors';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/**
 * `GET /breaches/:id/impacts.csv` with `Authorization: Bearer <operator token>`: an incident's
 * impacts, one row per controller, largest first. Errors answer as JSON with the contract's codes.
 */
export function breachExport(users: UserService, breaches: BreachService): express.Router {
  const router = express.Router();
  router.get('/breaches/:id/impacts.csv', async (req: Request, res: Response) => {
    try {
      let principal: Principal = { kind: 'anonymous' };
      let authError: string | undefined;
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (req.headers.authorization && !m) authError = 'The Authorization header must be "Bearer <token>"';
      if (m) {
        try {
          ({ principal } = await users.principalFromToken(m[1]));
        } catch {
          authError = 'The token is invalid or has expired; sign in again';
        }
      }
      const ctx = RequestContext.forRequest(
        principal,
        String(req.id),
        req.ip ?? null,
        req.headers['user-agent'] ?? null,
      );
      assertAllowed(Access.OPERATOR, ctx, authError);
      const { filename, csv } = await breaches.impactsCsv(ctx, String(req.params.id));
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${filename}"`);
      res.setHeader('cache-control', 'no-store');
      res.send(csv);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const code = String(err.extensions.code);
      if (code === 'UNAUTHENTICATED') res.setHeader('www-authenticate', 'Bearer');
      res.status(STATUS[code] ?? 400).json({ errors: [{ message: err.message, extensions: { code } }] });
    }
  });
  return router;
}
