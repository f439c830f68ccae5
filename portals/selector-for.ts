/**
 * The CSS selector remembered when a person teaches the panel a field (« Indiquer le champ »).
 * It must find the same field on the next visit, so it prefers what a portal keeps stable (an
 * id, a name), and for a field of a repeated block (a collective) it finds that field in every
 * block, so teaching it once covers all the collectives.
 */

const esc = (s: string) =>
  typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');

function unique(root: ParentNode, selector: string, el: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** `tag:nth-of-type(k)` steps from `ancestor` (excluded) down to `el`. */
function pathFrom(ancestor: Element, el: Element): string {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== ancestor; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    const sameTag = node.parentElement
      ? [...node.parentElement.children].filter((c) => c.tagName === node!.tagName)
      : [node];
    steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
  }
  return steps.join(' > ');
}

/** A selector matching `el` alone. */
export function selectorFor(el: Element): string {
  const root = el.ownerDocument;
  if (el.id && unique(root, `#${esc(el.id)}`, el)) return `#${esc(el.id)}`;
  const name = el.getAttribute('name');
  const tag = el.tagName.toLowerCase();
  if (name && unique(root, `${tag}[name="${esc(name)}"]`, el)) return `${tag}[name="${esc(name)}"]`;
  // The nearest ancestor with a unique id, then positions from there.
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (a.id && unique(root, `#${esc(a.id)}`, a)) return `#${esc(a.id)} > ${pathFrom(a, el)}`;
  }
  return `html > ${pathFrom(root.documentElement, el)}`;
}

/**
 * The block of a repeated field: the nearest ancestor of `el` that also holds `sibling` (another
 * field read from the same collective), else the nearest fieldset or table row.
 */
export function blockOf(el: Element, sibling: Element | undefined): Element | null {
  if (sibling) {
    for (let a = el.parentElement; a; a = a.parentElement) if (a.contains(sibling)) return a;
  }
  return el.closest('fieldset, tr');
}

/**
 * A selector matching this field in every block like `block` (its siblings of the same tag),
 * `expected` matches in all, or null when no such selector is found.
 */
export function repeatedSelectorFor(el: Element, block: Element, expected: number): string | null {
  const parent = block.parentElement;
  if (!parent || !block.contains(el)) return null;
  const selector = `${selectorFor(parent)} > ${block.tagName.toLowerCase()} > ${pathFrom(block, el)}`;
  try {
    const found = [...el.ownerDocument.querySelectorAll(selector)];
    return found.includes(el) && found.length === expected ? selector : null;
  } catch {
    return null;
  }
}
