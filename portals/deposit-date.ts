/**
 * When the dossier was deposited, as an instructor's page shows it (« Date de dépôt :
 * 12/07/2025 », « Déposé le 12 juillet 2025 », « Transmis le 12.07.2025 »): the deposit window is
 * judged on that day (contract revision 2, `depositedOn`). The reader finds it as a field (its
 * concept `depositedOn`); this finds it in free text too, and the reader's value wins when it
 * has one. Its date parser is the reader's too (parse-text.ts). Reads only.
 */
import { isValidIsoDate, twoDigits } from '../rules/dates';
import { hintedTexts } from './page-text';

const LABELS = ['date de depot du dossier', 'date de depot', 'depose le', 'transmis le'];

const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');

const iso = (y: number, m: number, d: number) => {
  const s = `${y}-${twoDigits(m)}-${twoDigits(d)}`;
  return isValidIsoDate(s) ? s : undefined;
};

/** « 12/07/2025 », « 12.07.2025 », « 12 juillet 2025 », « 1er juillet 2025 », « 2025-07-12 ». */
export function parseFrenchDate(text: string): string | undefined {
  const t = fold(text).trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:er)? ([a-z]+) (\d{4})\b/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!);
    if (month >= 0) return iso(Number(m[3]), month + 1, Number(m[1]));
  }
  return undefined;
}

/**
 * The date written after one of the labels at the start of `text` (« Date de dépôt : … »,
 * « Dossier déposé le … »), or undefined. Only at the start: a file listed « (déposé le
 * 10/07/2025) » on the form was uploaded that day, the dossier was not deposited.
 */
export function depositDateInText(text: string): string | undefined {
  const folded = fold(text)
    .trim()
    .replace(/^(?:le |ce )?(?:dossier|demande) /, '');
  for (const label of LABELS) {
    if (!folded.startsWith(label)) continue;
    const after = folded.slice(label.length).replace(/^\s*:?\s*/, '');
    const date = parseFrenchDate(after);
    if (date) return date;
  }
  return undefined;
}

/** The deposit date the page shows, or undefined; `skip`: the extension's own elements. */
export function depositDateOnPage(
  doc: Document,
  skip?: (el: Element) => boolean,
): string | undefined {
  for (const line of hintedTexts(doc, /d[ée]p[oô][st]|transmis/i, skip)) {
    const found = depositDateInText(line);
    if (found) return found;
  }
  return undefined;
}
