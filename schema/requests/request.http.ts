import express from 'express';
import {
  escapeHtml as escape,
  linkActions,
  linkButton,
  linkPage,
  linkPageBody,
  linkToken,
  showLinkPage,
} from '../common/link-page';
import type { RouteMount } from '../common/module';
import type { RateLimiter } from '../common/rate-limiter';
import { RETENTION } from '../common/retention';
import type { RequestService } from './request.service';
import type { DataSubjectRequestView } from './request.types';

/**
 * The data-subject request pages reached from a mail: verification (a GET shows one button, the
 * POST verifies) and the status page (read only).
 */
export function requestPages(
  requests: RequestService,
  limiter: RateLimiter,
  publicRateLimit: number,
): express.Router {
  const router = express.Router();
  router.use(linkPageBody());
  const act = linkActions(limiter, publicRateLimit);

  router.get('/requests/verify', (req, res) =>
    showLinkPage(
      res,
      'Verify your request',
      `<p>Press the button to confirm that you made this data protection request. We then forward it to every customer of ours that holds data about your address.</p>${linkButton('/requests/verify', linkToken(req), 'Verify my request')}`,
    ),
  );
  router.post('/requests/verify', (req, res) =>
    act(
      req,
      res,
      (ctx, token) => requests.verify(ctx, token),
      (v: DataSubjectRequestView) =>
        linkPage(
          'Request verified',
          `<p>Thank you. Your request ${escape(v.reference)} is verified and being forwarded; a message with a link to follow it is on its way.</p>`,
        ),
    ),
  );
  router.get('/requests/status', async (req, res) => {
    res.setHeader('cache-control', 'no-store');
    const v = await requests.status(linkToken(req));
    if (!v) {
      res
        .status(404)
        .type('html')
        .send(
          linkPage(
            'This link cannot be used',
            `<p>This link is invalid or has expired. A status link works until ${RETENTION.statusLinkGraceMs / 86_400_000} days after the last answer to the request, and at most as long after its latest possible due date; the answers themselves reached you by mail.</p>`,
          ),
        );
      return;
    }
    res.type('html').send(linkPage(`Your request ${v.reference}`, statusBody(v)));
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

/**
 * The module's routes entry. It names the services the pages need beyond the module's own (the
 * rate limiter and the public limit); the composition root supplies them all.
 */
export function requestRoutes(s: {
  requests: RequestService;
  limiter: RateLimiter;
  config: { publicRateLimit: number };
}): RouteMount[] {
  return [{ handler: requestPages(s.requests, s.limiter, s.config.publicRateLimit) }];
}
