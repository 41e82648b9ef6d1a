import express from 'express';
import { langOf, t, type Lang, type MessageKey, type MessageValues } from '../common/i18n';
import { escapeHtml, sendPublicPage } from '../common/link-page';
import { RETENTION } from '../common/retention';
import { REMEMBERED_SESSION_TTL_MS, SESSION_TTL_MS } from '../users/session.service';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The periods the notice states: the retention policy's, the web log's configuration, the session's lifetime. */
export interface PrivacyPeriods {
  webLogTruncateDays: number;
  webLogRetentionDays: number;
}

/** The privacy notice's body in one language; every number comes from where it is decided. */
export function privacyBody(lang: Lang, periods: PrivacyPeriods): string {
  const p = (key: MessageKey, values?: MessageValues) => escapeHtml(t(lang, key, values));
  const list = (items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  return `<p>${p('privacy.intro')}</p>
<h2 style="font-size: 1.1rem">${p('privacy.whatTitle')}</h2>
${list([p('privacy.whatSubscriber'), p('privacy.whatTracking'), p('privacy.whatRequest'), p('privacy.whatLogs')])}
<h2 style="font-size: 1.1rem">${p('privacy.keepTitle')}</h2>
${list([
  p('privacy.keepSubscriber'),
  p('privacy.keepPending', { days: RETENTION.confirmLinkMs / DAY }),
  p('privacy.keepMail', { days: RETENTION.sentMailDays }),
  p('privacy.keepJobs', { done: RETENTION.doneJobDays, dead: RETENTION.deadJobDays }),
  p('privacy.keepRequest', {
    verify: RETENTION.requestVerifyMs / DAY,
    after: RETENTION.requestKeepAfterEndMs / DAY,
  }),
  p('privacy.keepLogs', { truncate: periods.webLogTruncateDays, remove: periods.webLogRetentionDays }),
])}
<h2 style="font-size: 1.1rem">${p('privacy.cookiesTitle')}</h2>
${list([
  p('privacy.cookieSession', { hours: SESSION_TTL_MS / HOUR, days: REMEMBERED_SESSION_TTL_MS / DAY }),
  p('privacy.cookieLang'),
])}
<p>${p('privacy.noTracking')}</p>
<h2 style="font-size: 1.1rem">${p('privacy.rightsTitle')}</h2>
<p>${p('privacy.rights')}</p>`;
}

/**
 * `GET /privacy`: how the platform handles personal data, in the person's language. It reads
 * nothing and sets nothing; every public page's footer links here.
 */
export function privacyRoutes(periods: PrivacyPeriods): express.Router {
  const router = express.Router();
  router.get('/privacy', (req, res) => {
    const lang = langOf(req);
    sendPublicPage(req, res, 200, t(lang, 'privacy.title'), privacyBody(lang, periods));
  });
  return router;
}
