import express, { type Request, type Response } from 'express';
import { ALTCHA_PAGE_CSP, altchaWidget } from '../altcha/altcha-widget';
import { AltchaError } from '../altcha/altcha.service';
import { AppError, BadInputError, httpStatusOf } from '../common/errors';
import type { Authenticate } from '../common/http';
import { formatDate, langOf, t, type Lang, type MessageKey } from '../common/i18n';
import { RightType } from '../common/enums';
import { clientNetwork } from '../common/rate-limiter';
import { RequestContext } from '../../tenants/request-context';
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
  authenticate: Authenticate,
  altcha = false,
): express.Router {
  const router = express.Router();
  // With ALTCHA on, the form's page carries the widget's script: a strict policy of its own.
  const formHeaders = (res: Response) => {
    noReferrerAcross(res);
    if (altcha) res.setHeader('content-security-policy', ALTCHA_PAGE_CSP);
  };
  router.use(['/requests/verify', '/requests/status'], linkPageBody());
  const act = linkActions(limiter, publicRateLimit);

  router.get('/requests/new', (req, res) => {
    const lang = langOf(req);
    formHeaders(res);
    sendPublicPage(req, res, 200, t(lang, 'form.title'), formBody(lang, {}, {}, altcha));
  });
  router.post('/requests/new', formBodyParser(altcha), async (req, res) => {
    const lang = langOf(req);
    formHeaders(res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const values: FormValues = {
      email: field(body.email),
      type: field(body.type),
      details: field(body.details),
      country: field(body.country),
    };
    const again = (status: number, errors: FormErrors) =>
      sendPublicPage(req, res, status, t(lang, 'form.title'), formBody(lang, values, errors, altcha));
    // Another site's page cannot send a request in someone's name (nor spend this network's limit).
    const { crossSite } = await authenticate(req);
    if (crossSite) {
      again(403, { form: 'form.crossSite' });
      return;
    }
    const ctx = RequestContext.fromHttp(req, { kind: 'data_subject' });
    try {
      await limiter.consume('public', clientNetwork(ctx.ip), publicRateLimit, 60_000);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      again(httpStatusOf(err), { form: 'link.rateLimited' });
      return;
    }
    const errors = formErrors(values);
    if (Object.keys(errors).length) {
      again(400, errors);
      return;
    }
    try {
      const receipt = await requests.submit(ctx, {
        email: values.email,
        type: values.type as RightType,
        details: values.details,
        country: values.country,
        language: lang,
        altcha: field(body.altcha) || null,
      });
      sendPublicPage(
        req,
        res,
        200,
        t(lang, 'form.sentTitle'),
        `<p role="status">${escape(t(lang, 'form.sent', { reference: receipt.reference }))}</p>`,
      );
    } catch (err) {
      if (err instanceof AltchaError) {
        again(400, { altcha: err.reason === 'missing' ? 'altcha.errorMissing' : 'altcha.errorInvalid' });
        return;
      }
      if (!(err instanceof BadInputError)) throw err;
      // What the checks above let through and the service still refuses, by its field.
      const f = (err.extensions as { field?: string }).field;
      again(
        400,
        f === 'email' || f === 'details' || f === 'country' || f === 'type'
          ? { [f]: FIELD_ERROR[f] }
          : { form: 'link.failed' },
      );
    }
  });

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
  const extended = v.responses
    .filter((r) => r.status === 'EXTENDED')
    .map(
      (r) =>
        `<p>${escape(
          r.reason
            ? t(lang, 'status.extendedWhy', {
                controller: r.controller,
                due: formatDate(lang, r.dueAt),
                reason: r.reason,
              })
            : t(lang, 'status.extendedTo', { controller: r.controller, due: formatDate(lang, r.dueAt) }),
        )}</p>`,
    )
    .join('');
  const holding = v.responses.filter((r) => r.lists?.length);
  const holdings = holding.length
    ? `<h2 style="font-size: 1.15rem">${escape(t(lang, 'status.holdingsTitle'))}</h2><ul>${holding
        .map(
          (r) =>
            `<li>${escape(t(lang, 'status.holdings', { controller: r.controller, lists: r.lists!.join(', ') }))}</li>`,
        )
        .join('')}</ul>`
    : '';
  return `<p>${escape(t(lang, 'status.summary', { right: t(lang, `right.${v.type}`), received: formatDate(lang, v.receivedAt), due: formatDate(lang, v.dueAt) }))}</p>
<p><strong>${escape(t(lang, 'status.state', { state: t(lang, `request.${v.status}`) }))}</strong></p>
${v.responses.length ? `<p>${escape(t(lang, 'status.answers', { count: v.responses.length }))}</p><div style="overflow-x: auto" tabindex="0" role="region" aria-label="${escape(t(lang, 'status.answer'))}"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>` : ''}
${extended}${holdings}`;
}

/**
 * The module's routes entry. It names the services the pages need beyond the module's own (the
 * rate limiter and the public limit); the composition root supplies them all.
 */
export function requestRoutes(s: {
  requests: RequestService;
  limiter: RateLimiter;
  authenticate: Authenticate;
  altcha: { enabled: boolean };
  config: { publicRateLimit: number };
}): RouteMount[] {
  return [
    {
      handler: requestPages(
        s.requests,
        s.limiter,
        s.config.publicRateLimit,
        s.authenticate,
        s.altcha.enabled,
      ),
    },
  ];
}

/**
 * The form's body: form-urlencoded, up to 64 KiB (2000 characters of details, percent-encoded, fit
 * well). A larger or malformed body is not an error page: the form comes back with its error.
 */
const urlencoded = express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 20 });
const formBodyParser = (altcha: boolean) => (req: Request, res: Response, next: (err?: unknown) => void) =>
  urlencoded(req, res, (err?: unknown) => {
    if (!err) return next();
    const lang = langOf(req);
    noReferrerAcross(res);
    if (altcha) res.setHeader('content-security-policy', ALTCHA_PAGE_CSP);
    const status = (err as { status?: number }).status ?? 400;
    sendPublicPage(
      req,
      res,
      status >= 400 && status < 500 ? status : 400,
      t(lang, 'form.title'),
      formBody(lang, {}, { details: 'form.errorDetails' }, altcha),
    );
  });

