import express, { type NextFunction, type Request, type Response } from 'express';
import { RequestContext } from '../../tenants/request-context';
import { MessageFormat } from '../common/enums';
import { AppError, httpStatusOf } from '../common/errors';
import { crossSiteReason } from '../common/http';
import {
  DEFAULT_LANG,
  isLang,
  LANGUAGE_NAMES,
  LANGUAGES,
  langOf,
  readLangCookie,
  t,
  type Lang,
  type MessageKey,
} from '../common/i18n';
import { escapeHtml, linkToken, sendPublicPage } from '../common/link-page';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';
import type { PreferencesService } from './preferences.service';
import type { PreferencesInput, SubscriptionPreferences } from './preferences.types';
import { countries } from './signup.http';

/** The form's body: a handful of short fields and a box per list. Larger is refused. */
const BODY_LIMIT = '32kb';
const FIELD_STYLE =
  'display: block; width: 100%; box-sizing: border-box; font-size: 1rem; padding: .5rem; margin: .25rem 0 1rem';
const ERROR_STYLE = 'color: #a4000f; font-weight: 600; margin: -.5rem 0 1rem';

/** The page's words for a refused field (the API's error names the field). */
const FIELD_ERRORS: Record<string, MessageKey> = {
  name: 'signup.errorName',
  country: 'signup.errorCountry',
  format: 'signup.errorFormat',
  language: 'prefs.errorLanguage',
  trackingConsent: 'prefs.errorTracking',
  subscribeTo: 'prefs.errorLists',
  unsubscribeFrom: 'prefs.errorLists',
};

type Notice = { kind: 'saved' } | { kind: 'error'; field?: string; key: MessageKey };

/**
 * The page's language: the one the person picked on these pages (the cookie), else the one their
 * mail is written in (stored on the subscription), else their browser's.
 */
function pageLang(req: Request, stored: string | null): Lang {
  const cookie = readLangCookie(
    Array.isArray(req.headers.cookie) ? req.headers.cookie.join(';') : req.headers.cookie,
  );
  if (isLang(cookie)) return cookie;
  if (isLang(stored)) return stored;
  return langOf(req);
}

