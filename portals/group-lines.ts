/**
 * A group told in one line, as printable summaries write them: « Groupe 1 : Les Lucioles –
 * 10 enfants – CP, CE1 – 2 intervenants ». Each part says what it is by its unit (« enfants »,
 * « intervenants », « € ») or its shape (school levels, a name first), and becomes a value of
 * its own, named so that the concepts recognise it (« Groupe 1 : enfants »). A part that says
 * nothing clear is left out; a line with fewer than two clear parts is not split.
 */
import { parseLevels } from './parse-text';
import { fold } from './text';

const TITLE = /^(collectif|groupe|atelier)s?\s*(n\s*°|no|numero|#)?\s*\d+$/;
const PARTS = /\s+[-–—]\s+|\s*;\s*/;
const COUNT = /^(\d{1,3})\s+([a-z' ]+)$/;
const CHILDREN = /^(enfants?|eleves?|jeunes?|inscrits?|participants?)\b/;
const STAFF = /^(intervenants?|encadrants?|adultes?|animateurs?|accompagnateurs?)\b/;
const AMOUNT = /€|\beuros?\b/;

export interface GroupPart {
  /** The part's name for the concepts: « Groupe 1 : enfants ». */
  label: string;
  text: string;
}

export function groupLineParts(label: string, text: string): GroupPart[] | null {
  const title = label.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (!TITLE.test(fold(title))) return null;
  const parts = text
    .split(PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const out: GroupPart[] = [];
  parts.forEach((part, i) => {
    const f = fold(part);
    const count = COUNT.exec(f);
    if (count && CHILDREN.test(count[2]!))
      out.push({ label: `${title} : enfants`, text: count[1]! });
    else if (count && STAFF.test(count[2]!))
      out.push({ label: `${title} : intervenants`, text: count[1]! });
    else if (AMOUNT.test(f) && /\d/.test(f)) out.push({ label: `${title} : dépenses`, text: part });
    else if (parseLevels(part)) out.push({ label: `${title} : niveaux`, text: part });
    else if (i === 0 && /[a-z]{3}/.test(f)) out.push({ label: `${title} : nom`, text: part });
  });
  return out.length >= 2 ? out : null;
}
