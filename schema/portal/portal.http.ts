import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import express, { type Request, type RequestHandler, type Response } from 'express';
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
 * one exists (an unknown one then gets the plain 404), and the server-rendered account pages
 * (`/invitation`, `/reset-password`) of the users module.
 */
const SERVER_PATHS = [
  /^\/graphql(\/|$)/,
  /^\/(healthz|readyz|metrics)$/,
  /^\/(confirm|unsubscribe|preferences|privacy|imports)(\/|$)/,
  /^\/requests\/(verify|status|new)(\/|$)/,
  /^\/(subscribe|exports|audit|o|altcha)\//,
  /^\/breaches\/[^/]+\/impacts\.csv$/,
  /^\/invitation$/,
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

/** The encodings the build writes beside each asset (portal/vite.config.mts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * A hashed asset as the browser would rather have it: the `.br` or `.gz` file written at build
 * time, by the browser's Accept-Encoding (q-values honoured, ties to brotli: the sort is stable); undefined when it
 * accepts neither or the build has no such file (then the plain one is sent). Whether a compressed
 * file exists is looked up once per name: hashed assets never change under a running server.
 */
function compressedAsset(
  dir: string,
): (req: Request) => Promise<{ file: string; encoding: string } | undefined> {
  const exists = new Map<string, Promise<boolean>>();
  const has = (file: string) => {
    let p = exists.get(file);
    if (!p) {
      p = stat(file).then(
        (s) => s.isFile(),
        () => false,
      );
      // A miss is not remembered: a build made after the server started is picked up.
      void p.then((found) => found || exists.delete(file));
      exists.set(file, p);
    }
    return p;
  };
  return async (req) => {
    if (!req.path.startsWith('/assets/') || req.path.includes('..')) return undefined;
    const q = acceptedEncodings(req.get('accept-encoding'));
    const order = ENCODINGS.filter((e) => (q.get(e.name) ?? q.get('*') ?? 0) > 0).sort(
      (a, b) => (q.get(b.name) ?? q.get('*') ?? 0) - (q.get(a.name) ?? q.get('*') ?? 0),
    );
    for (const e of order) {
      const file = join(dir, `${req.path}${e.suffix}`);
      if (await has(file)) return { file, encoding: e.name };
    }
    return undefined;
  };
}

/**
 * Accept-Encoding as a map of coding to q-value (RFC 9110 section 12.5.3); a missing header accepts
 * nothing but identity. Ties keep the server's order (brotli first): browsers list gzip first
 * without preferring it.
 */
export function acceptedEncodings(header: string | undefined): Map<string, number> {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(coding, Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0);
  }
  return q;
}

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
  const compressed = compressedAsset(dir);
  const serve: RequestHandler = (req, res, next) => {
    files(req, res, (err?: unknown) => {
      if (err) return next(err);
      if (looksLikeFile(req.path)) return next();
      sendIndex(res).catch(next);
    });
  };
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isServerPath(req.path)) return next();
    if (!req.path.startsWith('/assets/')) return serve(req, res, next);
    res.vary('Accept-Encoding');
    compressed(req).then((c) => {
      if (!c) return serve(req, res, next);
      res.setHeader('content-security-policy', PORTAL_CSP);
      res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      res.setHeader('content-encoding', c.encoding);
      res.type(extname(req.path));
      res.sendFile(c.file, { dotfiles: 'deny', lastModified: true }, (err) => {
        if (err && !res.headersSent) next(err);
      });
    }, next);
  };
}
