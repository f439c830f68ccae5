/** Brings a page field into view and gives it focus when it can take it, without changing it. */
export function revealField(el: Element): void {
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  if (el instanceof HTMLElement && isFocusable(el)) el.focus({ preventScroll: true });
}

function isFocusable(el: HTMLElement): boolean {
  if (el.matches('input, select, textarea, button, a[href], [tabindex]')) {
    return !(el as HTMLInputElement).disabled && el.offsetParent !== null;
  }
  return false;
}

/**
 * Whether « Voir le champ » can take the person there: the field exists and is laid out (a field
 * on another step of a step-by-step form is in the DOM but hidden).
 */
export function isRendered(el: Element | undefined): boolean {
  return el !== undefined && el.isConnected && el.getClientRects().length > 0;
}
