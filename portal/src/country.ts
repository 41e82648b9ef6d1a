/**
 * A country as people type it, an ISO 3166-1 alpha-2 code ("de") or an English name ("Germany"),
 * as the code the API takes. `undefined` when nothing matches; `null` for an empty entry.
 */
export function toCountryCode(input: string): string | null | undefined {
  const text = input.trim();
  if (!text) return null;
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase();
  const wanted = fold(text);
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && fold(name) === wanted) return code;
    }
  }
  return undefined;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
