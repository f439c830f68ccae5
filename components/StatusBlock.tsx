import type { PanelDrawing } from '../display/panel-drawing';
import { FUNDS_CAVEAT } from '../rules/funding-lines';

/**
 * The status at the top of the panel: the verdict in a polite live region (its first part
 * large, the others below), the estimated funding outside it, where and when it was read, and
 * the instructor's progress.
 */
export function StatusBlock({
  drawing,
  checked,
}: {
  drawing: PanelDrawing;
  /** The instructor's findings marked « Vérifié »; undefined for the carrier. */
  checked: number | undefined;
}) {
  const { view, tone } = drawing;
  const [head, ...rest] = view.status;
  return (
    <div class={`ac-status ac-tone-${tone}`}>
      <p class="ac-status__line">
        <span class="ac-status__icon" aria-hidden="true">
          {tone === 'ok' ? '✓' : tone === 'blocking' ? '✖' : '!'}
        </span>
        <span role="status" aria-live="polite" class="ac-status__text">
          <span class="ac-status__main">{head?.text}</span>
          {rest.map((part) => (
            <span key={part.kind} class={`ac-status__part ac-status__part--${part.kind}`}>
              <span class="ac-sr"> — </span>
              <span class="ac-status__rest">{part.text}</span>
            </span>
          ))}
        </span>
      </p>
      <p class={`ac-status__money${view.funding.waiting ? ' ac-status__money--waiting' : ''}`}>
        Financement estimé : <strong class="ac-nowrap">{view.funding.text}</strong>
        <span class="ac-status__caveat">{FUNDS_CAVEAT}</span>
      </p>
      <p class="ac-status__meta">{drawing.meta}</p>
      {checked !== undefined && (
        <p class="ac-progress">
          {checked}/{drawing.keys.length} vérifiés
          {!drawing.marksKept && (
            <span class="ac-hint">
              {' '}
              — dossier sans numéro ni nom lu : vos vérifications ne seront pas conservées
            </span>
          )}
        </p>
      )}
    </div>
  );
}
