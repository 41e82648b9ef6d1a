import express from 'express';
import { isLang, langCookie } from '../common/i18n';

/** Where the language menu sends a browser whose `back` is missing or not a path of this site. */
export const LANGUAGE_FALLBACK_PATH = '/privacy';

const PROBE_ORIGIN = 'http://steward.invalid';

/**
 * The path (and query) to go back to, when `back` is one of this site's own: a single leading
 * slash, nothing that a browser reads as another host (`//evil`, `/\evil`), no control characters.
 * Anything else gives null, so the menu can never redirect off the site.
 */
export function sameSitePath(back: unknown): string | null {
  if (typeof back !== 'string' || back.length > 2000 || !back.startsWith('/')) return null;
  if (back.startsWith('//') || back.includes('\\')) return null;
  for (let i = 0; i < back.length; i++) {
    const c = back.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return null;
  }
  let url: URL;
  try {
    url = new URL(back, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  return url.pathname + url.search;
}

/**
 * `GET /language?lang=xx&back=/path`: the language menu of every public page (a plain GET form, so
 * it works without JavaScript). It remembers a known language in `steward_lang` (the only thing it
 * changes, and only in the browser) and answers 302 back to `back` when that is a path of this site.
 */
export function languageRoutes(publicUrl: string): express.Router {
  const secure = new URL(publicUrl).protocol === 'https:';
  const router = express.Router();
  router.get('/language', (req, res) => {
    res.setHeader('cache-control', 'no-store');
    const lang = req.query.lang;
    if (isLang(lang)) res.setHeader('set-cookie', langCookie(lang, secure));
    res.redirect(302, sameSitePath(req.query.back) ?? LANGUAGE_FALLBACK_PATH);
  });
  return router;
}
