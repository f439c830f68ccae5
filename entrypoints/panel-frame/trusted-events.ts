/** The events through which a person acts on the panel. */
const ACTING = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/**
 * Stops every event the browser did not deliver from the person (`isTrusted` false) before any
 * handler of the panel sees it: capture at the window runs first. The frame is in the
 * extension's origin, so only its own code could dispatch such an event; this keeps it so if a
 * future piece of code does. The default action is spared for a download link's `click()`
 * (snapshots/download.ts), which is how the frame saves a file.
 */
export function dropUntrustedEvents(win: Window): void {
  for (const type of ACTING) {
    win.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) return;
        const target = e.target as Element | null;
        if (type === 'click' && target instanceof HTMLAnchorElement && target.download) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      },
      true,
    );
  }
}
