import express, { type NextFunction, type Request, type Response } from 'express';
import { RequestContext } from '../../tenants/request-context';
import { COUNTRY_CODES, validCountry } from '../common/country';
import { validEmail } from '../common/email';
import { MessageFormat, OptInMode } from '../common/enums';
import { AppError, BadInputError } from '../common/errors';
import { crossSiteReason } from '../common/http';
import { langOf, t, type Lang, type MessageKey } from '../common/i18n';
import { escapeHtml, sendPublicPage } from '../common/link-page';
import { clientNetwork, type RateLimiter } from '../common/rate-limiter';
import type { MailingList } from '../lists/mailing-list.entity';
import type { Tenant } from '../tenants/tenant.entity';
import type { SignupService } from './signup.service';
import type { PublicSubscribeInput } from './subscriber.inputs';

/** A sign-up form's body: a handful of short fields. Larger is refused with the form again. */
const BODY_LIMIT = '16kb';
/** What a name may not hold: control characters (CR, LF...), angle brackets, invisible reordering marks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NAME_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f<>\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

type Field = 'email' | 'name' | 'country' | 'format' | 'form';
type Errors = Partial<Record<Field, MessageKey>>;

/** What the person typed, as the form shows it again. */
interface Values {
  email: string;
  name: string;
  country: string;
  format: string;
  trackingConsent: boolean;
}

const EMPTY: Values = {
  email: '',
  name: '',
  country: '',
  format: MessageFormat.TEXT,
  trackingConsent: false,
};

const FIELD_STYLE =
  'display: block; width: 100%; box-sizing: border-box; font-size: 1rem; padding: .5rem; margin: .25rem 0 1rem';
const ERROR_STYLE = 'color: #a4000f; font-weight: 600; margin: -.5rem 0 1rem';

const countryMenus = new Map<Lang, Array<[string, string]>>();

/** The countries by their names in the person's language, sorted as that language sorts. */
function countries(lang: Lang): Array<[string, string]> {
  let menu = countryMenus.get(lang);
  if (!menu) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(lang);
    menu = COUNTRY_CODES.map((c): [string, string] => [c, names.of(c) ?? c]).sort((a, b) =>
      collator.compare(a[1], b[1]),
    );
    countryMenus.set(lang, menu);
  }
  return menu;
}

/** The path of a list's form, as the hosted page and the embed post to it. */
export const signupPath = (tenant: Tenant, list: MailingList): string =>
  `/subscribe/${encodeURIComponent(tenant.slug)}/${encodeURIComponent(list.name.toLowerCase())}`;

/**
 * The sign-up form: the consent wording (and its version, posted back so the ledger records the
 * wording the person read), email, name, country, format and the separate tracking consent, never
 * ticked in advance. Plain HTML: no script, every field labelled, each error tied to its field.
 * `prefix` keeps the ids apart from the page the embed is pasted into.
 */
