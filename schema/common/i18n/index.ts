import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, type MessageKey } from './catalogues';
import { DEFAULT_LANG, isLang, type Lang } from './languages';

export { CATALOGUES, type MessageKey } from './catalogues';
export { DEFAULT_LANG, dirOf, isLang, LANGUAGE_NAMES, LANGUAGES, type Lang } from './languages';

/** The cookie that holds the language a person picked on a public page (contract: 1 year). */
export const LANG_COOKIE = 'steward_lang';
export const LANG_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** Accept-Language headers longer than this are cut: nobody sends more, and parsing stays cheap. */
const MAX_ACCEPT_LANGUAGE = 1000;

/**
 * The language of a public page: the cookie when it names one of ours, else the first language of
 * `Accept-Language` by q-value (a region falls back to its language: de-AT -> de) that we have,
 * else English. `q=0` means "not this one".
 */
export function negotiate(acceptLanguage: string | undefined | null, cookie?: string | null): Lang {
  if (isLang(cookie)) return cookie;
  if (!acceptLanguage) return DEFAULT_LANG;
  const ranges = acceptLanguage
    .slice(0, MAX_ACCEPT_LANGUAGE)
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      let q = 1;
      for (const p of params) {
        const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
        if (m) q = Number(m[1]);
      }
      return { lang: tag.trim().toLowerCase().split(/[-_]/)[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.q > 0 && r.lang)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranges) if (isLang(r.lang)) return r.lang;
  return DEFAULT_LANG;
}

/** The value of the language cookie in a Cookie header, or null. */
export function readLangCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq >= 0 && part.slice(0, eq).trim() === LANG_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The Set-Cookie value that remembers a picked language: one year, the whole site, Lax. */
export function langCookie(lang: Lang, secure: boolean): string {
  return [
    `${LANG_COOKIE}=${lang}`,
    `Max-Age=${LANG_COOKIE_MAX_AGE_S}`,
    'Path=/',
    'SameSite=Lax',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The language of a request: its `steward_lang` cookie, else its Accept-Language. */
export function langOf(req: { headers: Record<string, string | string[] | undefined> }): Lang {
  const accept = req.headers['accept-language'];
  const cookie = req.headers.cookie;
  return negotiate(
    Array.isArray(accept) ? accept.join(',') : accept,
    readLangCookie(Array.isArray(cookie) ? cookie.join(';') : cookie),
  );
}

export type MessageValues = Record<string, string | number | Date>;

const compiled = new Map<string, IntlMessageFormat>();

/** One message of a catalogue, compiled once per language and key. */
export function compile(lang: Lang, key: MessageKey): IntlMessageFormat {
  const id = `${lang}\u0000${key}`;
  let m = compiled.get(id);
  if (!m) {
    m = new IntlMessageFormat(CATALOGUES[lang][key], lang);
    compiled.set(id, m);
  }
  return m;
}

/** A message in a language, as plain text (callers escape it for HTML). */
export function t(lang: Lang, key: MessageKey, values?: MessageValues): string {
  const out = compile(lang, key).format(values);
  return Array.isArray(out) ? out.join('') : String(out);
}

/** The locale of dates and numbers: English as the EU writes it (4 December 2026), not as the US does. */
const intlLocale = (lang: Lang): string => (lang === 'en' ? 'en-GB' : lang);

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** A calendar day as people of that language write it (the day in UTC, as deadlines are kept). */
export function formatDate(lang: Lang, d: Date): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f.format(d);
}

/** A number as people of that language write it. */
export function formatNumber(lang: Lang, n: number): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lang));
    numberFormats.set(lang, f);
  }
  return f.format(n);
}
