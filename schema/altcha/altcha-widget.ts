import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { t, type Lang, type MessageKey } from '../common/i18n';
import { escapeHtml } from '../common/link-page';

/**
 * The files the widget needs, served by this server (never a third party): altcha's `external`
 * build (no inline worker, no inline style: it runs under `script-src 'self'` and no `blob:`), its
 * stylesheet, the PBKDF2 worker, and Steward's own loader below. Read once, from the installed
 * package wherever it is (node_modules of src or of dist alike).
 */
const external = dirname(require.resolve('altcha/external'));

/**
 * Steward's loader, a module: it imports the widget, registers the worker (a same-origin Worker;
 * from the embed on another site's page, the worker script is fetched with CORS and started from a
 * blob, which that page's own policy decides about), and gives each widget the strings of the
 * page's language from the `data-strings` attribute the server wrote from its catalogue.
 */
const LOADER = `import './altcha.min.js';
const worker = new URL('./pbkdf2.js', import.meta.url);
const make = async () => {
  if (worker.origin === location.origin) return new Worker(worker);
  const res = await fetch(worker, { mode: 'cors', credentials: 'omit' });
  return new Worker(URL.createObjectURL(await res.blob()));
};
for (const a of ['PBKDF2/SHA-256']) globalThis.$altcha.algorithms.set(a, make);
for (const el of document.querySelectorAll('altcha-widget[data-strings]')) {
  const lang = el.getAttribute('language') || 'en';
  try {
    const strings = JSON.parse(el.getAttribute('data-strings'));
    globalThis.$altcha.i18n.set(lang, { ...globalThis.$altcha.i18n.get('en'), ...strings });
  } catch (e) {
    console.warn('altcha strings', e);
  }
}
`;

const FILES: Record<string, { type: string; body: Buffer }> = {
  'steward-altcha.js': { type: 'text/javascript; charset=utf-8', body: Buffer.from(LOADER) },
  'altcha.min.js': {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(join(external, 'altcha.min.js')),
  },
  'altcha.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(external, 'altcha.css')) },
  'pbkdf2.js': {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(join(external, '..', 'workers', 'pbkdf2.js')),
  },
};

/** The files' folder: its name changes with their content, so they may be cached for a year. */
export const ALTCHA_ASSETS = `/assets/altcha/${createHash('sha256')
  .update(
    Object.values(FILES)
      .map((f) => f.body.toString('base64'))
      .join(':'),
  )
  .digest('hex')
  .slice(0, 12)}`;

/** One of the widget's files by its name, or undefined. */
export function altchaAsset(name: string): { type: string; body: Buffer } | undefined {
  return Object.hasOwn(FILES, name) ? FILES[name] : undefined;
}

/** The widget's strings (altcha's names) and the catalogue keys that give them in each language. */
const STRINGS: Record<string, MessageKey> = {
  label: 'altcha.label',
  verify: 'altcha.verify',
  verifying: 'altcha.verifying',
  verified: 'altcha.verified',
  error: 'altcha.failed',
  expired: 'altcha.expired',
  verificationRequired: 'altcha.required',
  waitAlert: 'altcha.wait',
  loading: 'altcha.loading',
  reload: 'altcha.reload',
};

/**
 * The widget in a form: the stylesheet and the loader (from `base`: '' on this site's pages, the
 * public URL in the embed), the `<altcha-widget>` that puts the solution into the hidden `altcha`
 * field, and, for a browser without JavaScript, a line saying the form needs it.
 */
export function altchaWidget(lang: Lang, base: string): string {
  const strings = JSON.stringify(
    Object.fromEntries(Object.entries(STRINGS).map(([k, key]) => [k, t(lang, key)])),
  );
  const configuration = JSON.stringify({ hideFooter: true, hideLogo: true });
  return `<link rel="stylesheet" href="${escapeHtml(`${base}${ALTCHA_ASSETS}/altcha.css`)}">
<script type="module" src="${escapeHtml(`${base}${ALTCHA_ASSETS}/steward-altcha.js`)}"></script>
<div style="margin: 0 0 1rem">
<altcha-widget challenge="${escapeHtml(`${base}/altcha/challenge`)}" name="altcha" language="${lang}" auto="onfocus" configuration="${escapeHtml(configuration)}" data-strings="${escapeHtml(strings)}"></altcha-widget>
<noscript><p style="font-size: .9rem">${escapeHtml(t(lang, 'altcha.noscript'))}</p></noscript>
</div>`;
}

/**
 * The Content-Security-Policy of a page with the widget, in every mode (helmet's applies only in
 * production): scripts and the worker from this server only, no inline script, no eval, no blob:
 * worker; inline styles (the pages' own style attributes); the challenge fetched from here.
 */
export const ALTCHA_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');
