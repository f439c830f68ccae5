/**
 * When the dossier was deposited, when an instructor's page says it in a sentence (« Dossier
 * déposé le 12 juillet 2025 », « Transmis le 12.07.2025 à 14 h 02 »): the deposit window is
 * judged on that day (contract revision 2, `depositedOn`). The reader finds the date where it is
 * a labelled value (« Date de dépôt » in a list, a table, a form) and its value wins; a sentence
 * has no label of its own, so it is read here. Dates go through the reader's one parser. Reads
 * only.
 */
import { hintedTexts } from './page-text';
import { parseDate } from './parse-text';
import { fold } from './text';

const LABELS = ['date de depot du dossier', 'date de depot', 'depose le', 'transmis le'];

/**
 * The date written after one of the labels at the start of `text` (« Date de dépôt : … »,
 * « Dossier déposé le … »), or undefined. Only at the start: a file listed « (déposé le
 * 10/07/2025) » on the form was uploaded that day, the dossier was not deposited.
 */
export function depositDateInText(text: string): string | undefined {
  const folded = fold(text).replace(/^(?:le |ce )?(?:dossier|demande) /, '');
  for (const label of LABELS) {
    if (!folded.startsWith(label)) continue;
    const date = parseDate(folded.slice(label.length).replace(/^\s*:?\s*/, ''));
    if (date) return date;
  }
  return undefined;
}

/** The deposit date a sentence of the page shows, or undefined; `skip`: the extension's own elements. */
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
