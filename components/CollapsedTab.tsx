import type { Ref } from 'preact';
import type { PanelDrawing } from '../display/panel-drawing';

/**
 * The panel collapsed: a tab on the screen's edge with the number of points on its dot. The
 * status stays in a live region, so a change is still heard.
 */
export function CollapsedTab({
  drawing,
  rootClass,
  buttonRef,
  onOpen,
}: {
  drawing: PanelDrawing;
  rootClass: string;
  buttonRef: Ref<HTMLButtonElement>;
  onOpen(): void;
}) {
  return (
    <aside class={`${rootClass} ac-root--collapsed`} aria-label="Assistant Clas">
      <p role="status" aria-live="polite" class="ac-sr">
        {drawing.statusText}
      </p>
      <button ref={buttonRef} type="button" class="ac-tab" aria-expanded={false} onClick={onOpen}>
        <span class="ac-tab__dot" aria-hidden="true">
          {drawing.tab.dot}
        </span>
        <span class="ac-tab__name">Assistant Clas</span>
        <span class="ac-sr"> : {drawing.tab.summary}. Ouvrir le panneau</span>
      </button>
    </aside>
  );
}
