/**
 * Short texts of a page that may say something about the dossier (« Dossier n° … », « Date de
 * dépôt : … », « Étape 2 sur 6 »): each text node that `hint` matches, followed by the next few
 * text nodes, so that a label and its value in two elements (`dt`/`dd`, `th`/`td`, « n° » and a
 * `strong`) read as one line. One walk over the text nodes, no layout, no big strings: it runs
 * beside the live reading. Reads only.
 */

/** How far after the label its value may be, in characters. */
const AFTER = 80;

export function* hintedTexts(
  doc: Document,
  hint: RegExp,
  skip?: (el: Element) => boolean,
): Generator<string> {
  const root = doc.body;
  if (!root) return;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (let i = 0; i < nodes.length; i++) {
    const text = nodes[i]!.data;
    if (text.length > 300 || !hint.test(text)) continue;
    const parent = nodes[i]!.parentElement;
    if (!parent || parent.closest('script, style, template') || (skip && skip(parent))) continue;
    let line = text;
    for (let j = i + 1; j < nodes.length && line.length < text.length + AFTER; j++) {
      const next = nodes[j]!.data;
      if (next.trim() === '') continue;
      line += ` ${next}`;
      break;
    }
    yield line.replace(/\s+/g, ' ').trim();
  }
}