export function signupForm(
  lang: Lang,
  tenant: Tenant,
  list: MailingList,
  opts: { action: string; prefix: string; embed: boolean; values?: Values; errors?: Errors },
): string {
  const v = opts.values ?? EMPTY;
  const errors = opts.errors ?? {};
  const id = (name: string) => `${opts.prefix}${name}`;
  const error = (field: Field) =>
    errors[field]
      ? `<p id="${id(`${field}-error`)}" style="${ERROR_STYLE}">${escapeHtml(t(lang, errors[field]))}</p>`
      : '';
  const described = (field: Field, help?: string) => {
    const ids = [errors[field] ? id(`${field}-error`) : '', help ?? ''].filter(Boolean).join(' ');
    return `${ids ? ` aria-describedby="${ids}"` : ''}${errors[field] ? ' aria-invalid="true"' : ''}`;
  };
  const listed = Object.values(errors);
  const alert = listed.length
    ? `<div role="alert" style="border: 2px solid #a4000f; padding: .5rem 1rem; margin-bottom: 1rem">
<p style="font-weight: 600; margin: .25rem 0">${escapeHtml(t(lang, 'signup.errorTitle'))}</p>
<ul style="margin: .25rem 0">${listed.map((k) => `<li>${escapeHtml(t(lang, k))}</li>`).join('')}</ul>
</div>`
    : '';
  const options = countries(lang)
    .map(
      ([code, name]) =>
        `<option value="${code}"${v.country === code ? ' selected' : ''}>${escapeHtml(name)}</option>`,
    )
    .join('');
  const radio = (format: MessageFormat, label: MessageKey) =>
    `<div><input type="radio" id="${id(`format-${format.toLowerCase()}`)}" name="format" value="${format}"${
      v.format === format ? ' checked' : ''
    }> <label for="${id(`format-${format.toLowerCase()}`)}">${escapeHtml(t(lang, label))}</label></div>`;
  return `${alert}
<form method="post" action="${escapeHtml(opts.action)}" accept-charset="utf-8">
${opts.embed ? '<input type="hidden" name="embed" value="1">' : ''}
<input type="hidden" name="consentVersion" value="${list.consentVersion}">
<h2 style="font-size: 1.1rem">${escapeHtml(t(lang, 'signup.consentTitle'))}</h2>
<p style="white-space: pre-line">${escapeHtml(list.consentWording)}</p>
<p style="font-size: .9rem">${escapeHtml(t(lang, 'signup.consentVersion', { version: list.consentVersion }))}</p>
<label for="${id('email')}">${escapeHtml(t(lang, 'signup.email'))}</label>
<input id="${id('email')}" name="email" type="email" autocomplete="email" required maxlength="254" value="${escapeHtml(v.email)}"${described('email')} style="${FIELD_STYLE}">
${error('email')}
<label for="${id('name')}">${escapeHtml(t(lang, 'signup.name'))}</label>
<input id="${id('name')}" name="name" type="text" autocomplete="name" maxlength="200" value="${escapeHtml(v.name)}"${described('name')} style="${FIELD_STYLE}">
${error('name')}
<label for="${id('country')}">${escapeHtml(t(lang, 'signup.country'))}</label>
<select id="${id('country')}" name="country" autocomplete="country"${described('country')} style="${FIELD_STYLE}">
<option value="">${escapeHtml(t(lang, 'signup.countryNone'))}</option>${options}
</select>
${error('country')}
<fieldset style="border: 0; padding: 0; margin: 0 0 1rem"${described('format')}>
<legend>${escapeHtml(t(lang, 'signup.format'))}</legend>
${radio(MessageFormat.TEXT, 'signup.formatText')}
${radio(MessageFormat.HTML, 'signup.formatHtml')}
${error('format')}
</fieldset>
<div style="margin: 0 0 1rem">
<input type="checkbox" id="${id('tracking')}" name="trackingConsent" value="yes"${v.trackingConsent ? ' checked' : ''} aria-describedby="${id('tracking-help')}">
<label for="${id('tracking')}">${escapeHtml(t(lang, 'signup.tracking'))}</label>
<p id="${id('tracking-help')}" style="font-size: .9rem; margin: .25rem 0 0">${escapeHtml(t(lang, 'signup.trackingHelp'))}</p>
</div>
<p style="font-size: .9rem">${escapeHtml(t(lang, list.optIn === OptInMode.SINGLE ? 'signup.singleNote' : 'signup.confirmNote'))}</p>
<button type="submit" style="font-size: 1rem; padding: .6rem 1.2rem">${escapeHtml(t(lang, 'signup.button'))}</button>
</form>`;
}

/** The hosted page around the form: the list's title (the heading), who runs it, its description. */
function formPage(lang: Lang, tenant: Tenant, list: MailingList, values?: Values, errors?: Errors): string {
  return `<p>${escapeHtml(t(lang, 'signup.intro', { organisation: tenant.name }))}</p>
${list.description ? `<p style="white-space: pre-line">${escapeHtml(list.description)}</p>` : ''}
${signupForm(lang, tenant, list, { action: signupPath(tenant, list), prefix: '', embed: false, values, errors })}`;
}

const field = (req: Request, name: string): string => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof v === 'string' ? v : '';
};

