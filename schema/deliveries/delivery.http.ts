import express from 'express';
import type { DeliveryService } from './delivery.service';

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The open-tracking image (only in mail to HTML subscribers who consented to tracking). */
export function deliveryPages(deliveries: DeliveryService): express.Router {
  const router = express.Router();
  router.get('/o/:token.gif', async (req, res) => {
    await deliveries.recordOpen(String(req.params.token)).catch(() => undefined);
    res.setHeader('cache-control', 'no-store, private');
    res.type('gif').send(PIXEL);
  });
  return router;
}
