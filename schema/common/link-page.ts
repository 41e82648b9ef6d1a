import express, { type Request, type Response } from 'express';
import { RequestContext } from '../../tenants/request-context';
import { AppError, httpStatusOf } from './errors';
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

/** A GET that only shows a page with one button (link scanners and mail previews follow GETs). */
export function showLinkPage(res: Response, title: string, body: string): void {
  res.setHeader('cache-control', 'no-store');
  res.type('html').send(linkPage(title, body));
}

/**
 * Builds the POST handlers of link pages: each runs its work as the data subject holding the link,
 * under the public rate limit (per client network), and answers with a page; an AppError becomes
 * a page with its status from the one error map, anything else goes to the error handler.
 */
export function linkActions(limiter: RateLimiter, publicRateLimit: number) {
  return async (
    req: Request,
    res: Response,
    work: (ctx: RequestContext, token: string) => Promise<unknown>,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page's work returns its own shape
    done: [string, string] | ((result: any) => string),
  ): Promise<void> => {
    res.setHeader('cache-control', 'no-store');
    const ctx = RequestContext.fromHttp(req, { kind: 'data_subject' });
    try {
      await limiter.consume('public', clientNetwork(ctx.ip), publicRateLimit, 60_000);
      const result = await work(ctx, linkToken(req));
      res
        .status(200)
        .type('html')
        .send(typeof done === 'function' ? done(result) : linkPage(done[0], `<p>${escapeHtml(done[1])}</p>`));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      res
        .status(httpStatusOf(err))
        .type('html')
        .send(linkPage('This link cannot be used', `<p>${escapeHtml(err.message)}.</p>`));
    }
  };
}

/** The form bodies of link pages (the token), small. */
export const linkPageBody = () => express.urlencoded({ extended: false, limit: '4kb' });
