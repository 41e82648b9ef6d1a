import express from 'express';
import { t, type Lang } from '../common/i18n';
import { escapeHtml, linkActions, linkPageBody, showLinkPage } from '../common/link-page';
import type { RateLimiter } from '../common/rate-limiter';
import type { SubscriberService } from './subscriber.service';

/**
 * The confirm and unsubscribe pages reached from a mail, in the person's language. A GET only shows
 * a page with one button: link scanners and mail previews follow GETs, so a GET never changes
 * anything. The POST does the work; `POST /unsubscribe?token=` with `List-Unsubscribe=One-Click` is
 * RFC 8058's one-click unsubscribe.
 */
export function subscriptionPages(
  subscribers: SubscriberService,
  limiter: RateLimiter,
  publicRateLimit: number,
): express.Router {
  const router = express.Router();
  // Only its own paths: a router-wide parser would parse (and cap at 4 KiB) every later route's
  // body (the sign-up and request forms read their own, with larger limits).
  router.use(['/confirm', '/unsubscribe'], linkPageBody());
  const act = linkActions(limiter, publicRateLimit);

  router.get('/confirm', (req, res) => showLinkPage(req, res, 'confirm', '/confirm'));
  router.post('/confirm', (req, res) =>
    act(
      req,
      res,
      (ctx, token) => subscribers.confirmWithPreferences(ctx, token),
      // The welcome page: what happens next, how to change it (the subscription's new preferences
      // link), and how to leave.
      (preferences: string, lang: Lang) => [
        t(lang, 'welcome.title'),
        `<p>${escapeHtml(t(lang, 'welcome.next'))}</p>
<p>${escapeHtml(t(lang, 'prefs.link'))} <a href="/preferences?token=${encodeURIComponent(preferences)}">${escapeHtml(t(lang, 'prefs.title'))}</a></p>
<p>${escapeHtml(t(lang, 'welcome.leave'))}</p>`,
      ],
    ),
  );

  router.get('/unsubscribe', (req, res) => showLinkPage(req, res, 'unsubscribe', '/unsubscribe'));
  router.post('/unsubscribe', (req, res) =>
    act(req, res, (ctx, token) => subscribers.unsubscribe(ctx, token), [
      'unsubscribe.doneTitle',
      'unsubscribe.done',
    ]),
  );
  return router;
}
