import { useEffect, useState } from 'preact/hooks';

/**
 * Outlines the field « Voir le champ » points at, drawn in the panel's own shadow root over the
 * page: the page's fields are never touched (no class, no style, no attribute).
 */
export function FieldOutline({ target, onDone }: { target: Element | null; onDone(): void }) {
  const [rect, setRect] = useState<DOMRect | null>(null);

  useEffect(() => {
    if (!target) return setRect(null);
    let frame = 0;
    const place = () => {
      cancelAnimationFrame(frame);
      // A field on a step that was just hidden has no box: no outline in the page's corner.
      frame = requestAnimationFrame(() =>
        setRect(
          target.isConnected && target.getClientRects().length > 0
            ? target.getBoundingClientRect()
            : null,
        ),
      );
    };
    place();
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place, { passive: true });
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onDone();
    document.addEventListener('keydown', onKey, true);
    const timer = window.setTimeout(onDone, 8000);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', place, { capture: true });
      window.removeEventListener('resize', place);
      document.removeEventListener('keydown', onKey, true);
      window.clearTimeout(timer);
    };
  }, [target]);

  if (!rect) return null;
  const pad = 4;
  return (
    <div
      class="ac-outline"
      data-testid="field-outline"
      aria-hidden="true"
      style={{
        top: `${rect.top - pad}px`,
        left: `${rect.left - pad}px`,
        width: `${rect.width + 2 * pad}px`,
        height: `${rect.height + 2 * pad}px`,
      }}
    />
  );
}

export const OUTLINE_CSS = `
.ac-outline {
  position: fixed;
  z-index: 2147483646;
  pointer-events: none;
  border: 3px solid #000091;
  border-radius: 4px;
  box-shadow: 0 0 0 3px rgba(255, 255, 255, 0.9), 0 0 0 6px rgba(0, 0, 145, 0.35);
  animation: ac-pulse 1.2s ease-out 2;
}
@keyframes ac-pulse {
  0% { box-shadow: 0 0 0 3px rgba(255,255,255,.9), 0 0 0 14px rgba(0,0,145,.45); }
  100% { box-shadow: 0 0 0 3px rgba(255,255,255,.9), 0 0 0 6px rgba(0,0,145,.35); }
}
@media (prefers-reduced-motion: reduce) { .ac-outline { animation: none; } }
`;