/** The form: the subscription's details, its language, tracking consent, the other lists, and leaving. */
function preferencesForm(lang: Lang, token: string, v: SubscriptionPreferences, notice?: Notice): string {
  const action = `/preferences?token=${encodeURIComponent(token)}`;
  const tokenField = `<input type="hidden" name="token" value="${escapeHtml(token)}">`;
  const err = notice?.kind === 'error' ? notice : undefined;
  const fieldError = (field: string) =>
    err?.field === field ||
    (field === 'lists' && (err?.field === 'subscribeTo' || err?.field === 'unsubscribeFrom'))
      ? `<p id="${field}-error" style="${ERROR_STYLE}">${escapeHtml(t(lang, err!.key))}</p>`
      : '';
  const described = (field: string, help?: string) => {
    const bad = fieldError(field) !== '';
    const ids = [bad ? `${field}-error` : '', help ?? ''].filter(Boolean).join(' ');
    return `${ids ? ` aria-describedby="${ids}"` : ''}${bad ? ' aria-invalid="true"' : ''}`;
  };
  const banner =
    notice?.kind === 'saved'
      ? `<p role="status" style="border: 2px solid #1a6e2e; padding: .5rem 1rem">${escapeHtml(t(lang, 'prefs.saved'))}</p>`
      : err
        ? `<div role="alert" style="border: 2px solid #a4000f; padding: .5rem 1rem; margin-bottom: 1rem">
<p style="font-weight: 600; margin: .25rem 0">${escapeHtml(t(lang, 'signup.errorTitle'))}</p>
<p style="margin: .25rem 0">${escapeHtml(t(lang, err.key))}</p>
</div>`
        : '';
  const countryOptions = countries(lang)
    .map(
      ([code, name]) =>
        `<option value="${code}"${v.country === code ? ' selected' : ''}>${escapeHtml(name)}</option>`,
    )
    .join('');
  const stored: Lang = isLang(v.language) ? v.language : DEFAULT_LANG;
  const languageOptions = LANGUAGES.map(
    (l) =>
      `<option value="${l}" lang="${l}"${l === stored ? ' selected' : ''}>${escapeHtml(LANGUAGE_NAMES[l])}</option>`,
  ).join('');
  const radio = (format: MessageFormat, label: MessageKey) =>
    `<div><input type="radio" id="format-${format.toLowerCase()}" name="format" value="${format}"${
      v.format === format ? ' checked' : ''
    }> <label for="format-${format.toLowerCase()}">${escapeHtml(t(lang, label))}</label></div>`;
  const others = v.lists.filter((l) => l.listId !== v.listId);
  const listBoxes = others
    .map((l, i) => {
      const help = [
        l.pending ? `<span id="list-${i}-pending"> (${escapeHtml(t(lang, 'prefs.pending'))})</span>` : '',
        !l.subscribed
          ? `<p id="list-${i}-wording" style="font-size: .9rem; white-space: pre-line; margin: .25rem 0 .75rem 1.6rem">${escapeHtml(l.consentWording)}</p>`
          : '',
      ];
      const describedBy = [l.pending ? `list-${i}-pending` : '', !l.subscribed ? `list-${i}-wording` : '']
        .filter(Boolean)
        .join(' ');
      return `<div style="margin: .25rem 0"><input type="checkbox" id="list-${i}" name="list" value="${escapeHtml(l.listId)}"${
        l.subscribed ? ' checked' : ''
      }${describedBy ? ` aria-describedby="${describedBy}"` : ''}> <label for="list-${i}">${escapeHtml(l.title)}</label>${help[0]}${help[1]}</div>`;
    })
    .join('\n');
  return `<p>${escapeHtml(t(lang, 'prefs.intro', { list: v.list, organisation: v.tenant, email: v.email }))}</p>
${banner}
<form method="post" action="${escapeHtml(action)}" accept-charset="utf-8">
${tokenField}
<label for="name">${escapeHtml(t(lang, 'signup.name'))}</label>
<input id="name" name="name" type="text" autocomplete="name" maxlength="200" value="${escapeHtml(v.name ?? '')}"${described('name')} style="${FIELD_STYLE}">
${fieldError('name')}
<label for="country">${escapeHtml(t(lang, 'signup.country'))}</label>
<select id="country" name="country" autocomplete="country"${described('country')} style="${FIELD_STYLE}">
<option value="">${escapeHtml(t(lang, 'signup.countryNone'))}</option>${countryOptions}
</select>
${fieldError('country')}
<fieldset style="border: 0; padding: 0; margin: 0 0 1rem"${described('format')}>
<legend>${escapeHtml(t(lang, 'signup.format'))}</legend>
${radio(MessageFormat.TEXT, 'signup.formatText')}
${radio(MessageFormat.HTML, 'signup.formatHtml')}
${fieldError('format')}
</fieldset>
<div style="margin: 0 0 1rem">
<input type="checkbox" id="tracking" name="trackingConsent" value="yes"${v.trackingConsent ? ' checked' : ''}${described('trackingConsent', 'tracking-help')}>
<label for="tracking">${escapeHtml(t(lang, 'signup.tracking'))}</label>
<p id="tracking-help" style="font-size: .9rem; margin: .25rem 0 0">${escapeHtml(t(lang, 'signup.trackingHelp'))}</p>
${fieldError('trackingConsent')}
</div>
<label for="language">${escapeHtml(t(lang, 'prefs.language'))}</label>
<select id="language" name="language"${described('language')} style="${FIELD_STYLE}">${languageOptions}</select>
${fieldError('language')}
${
  others.length
    ? `<fieldset style="border: 1px solid #ccc; padding: .5rem 1rem; margin: 0 0 1rem"${described('lists', 'lists-help')}>
<legend>${escapeHtml(t(lang, 'prefs.listsTitle', { organisation: v.tenant }))}</legend>
<p id="lists-help" style="font-size: .9rem; margin: .25rem 0 .5rem">${escapeHtml(t(lang, 'prefs.listsHelp'))}</p>
${listBoxes}
${fieldError('lists')}
</fieldset>`
    : ''
}
<button type="submit" style="font-size: 1rem; padding: .6rem 1.2rem">${escapeHtml(t(lang, 'prefs.save'))}</button>
</form>
<h2 style="font-size: 1.1rem; margin-top: 2rem">${escapeHtml(t(lang, 'prefs.unsubscribeTitle'))}</h2>
<form method="post" action="${escapeHtml(action)}">
${tokenField}
<input type="hidden" name="action" value="unsubscribe">
<p>${escapeHtml(t(lang, 'prefs.unsubscribeText', { list: v.list }))}</p>
<button type="submit" style="font-size: 1rem; padding: .6rem 1.2rem">${escapeHtml(t(lang, 'prefs.unsubscribeButton'))}</button>
</form>`;
}

const field = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

/** The boxes ticked under `name` (one value or several). */
const ticked = (req: Request, name: string): string[] => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
};

/** The body parser, keeping its error (a body too large) for the handler instead of failing the request. */
function formBody() {
  const parse = express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 300 });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (err?: unknown) => {
      if (err) (req as Request & { bodyRefused?: boolean }).bodyRefused = true;
      next();
    });
}

/**
 * The form's fields as the API's input. The boxes of the other lists say which the person wants:
 * those ticked and not yet joined are joined, those unticked and joined are left. Open tracking
 * goes only with HTML, so a plain-text choice sends a withdrawal (and the page never refuses it).
 */
