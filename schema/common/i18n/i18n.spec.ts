import { IntlMessageFormat } from 'intl-messageformat';
import {
  CATALOGUES,
  dirOf,
  formatDate,
  formatNumber,
  langCookie,
  LANGUAGE_NAMES,
  LANGUAGES,
  negotiate,
  readLangCookie,
  t,
  type MessageKey,
} from '.';
import { en } from './catalogues/en';

/** The argument names a message uses (plural, select and tag arguments included), sorted. */
function argumentsOf(message: string, lang: string): string[] {
  const names = new Set<string>();
  const walk = (elements: any[]): void => {
    for (const el of elements) {
      if (typeof el.value === 'string' && el.type !== 0 && el.type !== 7) names.add(el.value);
      if (el.options) for (const o of Object.values(el.options) as any[]) walk(o.value);
      if (el.children) walk(el.children);
    }
  };
  walk(new IntlMessageFormat(message, lang).getAst());
  return [...names].sort();
}

const KEYS = Object.keys(en) as MessageKey[];

describe('the catalogues', () => {
  it('exist for the 24 official EU languages, each named in itself', () => {
    expect([...LANGUAGES].sort()).toEqual(
      'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' '),
    );
    for (const lang of LANGUAGES) expect(LANGUAGE_NAMES[lang]).toBeTruthy();
  });

  describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s', (lang) => {
    const catalogue = CATALOGUES[lang] as Record<string, string>;

    it('has every key of English and no other', () => {
      expect(KEYS.filter((k) => typeof catalogue[k] !== 'string' || !catalogue[k].trim())).toEqual([]);
      expect(Object.keys(catalogue).filter((k) => !(k in en))).toEqual([]);
    });

    it('uses the same ICU arguments as English in every message', () => {
      const differing = KEYS.filter(
        (k) => JSON.stringify(argumentsOf(catalogue[k], lang)) !== JSON.stringify(argumentsOf(en[k], 'en')),
      );
      expect(differing).toEqual([]);
    });

    it('is translated, not a copy of English', () => {
      const same = KEYS.filter((k) => catalogue[k] === en[k] && !/^\{|^Status/.test(en[k]));
      // a few words are the same in some languages (Organisation, Privacy, Status): at most a handful
      expect(same.length).toBeLessThanOrEqual(4);
    });
  });

  it.each(LANGUAGES)('%s: every message compiles and formats to plain text without braces', (lang) => {
    for (const k of KEYS) {
      // every argument English names, given a number (plurals need one; text arguments print it)
      const values = Object.fromEntries(argumentsOf(en[k], 'en').map((name, i) => [name, i + 2]));
      const out = t(lang, k, values);
      expect(out).not.toMatch(/[{}]/);
      expect(out.trim()).not.toBe('');
    }
  });

  it('formats plurals by the rules of each language', () => {
    expect(t('en', 'status.answers', { count: 1 })).toBe('1 organisation holds data about you:');
    expect(t('en', 'status.answers', { count: 2 })).toBe('2 organisations hold data about you:');
    expect(t('pl', 'status.answers', { count: 2 })).toBe('2 organizacje mają dane o Tobie:');
    expect(t('pl', 'status.answers', { count: 5 })).toBe('5 organizacji ma dane o Tobie:');
    expect(t('de', 'status.invalid', { days: 30 })).toContain('30 Tage');
  });

  it('keeps the apostrophes of English text (ICU quoting does not eat them)', () => {
    expect(t('en', 'confirm.text')).toBe(
      "Press the button to confirm that you want to receive this list's mail.",
    );
  });
});

describe('negotiate', () => {
  it.each([
    ['de', null, 'de'],
    ['de-AT', null, 'de'],
    ['de-AT,de;q=0.9,en;q=0.8', null, 'de'],
    ['ja, fr;q=0.5', null, 'fr'],
    ['en;q=0.2, sv;q=0.9', null, 'sv'],
    ['fr;q=0, it', null, 'it'],
    ['pt_BR', null, 'pt'],
    ['ja, zh-CN', null, 'en'],
    ['*', null, 'en'],
    ['', null, 'en'],
    [undefined, null, 'en'],
    ['de', 'fr', 'fr'],
    ['de', 'xx', 'de'],
    ['de', 'DE', 'de'],
    [undefined, 'ga', 'ga'],
    ['garbage;;;q=abc,,,', null, 'en'],
  ] as const)('Accept-Language %p with cookie %p gives %p', (accept, cookie, expected) => {
    expect(negotiate(accept, cookie)).toBe(expected);
  });

  it('keeps order among equal q-values', () => {
    expect(negotiate('nl, da')).toBe('nl');
    expect(negotiate('da;q=0.5, nl;q=0.5')).toBe('da');
  });

  it('reads only its own cookie', () => {
    expect(readLangCookie('steward_session=abc; steward_lang=de')).toBe('de');
    expect(readLangCookie('other=1')).toBeNull();
    expect(readLangCookie(undefined)).toBeNull();
  });

  it('sets a one-year, whole-site, Lax cookie', () => {
    expect(langCookie('de', false)).toBe('steward_lang=de; Max-Age=31536000; Path=/; SameSite=Lax');
    expect(langCookie('de', true)).toMatch(/; Secure$/);
  });
});

describe('formats per locale', () => {
  const d = new Date('2026-12-04T23:30:00Z');
  it('writes a day as the language does, in UTC', () => {
    expect(formatDate('en', d)).toBe('4 December 2026');
    expect(formatDate('de', d)).toBe('4. Dezember 2026');
    expect(formatDate('fr', d)).toBe('4 décembre 2026');
  });
  it('writes numbers as the language does', () => {
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
  });
  it('writes every language left to right', () => {
    for (const lang of LANGUAGES) expect(dirOf(lang)).toBe('ltr');
  });
});
