import type { Request, Response } from 'express';
import type { RequestContext } from '../../tenants/request-context';
import { AppError, httpStatusOf } from './errors';

/** A request after the one authentication path (server/http/authenticate.ts). */
export interface Authenticated {
  ctx: RequestContext;
  /** why a credential that was sent was refused; the access rule turns it into UNAUTHENTICATED */
  authError?: string;
  /**
   * why the request does not come from PUBLIC_URL's own pages (its Origin or Sec-Fetch-Site says
   * another site sent it): its session cookie counts for nothing, and it cannot start a session
   */
  crossSite?: string;
}

export interface AuthenticateOptions {
  /**
   * the endpoint takes JSON bodies only (POST /graphql): a cookie on a POST with another Content-Type
   * counts for nothing, since form and text bodies are what another site's page can send unasked
   */
  jsonBody?: boolean;
}

/** The authentication path, as modules' HTTP routes receive it from the composition root. */
export type Authenticate = (req: Request, opts?: AuthenticateOptions) => Promise<Authenticated>;

/**
 * Answers a non-GraphQL request that failed with an AppError as the API would: the contract's code in
 * `{ errors: [{ message, extensions: { code } }] }`, with its status from the one map, and
 * `WWW-Authenticate: Bearer` on 401. Anything else is rethrown for the error handler (a 500 without
 * details). A download already under way is cut short rather than left silently incomplete.
 */
export function sendError(res: Response, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (!(err instanceof AppError)) throw err;
  const status = httpStatusOf(err);
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  res.status(status).json({ errors: [{ message: err.message, extensions: { code: err.extensions.code } }] });
}

/** `Sec-Fetch-Site` values of a request made by this site's own pages, or typed by the person. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Why a request does not come from this site's own pages, or undefined when nothing says so. A
 * browser sends `Origin` on every cross-origin request and on every POST, and `Sec-Fetch-Site`
 * everywhere it is supported; a client that sends neither is not a browser on another site's page.
 */
export function crossSiteReason(req: Request, publicOrigin: string): string | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== publicOrigin)
    return 'Cross-site request: its Origin is not this site';
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && !OWN_FETCH_SITES.has(String(site).toLowerCase()))
    return `Cross-site request: Sec-Fetch-Site is ${/^[a-z-]{1,20}$/i.test(String(site)) ? site : 'not same-origin'}`;
  return undefined;
}
