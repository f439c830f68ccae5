/** Text compared by its letters: the history's search, the reader's labels. */

/** `Épinal` → `Epinal`: letters without their accents (NFD, combining marks dropped). */
export function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
