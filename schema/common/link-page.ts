import express, { type Request, type Response } from 'express';
import { RequestContext } from '../../tenants/request-context';
import { AppError, httpStatusOf } from './errors';
import { dirOf, langOf, LANGUAGE_NAMES, LANGUAGES, t, type Lang, type MessageKey } from './i18n';
import { clientNetwork, type RateLimiter } from './rate-limiter';

/** Escapes text for HTML (element content and quoted attributes). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain, script-free page a person reaches from a mail link. */
export function linkPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1 style="font-size: 1.4rem">${escapeHtml(title)}</h1>
${body}
</body></html>`;
}

/**
 * A public page in a person's language: `lang` and `dir` on <html>, and a footer with the privacy
 * notice's link and a language menu. The menu is a plain GET form to `/language`, which remembers the
 * choice in `steward_lang` and sends the browser back to `here` (this page's own path and query).
 */
export function publicPage(lang: Lang, here: string, title: string, body: string): string {
  const options = LANGUAGES.map(
    (l) =>
      `<option value="${l}" lang="${l}"${l === lang ? ' selected' : ''}>${escapeHtml(LANGUAGE_NAMES[l])}</option>`,
  ).join('');
  return `<!doctype html>
<html lang="${lang}" dir="${dirOf(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 34rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1 style="font-size: 1.4rem">${escapeHtml(title)}</h1>
${body}
</main>
<footer style="margin-top: 3rem; padding-top: 1rem; border-top: 1px solid #ccc; font-size: .9rem">
<p>${escapeHtml(t(lang, 'page.footer'))} <a href="/privacy">${escapeHtml(t(lang, 'page.privacy'))}</a></p>
<form method="get" action="/language">
<input type="hidden" name="back" value="${escapeHtml(here)}">
<label for="steward-lang">${escapeHtml(t(lang, 'page.language'))}</label>
<select id="steward-lang" name="lang">${options}</select>
<button type="submit">${escapeHtml(t(lang, 'page.changeLanguage'))}</button>
</form>
</footer>
</body></html>`;
}

/** Sends a public page in the request's language, with the headers a per-language page needs. */
export function sendPublicPage(
  req: Request,
  res: Response,
  status: number,
  title: string,
  body: string,
  /** the page's language when the caller knows better than the request (the person's own) */
  lang: Lang = langOf(req),
): void {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-language', lang);
  res.vary('Accept-Language');
  res.vary('Cookie');
  res
    .status(status)
    .type('html')
    .send(publicPage(lang, req.originalUrl, title, body));
}

/** The message of an error on a link page, by its contract code, in the page's language. */
function errorText(lang: Lang, err: AppError): string {
  const key: MessageKey =
    err.extensions.code === 'BAD_USER_INPUT' || err.extensions.code === 'NOT_FOUND'
      ? 'link.invalid'
      : err.extensions.code === 'RATE_LIMITED'
        ? 'link.rateLimited'
        : 'link.failed';
  return t(lang, key);
}

/** The one button of a link page: it POSTs the token back to `action`. */
export function linkButton(action: string, token: string, label: string): string {
  return `<form method="post" action="${escapeHtml(action)}?token=${encodeURIComponent(token)}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit" style="font-size: 1rem; padding: .6rem 1.2rem">${escapeHtml(label)}</button>
</form>`;
}

/** The token of a link page's request: from the query (GET, one-click POST) or the form body. */
export const linkToken = (req: Request): string =>
  String(req.query.token ?? (req.body as { token?: string } | undefined)?.token ?? '');

/**
 * A GET that only shows a page with one button (link scanners and mail previews follow GETs):
 * its title, text and button come from the catalogue under `<page>.title`, `.text` and `.button`.
 */
export function showLinkPage(
  req: Request,
  res: Response,
  page: 'confirm' | 'unsubscribe' | 'verify',
  action: string,
): void {
  const lang = langOf(req);
  sendPublicPage(
    req,
    res,
    200,
    t(lang, `${page}.title`),
    `<p>${escapeHtml(t(lang, `${page}.text`))}</p>${linkButton(action, linkToken(req), t(lang, `${page}.button`))}`,
  );
}

/**
 * Builds the POST handlers of link pages: each runs its work as the data subject holding the link,
 * under the public rate limit (per client network), and answers with a page in the person's
 * language; an AppError becomes a page with its status from the one error map, anything else goes
 * to the error handler. `done` names the catalogue's title and text keys, or renders the page.
 */
export function linkActions(limiter: RateLimiter, publicRateLimit: number) {
  return async (
    req: Request,
    res: Response,
    work: (ctx: RequestContext, token: string) => Promise<unknown>,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page's work returns its own shape
    done: [MessageKey, MessageKey] | ((result: any, lang: Lang) => [string, string]),
  ): Promise<void> => {
    const lang = langOf(req);
    const ctx = RequestContext.fromHttp(req, { kind: 'data_subject' });
    try {
      await limiter.consume('public', clientNetwork(ctx.ip), publicRateLimit, 60_000);
      const result = await work(ctx, linkToken(req));
      const [title, body] =
        typeof done === 'function'
          ? done(result, lang)
          : [t(lang, done[0]), `<p>${escapeHtml(t(lang, done[1]))}</p>`];
      sendPublicPage(req, res, 200, title, body);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      sendPublicPage(
        req,
        res,
        httpStatusOf(err),
        t(lang, 'link.invalidTitle'),
        `<p>${escapeHtml(errorText(lang, err))}</p>`,
      );
    }
  };
}

/** The form bodies of link pages (the token), small. */
export const linkPageBody = () => express.urlencoded({ extended: false, limit: '4kb' });
