/** Text in the form the search columns hold it: NFC, lower case, single spaces. */
export function searchForm(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/**
 * The search columns of a name (kept with the row, so deleting the row deletes them): the whole
 * name and, for a name of several words, its last word, both in `searchForm`. Every write of
 * `name` sets them too.
 */
export function nameSearchColumns(name: string | null): {
  nameLower: string | null;
  nameLastLower: string | null;
} {
  if (!name) return { nameLower: null, nameLastLower: null };
  const lower = searchForm(name);
  const words = lower.split(' ').filter(Boolean);
  return {
    nameLower: lower.slice(0, 200) || null,
    nameLastLower: words.length > 1 ? words[words.length - 1].slice(0, 200) : null,
  };
}
