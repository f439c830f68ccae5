import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

export interface SectionProps {
  title: string;
  /** Shown beside the title, e.g. the number of points. */
  count?: string;
  tone?: 'blocking' | 'warning' | 'info' | 'ok' | 'neutral';
  defaultOpen?: boolean;
  /** Rendered only while open: keep heavy lists out of closed sections. */
  children: ComponentChildren;
}

/** A heading whose button opens and closes its section (disclosure pattern, aria-expanded). */
export function Section({
  title,
  count,
  tone = 'neutral',
  defaultOpen = false,
  children,
}: SectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section class={`ac-section ac-tone-${tone}`}>
      <h3 class="ac-section__title">
        <button
          type="button"
          class="ac-section__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span class="ac-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span class="ac-section__name">{title}</span>
          {count !== undefined && <span class="ac-section__count">{count}</span>}
        </button>
      </h3>
      <div id={bodyId} class="ac-section__body" hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