function readForm(req: Request, v: SubscriptionPreferences): PreferencesInput {
  const format = field(req, 'format');
  const wanted = new Set(ticked(req, 'list'));
  const others = v.lists.filter((l) => l.listId !== v.listId);
  const known = new Set(others.map((l) => l.listId));
  return {
    name: field(req, 'name'),
    country: field(req, 'country'),
    format: format as MessageFormat,
    trackingConsent: format === MessageFormat.HTML && field(req, 'trackingConsent') === 'yes',
    language: field(req, 'language'),
    // a ticked id that is not one of this page's lists goes to the service, which refuses it
    subscribeTo: [...wanted].filter(
      (id) => !known.has(id) || !others.find((l) => l.listId === id)!.subscribed,
    ),
    unsubscribeFrom: others.filter((l) => l.subscribed && !wanted.has(l.listId)).map((l) => l.listId),
  };
}

/**
 * `GET /preferences?token=` shows the page and changes nothing (link scanners and mail previews
 * follow GETs); `POST /preferences` saves it, the same service as `updateSubscriptionPreferences`.
 * Plain HTML forms, no script; in the person's language (see `pageLang`). A POST is refused when
 * another site's page sent it (its Origin or Sec-Fetch-Site says so), and counts against the public
 * rate limit of its network. A token that cannot be used gets the one "invalid link" page, and a
 * refused field the form again with its error; either way nothing changed.
 */
export function preferencesPages(
  prefs: PreferencesService,
  limiter: RateLimiter,
  publicRateLimit: number,
  publicUrl: string,
): express.Router {
  const router = express.Router();
  const publicOrigin = new URL(publicUrl).origin;
  // As the sign-up form: under `Referrer-Policy: no-referrer` a browser's own-site POST says
  // `Origin: null`, and then Sec-Fetch-Site alone tells.
  const crossSite = (req: Request): boolean => {
    if (req.headers.origin !== 'null') return crossSiteReason(req, publicOrigin) !== undefined;
    const site = req.headers['sec-fetch-site'];
    return site !== undefined && !['same-origin', 'none'].includes(String(site).toLowerCase());
  };
  const invalid = (req: Request, res: Response, err: AppError) => {
    const lang = langOf(req);
    const key: MessageKey =
      err.extensions.code === 'BAD_USER_INPUT' || err.extensions.code === 'NOT_FOUND'
        ? 'link.invalid'
        : err.extensions.code === 'RATE_LIMITED'
          ? 'link.rateLimited'
          : 'link.failed';
    sendPublicPage(
      req,
      res,
      httpStatusOf(err),
      t(lang, 'link.invalidTitle'),
      `<p role="alert">${escapeHtml(t(lang, key))}</p>`,
    );
  };
  const show = (
    req: Request,
    res: Response,
    status: number,
    token: string,
    v: SubscriptionPreferences,
    notice?: Notice,
  ) => {
    const lang = pageLang(req, v.language);
    sendPublicPage(req, res, status, t(lang, 'prefs.title'), preferencesForm(lang, token, v, notice), lang);
  };

  router.get('/preferences', async (req, res) => {
    const token = String(req.query.token ?? '');
    try {
      show(req, res, 200, token, await prefs.view(token));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      invalid(req, res, err);
    }
  });

  router.post('/preferences', formBody(), async (req, res) => {
    const ctx = RequestContext.fromHttp(req, { kind: 'data_subject' });
    const token = linkToken(req);
    let view: SubscriptionPreferences;
    try {
      await limiter.consume('public', clientNetwork(ctx.ip), publicRateLimit, 60_000);
      view = await prefs.view(token);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return invalid(req, res, err);
    }
    if (crossSite(req)) return show(req, res, 403, token, view, { kind: 'error', key: 'form.crossSite' });
    if ((req as Request & { bodyRefused?: boolean }).bodyRefused)
      return show(req, res, 413, token, view, { kind: 'error', key: 'signup.errorTooLarge' });
    const leaving = field(req, 'action') === 'unsubscribe';
    try {
      const saved = await prefs.update(
        ctx,
        token,
        leaving ? { unsubscribeFrom: [view.listId] } : readForm(req, view),
      );
      if (leaving) {
        const lang = pageLang(req, view.language);
        return sendPublicPage(
          req,
          res,
          200,
          t(lang, 'unsubscribe.doneTitle'),
          `<p>${escapeHtml(t(lang, 'unsubscribe.done'))}</p>`,
          lang,
        );
      }
      show(req, res, 200, token, saved, { kind: 'saved' });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const f = (err.extensions as { field?: string }).field;
      if (err.extensions.code === 'BAD_USER_INPUT' && f && FIELD_ERRORS[f])
        return show(req, res, 400, token, view, { kind: 'error', field: f, key: FIELD_ERRORS[f] });
      if (err.extensions.code === 'CONFLICT')
        return show(req, res, 409, token, view, { kind: 'error', key: 'link.failed' });
      invalid(req, res, err);
    }
  });
  return router;
}
