import express from 'express';
import { linkActions, linkButton, linkPageBody, linkToken, showLinkPage } from '../common/link-page';
import type { RateLimiter } from '../common/rate-limiter';
import type { SubscriberService } from './subscriber.service';

/**
 * The confirm and unsubscribe pages reached from a mail. A GET only shows a page with one button:
 * link scanners and mail previews follow GETs, so a GET never changes anything. The POST does the
 * work; `POST /unsubscribe?token=` with `List-Unsubscribe=One-Click` is RFC 8058's one-click unsubscribe.
 */
export function subscriptionPages(
  subscribers: SubscriberService,
  limiter: RateLimiter,
  publicRateLimit: number,
): express.Router {
  const router = express.Router();
  router.use(linkPageBody());
  const act = linkActions(limiter, publicRateLimit);

  router.get('/confirm', (req, res) =>
    showLinkPage(
      res,
      'Confirm your subscription',
      `<p>Press the button to confirm that you want to receive this list's mail.</p>${linkButton('/confirm', linkToken(req), 'Confirm my subscription')}`,
    ),
  );
  router.post('/confirm', (req, res) =>
    act(req, res, (ctx, token) => subscribers.confirm(ctx, token), [
      'Subscription confirmed',
      'You are now subscribed. Every message has a link to leave again.',
    ]),
  );

  router.get('/unsubscribe', (req, res) =>
    showLinkPage(
      res,
      'Unsubscribe',
      `<p>Press the button to leave this list. Your address and details are then deleted from it.</p>${linkButton('/unsubscribe', linkToken(req), 'Unsubscribe')}`,
    ),
  );
  router.post('/unsubscribe', (req, res) =>
    act(req, res, (ctx, token) => subscribers.unsubscribe(ctx, token), [
      'You are unsubscribed',
      'Your address and details have been deleted from this list.',
    ]),
  );
  return router;
}