/** The form's fields, checked; each problem named by its field, in the catalogue's words. */
function readForm(req: Request): {
  values: Values;
  errors: Errors;
  input?: Omit<PublicSubscribeInput, 'tenant' | 'list'>;
} {
  const values: Values = {
    email: field(req, 'email').slice(0, 254),
    name: field(req, 'name').slice(0, 200),
    country: field(req, 'country').slice(0, 2),
    format: field(req, 'format') || MessageFormat.TEXT,
    trackingConsent: field(req, 'trackingConsent') === 'yes',
  };
  const errors: Errors = {};
  let email = '';
  try {
    if (field(req, 'email').length > 254) throw new BadInputError('too long', 'email');
    email = validEmail(values.email);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    errors.email = 'signup.errorEmail';
  }
  const name = field(req, 'name');
  if (name.length > 200 || NAME_FORBIDDEN.test(name)) errors.name = 'signup.errorName';
  let country: string | null = null;
  try {
    country = validCountry(field(req, 'country'));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    errors.country = 'signup.errorCountry';
  }
  if (values.format !== MessageFormat.TEXT && values.format !== MessageFormat.HTML)
    errors.format = 'signup.errorFormat';
  if (Object.keys(errors).length) {
    // what the form shows again: nothing of a refused field but the address (escaped)
    if (errors.name) values.name = '';
    if (errors.country) values.country = '';
    if (errors.format) values.format = MessageFormat.TEXT;
    return { values, errors };
  }
  return {
    values,
    errors,
    input: {
      email,
      name: name.trim() || null,
      country,
      format: values.format as MessageFormat,
      trackingConsent: values.trackingConsent,
      language: langOf(req),
    },
  };
}

/** The body parser, keeping its error (a body too large) for the handler instead of failing the request. */
function formBody() {
  const parse = express.urlencoded({ extended: false, limit: BODY_LIMIT, parameterLimit: 20 });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (err?: unknown) => {
      if (err) (req as Request & { bodyRefused?: boolean }).bodyRefused = true;
      next();
    });
}

/**
 * The public sign-up pages:
 *
 * - `GET /subscribe/:tenant/:list`: the form, in the person's language; 404 for no such list.
 * - `POST /subscribe/:tenant/:list`: the same service as GraphQL's `subscribe`. A valid form gets
 *   one answer whether or not the address exists: "check your inbox" for a double opt-in list (and
 *   for a tenant or list that does not exist), "you are subscribed if the address can receive
 *   mail" for a single opt-in one. The work happens in a job (SignupService), so the answer costs
 *   the same too. A refused field gets
 *   the form again with its error, and nothing is stored or sent.
 * - `GET /subscribe/:tenant/:list/embed`: the form as an HTML snippet to paste into another site.
 *
 * Cross-site POSTs. The hosted form is posted from this site's own page, so a POST whose `Origin` or
 * `Sec-Fetch-Site` says another site sent it is refused (403, the form again), as the API refuses a
 * cross-site session. The embed, though, lives on the customer's own site and posts here from there:
 * its form carries `embed=1`, and a cross-site POST with it is accepted. That is safe because the
 * POST needs no session and grants nothing by itself: on a double opt-in list it creates only a
 * pending sign-up and one confirmation mail (at most one per address and list in ten minutes), and
 * the person's use of that mail's link is the real check; the per-network rate limit applies to
 * every POST alike. (A single opt-in list takes whatever its own form is sent, by the customer's
 * choice; the embed changes nothing about that.)
 */
