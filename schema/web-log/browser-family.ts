/** Rules in order: the first that matches names the family. Tokens browsers send, not marketing names. */
const RULES: Array<[RegExp, string]> = [
  [/bot\b|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|monitor|uptime|pingdom/i, 'Bot'],
  [
    /^curl\/|^wget\/|python-requests|python-urllib|aiohttp|httpx|go-http-client|node-fetch|undici|axios|okhttp|java\/|libwww-perl|apache-httpclient|postmanruntime|insomnia|^autocannon/i,
    'HTTP library',
  ],
  [/headlesschrome|phantomjs|puppeteer|playwright/i, 'Headless browser'],
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b|\bOPT\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bYaBrowser\//, 'Yandex'],
  [/\bVivaldi\//, 'Vivaldi'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bCriOS\/|\bChrome\/|\bChromium\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\/|\bAppleWebKit\/.*\bMobile\/\w+$/, 'Safari'],
  [/\bMSIE |\bTrident\//, 'Internet Explorer'],
  [/\bThunderbird\//, 'Thunderbird'],
  [/\bOutlook|Microsoft Office/i, 'Outlook'],
];

/**
 * The browser family of a User-Agent header, for aggregate views: a short fixed vocabulary (Chrome,
 * Firefox, Safari, Edge, ..., Bot, HTTP library, Other, Unknown), never the header itself, which can
 * carry a device fingerprint. Order matters: Edge and Opera also say "Chrome", Chrome also says
 * "Safari".
 */
export function browserFamily(userAgent: string | null | undefined): string {
  const ua = (userAgent ?? '').trim();
  if (!ua) return 'Unknown';
  for (const [re, family] of RULES) if (re.test(ua)) return family;
  return 'Other';
}
