import express from 'express';
import type { Database } from '../../schema/common/database';
import type { Metrics } from '../metrics';

/** Liveness, readiness (the database answers) and Prometheus metrics. */
export function opsRoutes(db: Database, metrics: Metrics): express.Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const ok = await db.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'database unavailable' });
  });
  router.get('/metrics', async (_req, res) => {
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  return router;
}
