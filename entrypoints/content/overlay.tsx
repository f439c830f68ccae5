import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * styles/colors.css's `--ac-blue`, written here because the outline is on the portal's page,
 * where the extension's stylesheets do not reach (test/unit/colors.test.ts keeps them equal).
 */
const BLUE = '#000091';

const OUTLINE = {
  display: 'block',
  position: 'fixed',
  'z-index': '2147483646',
  'pointer-events': 'none',
  border: `3px solid ${BLUE}`,
  'border-radius': '4px',
  'box-sizing': 'content-box',
  margin: '0',
  padding: '0',
  background: 'transparent',
  opacity: '1',
  transform: 'none',
  'box-shadow': '0 0 0 3px rgba(255, 255, 255, 0.9), 0 0 0 6px rgba(0, 0, 145, 0.35)',
};

/**
 * Outlines the field « Voir le champ » points at, drawn over the page in the extension's host:
 * the page's fields are never touched (no class, no style, no attribute). Its look is in its
 * style attribute with `!important`, out of the page's style sheets' reach.
 */
export function FieldOutline({ target, onDone }: { target: Element | null; onDone(): void }) {
  const [rect, setRect] = useState<DOMRect | null>(null);
  const ref = useRef<HTMLDivElement>(null);

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

  const shown = rect !== null;
  useEffect(() => {
    const el = ref.current;
    if (!el || !rect) return;
    const pad = 4;
    const box: Record<string, string> = {
      ...OUTLINE,
      top: `${rect.top - pad - 3}px`,
      left: `${rect.left - pad - 3}px`,
      width: `${rect.width + 2 * pad}px`,
      height: `${rect.height + 2 * pad}px`,
    };
    // The shadow is left animatable (an `!important` one would win over the pulse).
    for (const [k, v] of Object.entries(box))
      el.style.setProperty(k, v, k === 'box-shadow' ? '' : 'important');
  }, [rect]);
  // A pulse when it appears, unless the person asked for less motion.
  useEffect(() => {
    const el = ref.current;
    if (!shown || !el || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    el.animate?.(
      [
        { boxShadow: '0 0 0 3px rgba(255,255,255,.9), 0 0 0 14px rgba(0,0,145,.45)' },
        { boxShadow: '0 0 0 3px rgba(255,255,255,.9), 0 0 0 6px rgba(0,0,145,.35)' },
      ],
      { duration: 1200, easing: 'ease-out', iterations: 2 },
    );
  }, [shown, target]);

  if (!rect) return null;
  return <div ref={ref} data-testid="field-outline" aria-hidden="true" />;
}
