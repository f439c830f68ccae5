import { useId, useState } from 'preact/hooks';
import { ruleInfo } from '../rules/catalogue';
import type { FindingEntry } from '../display/panel-drawing';
import type { Mark } from '../settings/schema';
import { SEVERITY } from '../display/report-words';

export interface FindingItemProps {
  /** The finding, its key, impact, and where its field is (display/panel-drawing.ts). */
  entry: FindingEntry;
  instructor: boolean;
  mark: Mark | undefined;
  onMarkChange(key: string, mark: Mark): void;
  onShowField(path: string): void;
}

const NO_MARK: Mark = { checked: false, note: '' };

export function FindingItem(props: FindingItemProps) {
  const { instructor } = props;
  const { finding: f, loss, key: markKey, place, evidence, readElsewhere } = props.entry;
  const mark = props.mark ?? NO_MARK;
  const [quoteOpen, setQuoteOpen] = useState(false);
  const id = useId();
  const info = ruleInfo(f.rule);
  const sev = SEVERITY[f.severity];
  const field = f.field;
  const showable = field !== undefined && place === 'shown';
  return (
    <li class={`ac-finding ac-sev-${f.severity}${mark.checked ? ' ac-finding--checked' : ''}`}>
      <p class="ac-finding__head">
        <span class="ac-badge">
          <span class="ac-badge__icon" aria-hidden="true">
            {sev.icon}
          </span>
          {sev.label}
        </span>
        {info && <span class="ac-finding__title">{info.title}</span>}
      </p>
      <p class="ac-finding__msg">{f.message}</p>
      {evidence && <p class="ac-evidence">lu dans « {evidence} »</p>}
      {loss && (
        <p class="ac-impact">
          Manque à gagner <strong class="ac-impact__amount">({loss.amount})</strong>
          {` : ${loss.hint}.`}
        </p>
      )}
      <div class="ac-finding__actions">
        <span class="ac-source">Source : {f.source}</span>
        {info?.quote && (
          <button
            type="button"
            class="ac-link"
            aria-expanded={quoteOpen}
            aria-controls={`${id}-q`}
            onClick={() => setQuoteOpen(!quoteOpen)}
          >
            {quoteOpen ? 'Masquer le texte' : 'Voir le texte'}
          </button>
        )}
        {showable && (
          <button type="button" class="ac-link" onClick={() => props.onShowField(field)}>
            Voir le champ<span class="ac-sr"> : {props.entry.fieldName}</span>
          </button>
        )}
        {place === 'other-step' && (
          <span class="ac-elsewhere">Champ à une autre étape du formulaire</span>
        )}
        {!showable && readElsewhere && <span class="ac-elsewhere">{readElsewhere}</span>}
      </div>
      {info?.quote && (
        <blockquote id={`${id}-q`} class="ac-quote" hidden={!quoteOpen}>
          {quoteOpen && (
            <>
              <p>« {info.quote} »</p>
              <footer>— {f.source}</footer>
            </>
          )}
        </blockquote>
      )}
      {instructor && (
        <div class="ac-mark">
          <label class="ac-check">
            <input
              type="checkbox"
              checked={mark.checked}
              onChange={(e) =>
                props.onMarkChange(markKey, { ...mark, checked: e.currentTarget.checked })
              }
            />
            Vérifié
          </label>
          <label class="ac-note" for={`${id}-n`}>
            Note
          </label>
          <textarea
            id={`${id}-n`}
            class="ac-note__input"
            rows={2}
            value={mark.note}
            onInput={(e) => props.onMarkChange(markKey, { ...mark, note: e.currentTarget.value })}
          />
        </div>
      )}
    </li>
  );
}
