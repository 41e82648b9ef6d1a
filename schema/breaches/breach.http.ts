import express, { Request, Response } from 'express';
import { impactsCsv } from './breach-csv';
import type { BreachViews } from './breach-views';
import { Access, assertAllowed } from '../../tenants/permissions';
import { type Authenticate, sendError } from '../common/http';

/**
 * `GET /breaches/:id/impacts.csv` with `Authorization: Bearer <operator token>`: an incident's
 * impacts, one row per controller, largest first. Errors answer as JSON with the contract's codes.
 */
export function breachExport(authenticate: Authenticate, views: BreachViews): express.Router {
  const router = express.Router();
  router.get('/breaches/:id/impacts.csv', async (req: Request, res: Response) => {
    try {
      const { ctx, authError } = await authenticate(req);
      assertAllowed(Access.OPERATOR, ctx, authError);
      const incident = await views.get(ctx, String(req.params.id));
      const { filename, csv } = impactsCsv(incident, await views.impacts(ctx, incident));
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${filename}"`);
      res.setHeader('cache-control', 'no-store');
      res.send(csv);
    } catch (err) {
      sendError(res, err);
    }
  });
  return router;
}
