import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import express, { type RequestHandler, type Response } from 'express';
import { linkPage } from '../common/link-page';

/**
 * The portal's Content-Security-Policy: scripts only from this server (no inline script), styles
 * from this server plus inline styles (Mantine sets style attributes and a <style> of CSS
 * variables), API calls to this server only, no frames, no <base>, forms posting here only.
 */
export const PORTAL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Paths of the operating contract that the server answers itself (README.md, "HTTP endpoints" and
 * "Additions of 2026-12 / HTTP"): the portal never answers them, even before the module that owns
 * one exists (an unknown one then gets the plain 404). `/invitation` is not
 * here yet: until a server page takes it (mounted before the portal), the portal owns it.
 */
const SERVER_PATHS = [
  /^\/graphql(\/|$)/,
  /^\/(healthz|readyz|metrics)$/,
  /^\/(confirm|unsubscribe|preferences|privacy|imports)(\/|$)/,
  /^\/requests\/(verify|status|new)(\/|$)/,
  /^\/(subscribe|exports|audit|o)\//,
  /^\/breaches\/[^/]+\/impacts\.csv$/,
  /^\/reset-password$/,
];

/** True for a path the server answers itself (or would, once its module exists). */
export const isServerPath = (path: string): boolean => SERVER_PATHS.some((re) => re.test(path));

/** A path whose last segment names a file (`/assets/x.js`, `/favicon.ico`): a miss is a 404, not the portal. */
const looksLikeFile = (path: string): boolean => /\.[A-Za-z0-9]+$/.test(path);

const NOT_BUILT = linkPage(
  'The portal is not built',
  '<p>This server has no portal build to serve. Run <code>npm run build</code> (or <code>npm start</code>, ' +
    'which builds first), then reload this page.</p>',
);

/**
 * Serves the portal's build (`dir`, vite's output): hashed files under /assets/ with a year's
 * cache, everything else revalidated on each use, and index.html for every other GET, so the
 * portal's own router draws the page. Without a build the fallback answers 503 with a page that
 * says how to make one. Mounted after every other route: what another module answers never
 * reaches it.
 */
export function portalHandler(dir: string): RequestHandler {
  const files = express.static(dir, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    setHeaders: (res, path) => {
      res.setHeader('content-security-policy', PORTAL_CSP);
      res.setHeader(
        'cache-control',
        path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const sendIndex = async (res: Response) => {
    res.setHeader('content-security-policy', PORTAL_CSP);
    let html: Buffer;
    try {
      html = await readFile(join(dir, 'index.html'));
    } catch {
      res.setHeader('cache-control', 'no-store');
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.status(200).type('html').send(html);
  };
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isServerPath(req.path)) return next();
    files(req, res, (err?: unknown) => {
      if (err) return next(err);
      if (looksLikeFile(req.path)) return next();
      sendIndex(res).catch(next);
    });
  };
}