export function signupPages(
  signup: SignupService,
  limiter: RateLimiter,
  publicRateLimit: number,
  publicUrl: string,
): express.Router {
  const router = express.Router();
  const publicOrigin = new URL(publicUrl).origin;

  /**
   * Whether another site's page sent this POST. Every page here has `Referrer-Policy: no-referrer`,
   * under which a browser sends `Origin: null` with a form's POST, even to its own site: then
   * `Sec-Fetch-Site` alone tells (a browser too old to send it cannot be told apart, and is let
   * through: the double opt-in mail still guards the sign-up).
   */
  const crossSite = (req: Request): boolean => {
    if (req.headers.origin !== 'null') return crossSiteReason(req, publicOrigin) !== undefined;
    const site = req.headers['sec-fetch-site'];
    return site !== undefined && !['same-origin', 'none'].includes(String(site).toLowerCase());
  };

  const notFound = (req: Request, res: Response) => {
    const lang = langOf(req);
    sendPublicPage(
      req,
      res,
      404,
      t(lang, 'signup.notFoundTitle'),
      `<p>${escapeHtml(t(lang, 'signup.notFound'))}</p>`,
    );
  };

  router.get('/subscribe/:tenant/:list', async (req, res) => {
    const found = await signup.findList(String(req.params.tenant), String(req.params.list));
    if (!found) return notFound(req, res);
    const lang = langOf(req);
    sendPublicPage(req, res, 200, found.list.title, formPage(lang, found.tenant, found.list));
  });

  router.get('/subscribe/:tenant/:list/embed', async (req, res) => {
    const found = await signup.findList(String(req.params.tenant), String(req.params.list));
    if (!found) return notFound(req, res);
    const lang = langOf(req);
    const { tenant, list } = found;
    const snippet = `<!-- ${escapeHtml(list.title).replace(/--/g, '- -')}: sign-up form (Steward). Paste it into your page as it is. -->
<div lang="${lang}" class="steward-signup">
<h2>${escapeHtml(list.title)}</h2>
${list.description ? `<p style="white-space: pre-line">${escapeHtml(list.description)}</p>` : ''}
${signupForm(lang, tenant, list, {
  action: `${publicUrl}${signupPath(tenant, list)}`,
  prefix: 'steward-',
  embed: true,
})}
<p style="font-size: .9rem">${escapeHtml(t(lang, 'signup.embedNote', { organisation: tenant.name }))} <a href="${escapeHtml(publicUrl)}/privacy">${escapeHtml(t(lang, 'page.privacy'))}</a></p>
</div>
`;
    res.setHeader('cache-control', 'no-store');
    res.setHeader('content-language', lang);
    res.vary('Accept-Language');
    res.vary('Cookie');
    res
      .status(200)
      .type('text/plain; charset=utf-8')
      .send(snippet.replace(/\n{2,}/g, '\n'));
  });

  router.post('/subscribe/:tenant/:list', formBody(), async (req, res) => {
    const lang = langOf(req);
    const ctx = RequestContext.fromHttp(req, { kind: 'data_subject' });
    const tenantSlug = String(req.params.tenant);
    const listName = String(req.params.list);
    // The form again with its errors; for a list that does not exist, the not-found page.
    const again = async (status: number, values: Values, errors: Errors) => {
      const found = await signup.findList(tenantSlug, listName);
      if (!found) return notFound(req, res);
      sendPublicPage(
        req,
        res,
        status,
        found.list.title,
        formPage(lang, found.tenant, found.list, values, errors),
      );
    };
    try {
      await limiter.consume('public', clientNetwork(ctx.ip), publicRateLimit, 60_000);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      return sendPublicPage(
        req,
        res,
        429,
        t(lang, 'link.invalidTitle'),
        `<p role="alert">${escapeHtml(t(lang, 'link.rateLimited'))}</p>`,
      );
    }
    const embed = field(req, 'embed') === '1';
    if (!embed && crossSite(req)) return again(403, EMPTY, { form: 'signup.crossSite' });
    if ((req as Request & { bodyRefused?: boolean }).bodyRefused)
      return again(413, EMPTY, { form: 'signup.errorTooLarge' });
    const { values, errors, input } = readForm(req);
    if (!input) return again(400, values, errors);
    const shown = Number(field(req, 'consentVersion'));
    // The answer depends on the list's opt-in mode (which its form shows anyway), never on the address.
    const [found] = await Promise.all([
      signup.findList(tenantSlug, listName),
      signup.requestPublic(ctx, { ...input, tenant: tenantSlug, list: listName } as PublicSubscribeInput, {
        shownVersion: Number.isSafeInteger(shown) ? shown : null,
      }),
    ]);
    const single = found?.list.optIn === OptInMode.SINGLE;
    sendPublicPage(
      req,
      res,
      200,
      t(lang, single ? 'signup.singleSentTitle' : 'signup.sentTitle'),
      `<p>${escapeHtml(t(lang, single ? 'signup.singleSent' : 'signup.sent'))}</p>`,
    );
  });
  return router;
}
