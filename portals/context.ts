/**
 * The titles a field sits under: the legend of its fieldset, the caption of its table, the
 * heading that opens its section or card, the heading just before it. They are evidence about
 * a field (« Département » under « Budget prévisionnel » is a financer), weaker than its label.
 */
import { CONTROL_SELECTOR, HEADING_TAGS, isControl, letters, plainText } from './dom';

const MAX_TITLE = 120;
const MAX_TITLES = 3;

function isTitle(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName) || /^(LEGEND|CAPTION|SUMMARY)$/.test(el.tagName)) return true;
  if (el.getAttribute('role') === 'heading') return true;
  return false;
}

/** The title an element opens with: its legend, caption, first heading, or a short first line. */
export function ownTitle(el: Element): Element | null {
  const first = el.firstElementChild;
  if (!first) return null;
  if (isTitle(first)) return first;
  if (el.tagName === 'TABLE') return (el as HTMLTableElement).caption;
  // A card's title: a short first child with no field, followed by the card's content.
  if (
    el.children.length >= 2 &&
    /^(DIV|SPAN|P|STRONG|B|HEADER)$/.test(first.tagName) &&
    first.children.length === 0 &&
    !first.querySelector(CONTROL_SELECTOR)
  ) {
    const t = plainText(first);
    if (letters(t) >= 3 && t.length <= MAX_TITLE && !/[:]\s*$/.test(t)) {
      const second = first.nextElementSibling;
      if (second && (second.children.length > 0 || second.querySelector(CONTROL_SELECTOR)))
        return first;
    }
  }
  return null;
}

/**
 * The heading just before `el` among its siblings (a flat page: h2, then its fields). A sibling
 * that holds headings of its own closes the run. `memo` keeps each answer: rows of a long page
 * share their heading.
 */
export function headingBefore(el: Element, memo?: Map<Element, Element | null>): Element | null {
  const known = memo?.get(el);
  if (known !== undefined) return known;
  const s = el.previousElementSibling;
  let found: Element | null = null;
  if (s) {
    // A heading right above a field is that field's label, not a section's title.
    const labelsAField = s.nextElementSibling !== null && isControl(s.nextElementSibling);
    if (isTitle(s) && !labelsAField) found = s;
    else if (s.querySelector('h1, h2, h3, h4, h5, h6') && !s.querySelector(CONTROL_SELECTOR))
      found = null;
    else found = headingBefore(s, memo);
  }
  memo?.set(el, found);
  return found;
}

export class ContextFinder {
  private readonly titles = new Map<Element, string | null>();
  private readonly before = new Map<Element, Element | null>();

  private titleOf(el: Element): string | null {
    let t = this.titles.get(el);
    if (t === undefined) {
      const title = ownTitle(el) ?? headingBefore(el, this.before);
      t = title ? plainText(title).slice(0, MAX_TITLE) : null;
      this.titles.set(el, t);
    }
    return t;
  }

  private isPageTitle(a: Element): boolean {
    const title = ownTitle(a) ?? headingBefore(a, this.before);
    return title?.tagName === 'H1';
  }

  /** Up to three titles above `el`, closest first. */
  titlesOf(el: Element, skip?: Element): string[] {
    const out: string[] = [];
    const before = headingBefore(el, this.before);
    if (before) out.push(plainText(before).slice(0, MAX_TITLE));
    for (let a = el.parentElement; a && out.length < MAX_TITLES; a = a.parentElement) {
      if (a === skip) continue;
      const t = this.titleOf(a);
      // The page's own title (« Demande de financement ») says nothing of one field.
      if (t && !out.includes(t) && !this.isPageTitle(a)) out.push(t);
      if (a.tagName === 'BODY') break;
    }
    return out;
  }
}
