/**
 * Label normalising: the reader compares wordings, not markup. « Nombre d’enfants * : » and
 * "nombre d'enfants" are the same label. Results are cached: the same label text repeats on
 * every collective, and the page is re-read on every keystroke.
 */

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** Lower case, no accents, typographic apostrophes and dashes unified, no `*` `:` `?` `€` `(€)` « », single spaces. */
export function normalizeLabel(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\(\s*(?:en\s+)?€\s*\)/g, ' ')
    .replace(/[*:?!€«»"\u201c\u201d]/g, ' ')
    .replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ')
    .trim();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, out);
  return out;
}

/** The label as a person reads it, for messages: single spaces, no required-field star or colon. */
export function displayLabel(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/\s*\*\s*/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim();
}

/** Whitespace-collapsed, trimmed text (values of read-only pages). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
