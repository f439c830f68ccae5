import { useRef, useState } from 'preact/hooks';

export type ExportKind = 'json' | 'csv' | 'print' | 'text';

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: 'json', label: 'JSON' },
  { kind: 'csv', label: 'CSV' },
  { kind: 'print', label: 'Imprimer / PDF' },
  { kind: 'text', label: 'Copier le texte' },
];

/** « Exporter »: a menu button; Escape closes the list and gives the focus back to the button. */
export function ExportMenu({ onExport }: { onExport(kind: ExportKind): void }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return (
    <div
      class="ac-export"
      onKeyDown={(e) => {
        if (open && e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        class="ac-button"
        aria-expanded={open}
        aria-controls="ac-export-list"
        onClick={() => setOpen(!open)}
      >
        Exporter <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <ul id="ac-export-list" class="ac-export__list">
          {EXPORTS.map((x) => (
            <li key={x.kind}>
              <button
                type="button"
                class="ac-export__item"
                onClick={() => {
                  onExport(x.kind);
                  close();
                }}
              >
                {x.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
