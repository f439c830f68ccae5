/**
 * « Indiquer le champ »: the next click on the page picks a field instead of acting on the page.
 * Listeners sit at the document in the capture phase and swallow that one click; Escape cancels.
 * The panel's own host (its frame) is ignored, so its buttons (« Annuler ») keep working. Only
 * the person's own click and key count: events a page script dispatches (`isTrusted` false)
 * neither pick nor cancel.
 */
const CONTROLS = 'input, select, textarea';

export interface Picker {
  stop(): void;
}

export function pickField(
  ownHost: Element,
  onHover: (el: Element | null) => void,
  onPick: (el: Element) => void,
  onCancel: () => void,
): Picker {
  const outside = (e: Event) => !e.composedPath().includes(ownHost);
  const target = (e: Event) => resolveField(e.target as Element);

  const over = (e: MouseEvent) => outside(e) && onHover(target(e));
  const swallow = (e: Event) => {
    if (!outside(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const click = (e: MouseEvent) => {
    if (!e.isTrusted || !outside(e)) return;
    swallow(e);
    stop();
    onPick(target(e));
  };
  const key = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Escape') return;
    e.preventDefault();
    stop();
    onCancel();
  };
  const types = ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;
  document.addEventListener('mouseover', over, true);
  document.addEventListener('click', click, true);
  for (const t of types) document.addEventListener(t, swallow, true);
  document.addEventListener('keydown', key, true);
  const stop = () => {
    document.removeEventListener('mouseover', over, true);
    document.removeEventListener('click', click, true);
    for (const t of types) document.removeEventListener(t, swallow, true);
    document.removeEventListener('keydown', key, true);
    onHover(null);
  };
  return { stop };
}

/** A click on a label or beside a control means that control; on a read-only page, the value. */
function resolveField(el: Element): Element {
  if (el.matches(CONTROLS)) return el;
  if (el instanceof HTMLLabelElement && el.control) return el.control;
  const inside = el.querySelector(CONTROLS);
  if (inside && el.querySelectorAll(CONTROLS).length === 1) return inside;
  return el;
}
