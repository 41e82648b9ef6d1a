import { once } from 'node:events';
import express, { Request, Response } from 'express';
import { ActorType, ProcessingPurpose } from '../common/enums';
import type { AuditService } from './audit.service';
import type { ProcessingLogEntry } from './processing-log-entry.entity';
import type { ProcessingLogFilter } from './processing-log.inputs';
import { csvLine } from '../common/csv';
import { recordOfProcessingDocument } from './record-of-processing.document';
import { Access, assertAllowed } from '../../tenants/permissions';
import { RequestContext } from '../../tenants/request-context';
import { BadInputError } from '../common/errors';
import { type Authenticate, sendError } from '../common/http';

const CSV_COLUMNS = [
  'seq',
  'at',
  'tenant_id',
  'actor_type',
  'actor_id',
  'purpose',
  'action',
  'subjects',
  'data_categories',
  'description',
  'prev_hash',
  'hash',
] as const;

function entryLine(e: ProcessingLogEntry): string {
  const v: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    seq: e.seq,
    at: e.at.toISOString(),
    tenant_id: e.tenantId,
    actor_type: e.actorType,
    actor_id: e.actorId,
    purpose: e.purpose,
    action: e.action,
    subjects: e.subjects,
    data_categories: e.dataCategories.join(';'),
    description: e.description,
    prev_hash: e.prevHash,
    hash: e.hash,
  };
  return csvLine(CSV_COLUMNS.map((c) => v[c]));
}

function jsonOf(e: ProcessingLogEntry): string {
  return JSON.stringify({
    id: e.id,
    seq: e.seq,
    at: e.at.toISOString(),
    tenantId: e.tenantId,
    actorType: e.actorType,
    actorId: e.actorId,
    purpose: e.purpose,
    action: e.action,
    subjects: e.subjects,
    dataCategories: e.dataCategories,
    description: e.description,
    prevHash: e.prevHash,
    hash: e.hash,
  });
}

const one = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function filterOf(req: Request): ProcessingLogFilter {
  const date = (name: string): Date | undefined => {
    const raw = one(req.query[name]);
    if (raw === undefined) return undefined;
    const d = new Date(raw);
    if (Number.isNaN(d.getTime())) throw new BadInputError(`${name} is not a time (ISO 8601)`, name);
    return d;
  };
  const purpose = one(req.query.purpose);
  if (purpose && !Object.values(ProcessingPurpose).includes(purpose as ProcessingPurpose))
    throw new BadInputError('purpose is not a processing purpose', 'purpose');
  const actorType = one(req.query.actorType);
  if (actorType && !Object.values(ActorType).includes(actorType as ActorType))
    throw new BadInputError('actorType is not an actor type', 'actorType');
  return {
    purpose: purpose as ProcessingPurpose | undefined,
    actorType: actorType as ActorType | undefined,
    from: date('from'),
    to: date('to'),
    action: one(req.query.action),
  };
}

/**
 * Downloads for auditors, with the same Bearer token and access rule as the API (operators, or a
 * user of the tenant in question):
 * - `GET /audit/processing-log.csv` and `.json` (`?tenantId=&purpose=&actorType=&from=&to=&action=`):
 *   a tenant's processing log (a tenant user: its own; an operator: the one named, or all),
 *   streamed in keyset batches;
 * - `GET /audit/record-of-processing/:tenantId`: the Art. 30(2) record as a Markdown document.
 */
export function auditRoutes(authenticate: Authenticate, audit: AuditService): express.Router {
  const router = express.Router();

  const contextOf = async (req: Request): Promise<RequestContext> => {
    const { ctx, authError } = await authenticate(req);
    assertAllowed(Access.OPERATOR_OR_TENANT_READ, ctx, authError);
    return ctx;
  };

  const fail = (res: Response, err: unknown) => sendError(res, err);

  const exportLog = (format: 'csv' | 'json') => async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    try {
      const ctx = await contextOf(req);
      const filter = filterOf(req);
      const tenantId = one(req.query.tenantId) ?? null;
      let started = false;
      const start = () => {
        if (started) return;
        started = true;
        const name = `processing-log-${(tenantId ?? ctx.tenantId ?? 'all').slice(0, 36)}-${new Date().toISOString().slice(0, 10)}.${format}`;
        res.status(200);
        res.setHeader(
          'content-type',
          format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        );
        res.setHeader('content-disposition', `attachment; filename="${name}"`);
        res.write(format === 'csv' ? CSV_COLUMNS.join(',') + '\r\n' : '[');
      };
      let count = 0;
      await audit.exportEntries(ctx, tenantId, filter, async (batch) => {
        start();
        const text =
          format === 'csv'
            ? batch.map(entryLine).join('')
            : batch.map((e) => (count++ ? ',\n' : '\n') + jsonOf(e)).join('');
        if (res.destroyed) throw new Error('client went away');
        if (!res.write(text)) await once(res, 'drain');
      });
      start();
      res.end(format === 'csv' ? '' : count ? '\n]\n' : ']\n');
    } catch (err) {
      fail(res, err);
    }
  };

  router.get('/processing-log.csv', exportLog('csv'));
  router.get('/processing-log.json', exportLog('json'));

  router.get('/record-of-processing/:tenantId', async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    try {
      const ctx = await contextOf(req);
      const record = await audit.recordOfProcessing(ctx, String(req.params.tenantId));
      res.setHeader('content-type', 'text/markdown; charset=utf-8');
      res.setHeader(
        'content-disposition',
        `attachment; filename="record-of-processing-${record.tenant.slug}-${record.generatedAt.toISOString().slice(0, 10)}.md"`,
      );
      res.send(recordOfProcessingDocument(record));
    } catch (err) {
      fail(res, err);
    }
  });
  return router;
}
