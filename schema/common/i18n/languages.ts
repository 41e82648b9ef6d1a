/** The 24 official languages of the EU (ISO 639-1), the languages of every public page and mail to a person. */
export const LANGUAGES = [
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sv',
] as const;

export type Lang = (typeof LANGUAGES)[number];

/** The language of a page when nothing the person sent names one Steward has. */
export const DEFAULT_LANG: Lang = 'en';

export const isLang = (s: unknown): s is Lang =>
  typeof s === 'string' && (LANGUAGES as readonly string[]).includes(s);

/** Each language's name in itself: the language menu lists them so, whatever the page's language. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  bg: 'български',
  cs: 'čeština',
  da: 'dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'español',
  et: 'eesti',
  fi: 'suomi',
  fr: 'français',
  ga: 'Gaeilge',
  hr: 'hrvatski',
  hu: 'magyar',
  it: 'italiano',
  lt: 'lietuvių',
  lv: 'latviešu',
  mt: 'Malti',
  nl: 'Nederlands',
  pl: 'polski',
  pt: 'português',
  ro: 'română',
  sk: 'slovenčina',
  sl: 'slovenščina',
  sv: 'svenska',
};

/** Writing direction: every official EU language is written left to right; the page still says so. */
export const dirOf = (_lang: Lang): 'ltr' | 'rtl' => 'ltr';
