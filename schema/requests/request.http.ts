import express from 'express';
import { formatDate, langOf, t, type Lang } from '../common/i18n';
import {
  escapeHtml as escape,
  linkActions,
  linkPageBody,
  linkToken,
  sendPublicPage,
  showLinkPage,
} from '../common/link-page';
import type { RouteMount } from '../common/module';
import type { RateLimiter } from '../common/rate-limiter';
import { RETENTION } from '../common/retention';
import type { RequestService } from './request.service';
import type { DataSubjectRequestView } from './request.types';

const DAY = 86_400_000;

/**
 * The data-subject request pages reached from a mail, in the person's language: verification (a GET
 * shows one button, the POST verifies) and the status page (read only).
 */
export function requestPages(
  requests: RequestService,
  limiter: RateLimiter,
  publicRateLimit: number,
): express.Router {
  const router = express.Router();
  router.use(linkPageBody());
  const act = linkActions(limiter, publicRateLimit);

  router.get('/requests/verify', (req, res) => showLinkPage(req, res, 'verify', '/requests/verify'));
  router.post('/requests/verify', (req, res) =>
    act(
      req,
      res,
      (ctx, token) => requests.verify(ctx, token),
      (v: DataSubjectRequestView, lang) => [
        t(lang, 'verify.doneTitle'),
        `<p>${escape(t(lang, 'verify.done', { reference: v.reference }))}</p>`,
      ],
    ),
  );
  router.get('/requests/status', async (req, res) => {
    const lang = langOf(req);
    const v = await requests.status(linkToken(req));
    if (!v) {
      sendPublicPage(
        req,
        res,
        404,
        t(lang, 'link.invalidTitle'),
        `<p>${escape(t(lang, 'status.invalid', { days: RETENTION.statusLinkGraceMs / DAY }))}</p>`,
      );
      return;
    }
    sendPublicPage(req, res, 200, t(lang, 'status.title', { reference: v.reference }), statusBody(lang, v));
  });
  return router;
}

/** The status page's body: the request, its state, and each organisation's answer. */
export function statusBody(lang: Lang, v: DataSubjectRequestView): string {
  const day = (d: Date | null) => (d ? escape(formatDate(lang, d)) : '');
  const rows = v.responses
    .map(
      (r) =>
        `<tr><td>${escape(r.controller)}</td><td>${escape(t(lang, `task.${r.status}`))}</td><td>${day(r.dueAt)}</td><td>${day(r.respondedAt)}</td><td>${escape(r.reason ?? '')}</td></tr>`,
    )
    .join('');
  const head = (
    ['status.organisation', 'status.answer', 'status.due', 'status.answered', 'status.reason'] as const
  )
    .map((k) => `<th scope="col">${escape(t(lang, k))}</th>`)
    .join('');
  return `<p>${escape(t(lang, 'status.summary', { right: t(lang, `right.${v.type}`), received: formatDate(lang, v.receivedAt), due: formatDate(lang, v.dueAt) }))}</p>
<p><strong>${escape(t(lang, 'status.state', { state: t(lang, `request.${v.status}`) }))}</strong></p>
${v.responses.length ? `<p>${escape(t(lang, 'status.answers', { count: v.responses.length }))}</p><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>` : ''}`;
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