/**
 * The form's page has no token in its address, so it may say where it is to its own site: with
 * helmet's `no-referrer` a browser sends `Origin: null` on the form's POST, which the cross-site
 * check (rightly) refuses. `same-origin` sends the real Origin to this site and nothing elsewhere.
 */
const noReferrerAcross = (res: Response) => res.setHeader('referrer-policy', 'same-origin');

type FormValues = { email: string; type: string; details: string; country: string };
type FormErrors = Partial<Record<keyof FormValues | 'altcha' | 'form', MessageKey>>;

const RIGHTS = Object.values(RightType);
const FIELD_ERROR: Record<keyof FormValues, MessageKey> = {
  email: 'form.errorEmail',
  type: 'form.errorRight',
  details: 'form.errorDetails',
  country: 'form.errorCountry',
};
/** The most characters of a field the form reads back (larger ones are refused, never echoed). */
const FIELD_MAX = { email: 254, type: 16, details: 2000, country: 2 } as const;
/** Control characters other than the line breaks and tabs a textarea sends. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Something that reads as an HTML tag: the details go into mails to the controllers' DPOs. */
const TAG = /<\s*[A-Za-z/!?]/;

/** One form field as text: an array (a repeated name) or anything else counts as empty. */
const field = (v: unknown): string => (typeof v === 'string' ? v.slice(0, 4000) : '');

/** The form's own checks, before the service's: each field's error key. */
function formErrors(v: FormValues): FormErrors {
  const e: FormErrors = {};
  const email = v.email.trim();
  if (
    !email ||
    email.length > FIELD_MAX.email ||
    /[\s<>]/.test(email) ||
    CONTROL.test(email) ||
    !/^[^@]+@[^@]+\.[^@]+$/.test(email)
  )
    e.email = FIELD_ERROR.email;
  if (!RIGHTS.includes(v.type as RightType)) e.type = FIELD_ERROR.type;
  if (v.details.trim().length > FIELD_MAX.details || CONTROL.test(v.details) || TAG.test(v.details))
    e.details = FIELD_ERROR.details;
  if (v.country.trim() && !/^[A-Za-z]{2}$/.test(v.country.trim())) e.country = FIELD_ERROR.country;
  return e;
}

