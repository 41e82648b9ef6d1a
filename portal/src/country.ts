/**
 * A country as people type it, an ISO 3166-1 alpha-2 code ("de", "UK") or an English name
 * ("Germany", "Myanmar"), as the code the API takes. `undefined` when nothing matches; `null` for an
 * empty entry. Names come from the browser's own data (Intl.DisplayNames): nothing is fetched.
 */
export function toCountryCode(input: string): string | null | undefined {
  const text = input.trim();
  if (!text) return null;
  if (/^[A-Za-z]{2}$/.test(text)) return canonical(text.toUpperCase()) ?? text.toUpperCase();
  const wanted = fold(text);
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Old codes (DD, YU, ...) carry their successor's name: only a code that is its own region counts.
      if (canonical(code) !== code) continue;
      const name = names.of(code);
      if (name && (fold(name) === wanted || fold(name.replace(/\s*\(.*\)$/, '')) === wanted)) return code;
    }
  }
  return undefined;
}

/** The region a two-letter code stands for today (UK is GB, DD is DE), or undefined. */
function canonical(code: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0]?.split('-')[1];
  } catch {
    return undefined;
  }
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
