/**
 * Small DOM helpers for reading pages we did not write. Only reads; works in any DOM (happy-dom
 * in the unit tests, the portal page in the browser).
 */
import { plainText } from './text';

export const CONTROL_SELECTOR = 'input, select, textarea';
const IGNORED_INPUTS = new Set([
  'hidden',
  'submit',
  'button',
  'reset',
  'image',
  'password',
  'search',
]);

export function isControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && !IGNORED_INPUTS.has((el as HTMLInputElement).type);
}

export function inputType(el: Element): string {
  return el.tagName === 'INPUT' ? (el as HTMLInputElement).type : el.tagName.toLowerCase();
}

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements that hold a whole structure, never a single value. */
const STRUCTURE = 'table, ul, ol, dl, fieldset, section, form, h1, h2, h3, h4, h5, h6';

export function holdsStructure(el: Element): boolean {
  return el.querySelector(STRUCTURE) !== null;
}

/** Text of `root` without the text of `skip` elements (a label without its control's options). */
export function textWithout(root: Element, skip: (el: Element) => boolean): string {
  let out = '';
  const walk = (node: Node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const el = n as Element;
        if (skip(el) || el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
        out += ' ';
        walk(el);
        out += ' ';
      }
    }
  };
  walk(root);
  return out.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * A help text inside a label (« Un collectif compte de 8 à 12 enfants »): DSFR's `fr-hint-text`,
 * a `<small>`, anything styled as a hint, help or description. Its numbers and words are not the
 * field's name.
 */
function isHint(el: Element): boolean {
  if (el.tagName === 'SMALL') return true;
  const cls = el.getAttribute('class') ?? '';
  return /(^|[\s_-])(hint|help|aide|description|desc|tooltip|info-bulle|sr-only-hint)([\s_-]|$)/i.test(
    cls,
  );
}

/** Visible-ish text: no scripts, styles, form controls or help texts. */
export function labelText(el: Element): string {
  return textWithout(el, (e) => isControl(e) || e.tagName === 'OPTION' || isHint(e));
}

/** The text of the elements an `aria-labelledby` names. */
export function labelledByText(el: Element, doc: Document): string {
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => doc.getElementById(id))
    .filter((e): e is HTMLElement => !!e && e !== el)
    .map((e) => labelText(e))
    .join(' ')
    .trim();
}

/** Number of letters: a label has some, a value like « 12 » or « 9 000 € » has none. */
export function letters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

export { plainText };