/**
 * The request form: each right explained in plain words, then email, the right (a radio group),
 * details and country. Errors are announced: a summary with role=alert, and each field's own
 * message tied to it by aria-describedby (aria-invalid set).
 */
export function formBody(lang: Lang, v: Partial<FormValues>, errors: FormErrors, altcha = false): string {
  const err = (name: keyof FormValues | 'altcha') =>
    errors[name]
      ? `<p id="${name}-error" style="color: #b00020; margin: .25rem 0">${escape(t(lang, errors[name]!))}</p>`
      : '';
  const described = (name: keyof FormValues, hint?: string) => {
    const ids = [hint, errors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ');
    return `${ids ? ` aria-describedby="${ids}"` : ''}${errors[name] ? ' aria-invalid="true"' : ''}`;
  };
  // Only what fits a field is shown again (an oversized or hostile value is not echoed back).
  const back = (name: keyof FormValues) => {
    const x = v[name] ?? '';
    return x.length > FIELD_MAX[name] || CONTROL.test(x) ? '' : x;
  };
  const keys = Object.keys(errors) as Array<keyof FormErrors>;
  const summary = keys.length
    ? `<div role="alert" style="border: 2px solid #b00020; padding: .5rem 1rem; margin-bottom: 1rem"><p><strong>${escape(t(lang, 'form.errorTitle'))}</strong></p><ul>${keys
        .map((k) => `<li>${escape(t(lang, errors[k]!))}</li>`)
        .join('')}</ul></div>`
    : '';
  const explain = RIGHTS.map(
    (r) =>
      `<dt><strong>${escape(t(lang, `right.${r}`))}</strong></dt><dd style="margin: 0 0 .5rem 0">${escape(t(lang, `form.explain.${r}`))}</dd>`,
  ).join('');
  const radios = RIGHTS.map(
    (r) =>
      `<div><input type="radio" id="type-${r}" name="type" value="${r}"${v.type === r ? ' checked' : ''} required${described('type')}> <label for="type-${r}">${escape(t(lang, `right.${r}`))}</label></div>`,
  ).join('');
  const input = 'display: block; width: 100%; box-sizing: border-box; font: inherit; padding: .4rem';
  return `${summary}<p>${escape(t(lang, 'form.intro'))}</p>
<h2 style="font-size: 1.15rem">${escape(t(lang, 'form.rightsTitle'))}</h2>
<dl>${explain}</dl>
<form method="post" action="/requests/new" novalidate>
<p><label for="email">${escape(t(lang, 'form.email'))}</label>
<input type="email" id="email" name="email" autocomplete="email" required maxlength="254" value="${escape(back('email'))}" style="${input}"${described('email')}>${err('email')}</p>
<fieldset style="border: 1px solid #ccc; padding: .5rem 1rem"${described('type')}><legend>${escape(t(lang, 'form.right'))}</legend>${radios}${err('type')}</fieldset>
<p><label for="details">${escape(t(lang, 'form.details'))}</label>
<span id="details-hint" style="display: block; font-size: .9rem">${escape(t(lang, 'form.detailsHint'))}</span>
<textarea id="details" name="details" rows="5" maxlength="2000" style="${input}"${described('details', 'details-hint')}>${escape(back('details'))}</textarea>${err('details')}</p>
<p><label for="country">${escape(t(lang, 'form.country'))}</label>
<span id="country-hint" style="display: block; font-size: .9rem">${escape(t(lang, 'form.countryHint'))}</span>
<input type="text" id="country" name="country" autocomplete="country" maxlength="2" value="${escape(back('country'))}" style="${input}; max-width: 6rem"${described('country', 'country-hint')}>${err('country')}</p>
${altcha ? `${altchaWidget(lang, '')}${err('altcha')}` : ''}
<p><button type="submit" style="font-size: 1rem; padding: .6rem 1.2rem">${escape(t(lang, 'form.submit'))}</button></p>
</form>`;
}
