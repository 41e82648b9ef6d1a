import express, { Request, Response } from 'express';
import type { DeliveryService } from '../deliveries/delivery.service';
import { STATUS_LINK_GRACE_MS, type RequestService } from '../requests/request.service';
import type { DataSubjectRequestView } from '../requests/request.types';
import type { SubscriberService } from './subscriber.service';
import { RequestContext } from '../../tenants/request-context';
import { AppError, httpStatusOf } from '../common/errors';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1 style="font-size: 1.4rem">${escape(title)}</h1>
${body}
</body></html>`;
}

function button(action: string, token: string, label: string): string {
  return `<form method="post" action="${escape(action)}?token=${encodeURIComponent(token)}">
<input type="hidden" name="token" value="${escape(token)}">
<button type="submit" style="font-size: 1rem; padding: .6rem 1.2rem">${escape(label)}</button>
</form>`;
}

/**
 * The pages a person reaches from an email. A GET only shows a page with one button: link
 * scanners and mail previews follow GETs, so a GET never changes anything. The POST does the work;
 * `POST /unsubscribe?token=` with `List-Unsubscribe=One-Click` is RFC 8058's one-click unsubscribe.
 */
export function linkPages(
  subscribers: SubscriberService,
  deliveries: DeliveryService,
  requests: RequestService,
  limiter: RateLimiter,
  publicRateLimit: number,
): express.Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '4kb' }));
  const tokenOf = (req: Request) =>
    String(req.query.token ?? (req.body as { token?: string } | undefined)?.token ?? '');
  const ctxOf = (req: Request) => RequestContext.fromHttp(req, { kind: 'data_subject' });

  const act = async (
    req: Request,
    res: Response,
    work: (ctx: RequestContext, token: string) => Promise<unknown>,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page's work returns its own shape
    done: [string, string] | ((result: any) => string),
  ) => {
    res.setHeader('cache-control', 'no-store');
    const ctx = ctxOf(req);
    try {
      await limiter.consume('public', clientNetwork(ctx.ip), publicRateLimit, 60_000);
      const result = await work(ctx, tokenOf(req));
      res
        .status(200)
        .type('html')
        .send(typeof done === 'function' ? done(result) : page(done[0], `<p>${escape(done[1])}</p>`));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      res
        .status(httpStatusOf(err))
        .type('html')
        .send(page('This link cannot be used', `<p>${escape(err.message)}.</p>`));
    }
  };

  router.get('/confirm', (req, res) => {
    res.setHeader('cache-control', 'no-store');
    res
      .type('html')
      .send(
        page(
          'Confirm your subscription',
          `<p>Press the button to confirm that you want to receive this list's mail.</p>${button('/confirm', tokenOf(req), 'Confirm my subscription')}`,
        ),
      );
  });
  router.post('/confirm', (req, res) =>
    act(req, res, (ctx, token) => subscribers.confirm(ctx, token), [
      'Subscription confirmed',
      'You are now subscribed. Every message has a link to leave again.',
    ]),
  );

  router.get('/unsubscribe', (req, res) => {
    res.setHeader('cache-control', 'no-store');
    res
      .type('html')
      .send(
        page(
          'Unsubscribe',
          `<p>Press the button to leave this list. Your address and details are then deleted from it.</p>${button('/unsubscribe', tokenOf(req), 'Unsubscribe')}`,
        ),
      );
  });
  router.post('/unsubscribe', (req, res) =>
    act(req, res, (ctx, token) => subscribers.unsubscribe(ctx, token), [
      'You are unsubscribed',
      'Your address and details have been deleted from this list.',
    ]),
  );
  // Data-subject requests: verification (one button) and the status page (read only).
  router.get('/requests/verify', (req, res) => {
    res.setHeader('cache-control', 'no-store');
    res
      .type('html')
      .send(
        page(
          'Verify your request',
          `<p>Press the button to confirm that you made this data protection request. We then forward it to every customer of ours that holds data about your address.</p>${button('/requests/verify', tokenOf(req), 'Verify my request')}`,
        ),
      );
  });
  router.post('/requests/verify', (req, res) =>
    act(
      req,
      res,
      (ctx, token) => requests.verify(ctx, token),
      (v: DataSubjectRequestView) =>
        page(
          'Request verified',
          `<p>Thank you. Your request ${escape(v.reference)} is verified and being forwarded; a message with a link to follow it is on its way.</p>`,
        ),
    ),
  );
  router.get('/requests/status', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    const v = await requests.status(tokenOf(req));
    if (!v) {
      res
        .status(404)
        .type('html')
        .send(
          page(
            'This link cannot be used',
            `<p>This link is invalid or has expired. A status link works until ${STATUS_LINK_GRACE_MS / 86_400_000} days after the last answer to the request, and at most as long after its latest possible due date; the answers themselves reached you by mail.</p>`,
          ),
        );
      return;
    }
    res.type('html').send(page(`Your request ${v.reference}`, statusBody(v)));
  });

  // The open-tracking image (only in mail to HTML subscribers who consented to tracking).
  router.get('/o/:token.gif', async (req, res) => {
    await deliveries.recordOpen(String(req.params.token)).catch(() => undefined);
    res.setHeader('cache-control', 'no-store, private');
    res.type('gif').send(PIXEL);
  });
  return router;
}

const STATUS_WORDS: Record<string, string> = {
  AWAITING_VERIFICATION: 'waiting for you to verify it',
  ROUTING: 'verified; finding the organisations that hold data about you',
  ROUTED: 'forwarded; waiting for the answers',
  COMPLETED: 'answered by every organisation',
  NO_DATA_HELD: 'no organisation holds data about this address',
  EXPIRED: 'never verified, so it lapsed',
};

function statusBody(v: DataSubjectRequestView): string {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
  const rows = v.responses
    .map(
      (r) =>
        `<tr><td>${escape(r.controller)}</td><td>${escape(r.status)}</td><td>${day(r.dueAt)}</td><td>${day(r.respondedAt)}</td><td>${escape(r.reason ?? '')}</td></tr>`,
    )
    .join('');
  return `<p>Your request for ${escape(v.type.toLowerCase())} received ${day(v.receivedAt)}: <strong>${escape(STATUS_WORDS[v.status] ?? v.status)}</strong>. Answers are due by ${day(v.dueAt)}.</p>
${v.responses.length ? `<table><tr><th>Organisation</th><th>Status</th><th>Due</th><th>Answered</th><th>Reason</th></tr>${rows}</table>` : ''}`;
}

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
