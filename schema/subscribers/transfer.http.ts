import { once } from 'node:events';
import express, { Request, Response } from 'express';
import { Access, assertAllowed } from '../../tenants/permissions';
import { BadInputError, PayloadTooLargeError } from '../common/errors';
import { type Authenticate, sendError } from '../common/http';
import { type ImportService, MAX_UPLOAD_BYTES } from './import.service';
import type { SubscriberExport } from './subscriber-export';

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined ||
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

/** One query parameter: a string, or undefined; a repeated parameter is bad input. */
function param(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new BadInputError(`${name} must be given once`, name);
  return v;
}

/**
 * A list's subscribers in and out as CSV, with the API's one authentication path (Bearer token, or
 * the session cookie of a request from this site's own pages):
 * - `POST /imports?listId=ID[&consentStatement=...]` (OWNER/ADMIN), the CSV as a `text/csv` body of
 *   at most 64 MiB: stored in pieces while it streams, then the same job as `importSubscribers`;
 *   answers `{"id": "<subscriberImport id>"}`. Over the limit: 413, nothing kept.
 * - `GET /exports/lists/:id/subscribers.csv` (any user of the tenant): the list's subscribers with
 *   their consent columns, streamed in pages, logged with purpose SERVICE_DELIVERY.
 * Errors answer as JSON with the contract's codes and the one status map.
 */
export function transferRoutes(
  authenticate: Authenticate,
  imports: ImportService,
  exporter: SubscriberExport,
): express.Router {
  const router = express.Router();

  router.post('/imports', async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    let reading = false;
    try {
      const { ctx, authError } = await authenticate(req);
      assertAllowed(Access.TENANT_WRITE, ctx, authError);
      const listId = (param(req, 'listId') ?? '').trim();
      if (!listId) throw new BadInputError('listId is required: POST /imports?listId=ID', 'listId');
      const consentStatement = param(req, 'consentStatement');
      if (!hasBody(req)) throw new BadInputError('The body is empty: send the CSV file as the body', 'csv');
      if (!req.is('text/csv')) throw new BadInputError('Content-Type must be text/csv', 'csv');
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES)
        throw new PayloadTooLargeError(MAX_UPLOAD_BYTES, 'csv');
      reading = true;
      // Not destroyed when the upload is refused half-way, so the answer can still be sent.
      const body = req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>;
      const started = await imports.startUpload(ctx, listId, body, consentStatement ?? null);
      res.status(200).json({ id: started.id });
    } catch (err) {
      // The client went away (an upload cut short): nobody to answer.
      if (req.socket.destroyed) return;
      // The rest of a refused body is not read: the connection closes after the answer.
      if (!reading || !req.complete) res.setHeader('connection', 'close');
      sendError(res, err);
    }
  });

  router.get('/exports/lists/:id/subscribers.csv', async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    try {
      const { ctx, authError } = await authenticate(req);
      assertAllowed(Access.TENANT_READ, ctx, authError);
      const list = await exporter.list(ctx, String(req.params.id));
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader(
        'content-disposition',
        `attachment; filename="${list.name.toLowerCase().replace(/[^a-z0-9_-]/g, '-')}-subscribers-${new Date().toISOString().slice(0, 10)}.csv"`,
      );
      res.write(exporter.header());
      const sent = { count: 0 };
      let complete = false;
      try {
        await exporter.pages(
          ctx,
          list,
          async (text) => {
            if (res.destroyed) throw new Error('client went away');
            if (!res.write(text)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
          },
          sent,
        );
        complete = true;
      } finally {
        await exporter.log(ctx, list, sent.count, complete);
      }
      res.end();
    } catch (err) {
      sendError(res, err);
    }
  });

  return router;
}
