import { useId, useState } from 'preact/hooks';
import { ruleInfo } from '../rules/catalogue';
import type { Impact } from '../rules/impact';
import type { Finding } from '../rules/report';
import type { Mark } from '../settings/schema';
import { lossText, SEVERITY } from '../display/report-words';
import { fieldLabel } from '../display/field-names';

export interface FindingItemProps {
  finding: Finding;
  markKey: string;
  impact: Impact | undefined;
  instructor: boolean;
  mark: Mark | undefined;
  onMarkChange(key: string, mark: Mark): void;
  canShowField(path: string): boolean;
  /** The field is on the page but on another step of the form (hidden for now). */
  fieldOnOtherStep?(path: string): boolean;
  onShowField(path: string): void;
  /** Path → « lu à l’étape 2 »: a value another page of the dossier gave. */
  readElsewhere?: Readonly<Record<string, string>>;
  /** The page's label the finding's field was read from. */
  evidenceOf?(path: string): string | undefined;
}

const NO_MARK: Mark = { checked: false, note: '' };

export function FindingItem(props: FindingItemProps) {
  const { finding: f, impact, instructor, markKey } = props;
  const mark = props.mark ?? NO_MARK;
  const [quoteOpen, setQuoteOpen] = useState(false);
  const id = useId();
  const info = ruleInfo(f.rule);
  const sev = SEVERITY[f.severity];
  const field = f.field;
  const showable = field !== undefined && props.canShowField(field);
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
      {field !== undefined && props.evidenceOf?.(field) && (
        <p class="ac-evidence">lu dans « {props.evidenceOf(field)} »</p>
      )}
      {impact && (
        <p class="ac-impact">
          Manque à gagner{' '}
          <strong class="ac-impact__amount">
            (
            {impact.maxDeltaCents !== undefined && impact.maxDeltaCents !== impact.deltaCents
              ? `${lossText(impact.deltaCents)} à ${lossText(impact.maxDeltaCents)}`
              : lossText(impact.deltaCents)}
            )
          </strong>
          {` : ${impact.hint}.`}
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
            Voir le champ<span class="ac-sr"> : {fieldLabel(field)}</span>
          </button>
        )}
        {!showable && field !== undefined && props.fieldOnOtherStep?.(field) && (
          <span class="ac-elsewhere">Champ à une autre étape du formulaire</span>
        )}
        {!showable && field !== undefined && props.readElsewhere?.[field] && (
          <span class="ac-elsewhere">{props.readElsewhere[field]}</span>
        )}
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
