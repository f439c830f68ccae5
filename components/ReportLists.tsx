import type { Campaign } from '../rules/campaigns/campaign';
import { formatDateFr } from '../rules/format-fr';
import type { ChecklistItem, Deadline } from '../rules/report';
import { deadlineWhen } from '../display/report-words';
import { fieldLabel } from '../display/field-names';

/** « À compléter »: what is still to do first, then what is done (✓ and « fait »). */
export function Checklist({ items }: { items: readonly ChecklistItem[] }) {
  if (items.length === 0) return <p class="ac-empty">Rien à compléter.</p>;
  const todo = items.filter((c) => !c.done);
  const done = items.filter((c) => c.done);
  return (
    <>
      {todo.length === 0 && <p class="ac-hint">Tout est complété.</p>}
      {todo.length > 0 && <ChecklistItems items={todo} />}
      {done.length > 0 && (
        <>
          <h4 class="ac-subtitle">Déjà fait ({done.length})</h4>
          <ChecklistItems items={done} />
        </>
      )}
    </>
  );
}

function ChecklistItems({ items }: { items: readonly ChecklistItem[] }) {
  return (
    <ul class="ac-checklist">
      {items.map((c, i) => (
        <li key={i} class={c.done ? 'ac-done' : 'ac-todo'}>
          <span class="ac-checklist__mark" aria-hidden="true">
            {c.done ? '✓' : '○'}
          </span>
          <span class="ac-sr">{c.done ? 'fait : ' : 'à faire : '}</span>
          <span class="ac-checklist__text">{c.item}</span>
        </li>
      ))}
    </ul>
  );
}

export function Deadlines({
  deadlines,
  campaign,
}: {
  deadlines: readonly Deadline[];
  campaign: Campaign | undefined;
}) {
  if (deadlines.length === 0) return <p class="ac-empty">Aucune échéance.</p>;
  return (
    <ul class="ac-deadlines">
      {deadlines.map((d, i) => {
        const { text: when, state } = deadlineWhen(d, campaign);
        return (
          <li key={i} class={`ac-deadline ac-deadline--${state}`}>
            <span class="ac-deadline__label">{d.label}</span>
            <span class="ac-deadline__date">
              <time dateTime={d.date}>{formatDateFr(d.date)}</time>
              {' — '}
              <span class="ac-deadline__when">{when}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function NotFound({
  paths,
  ambiguous = [],
  onTeach,
  notYet = false,
}: {
  paths: readonly string[];
  ambiguous?: readonly { label: string; paths: readonly string[] }[];
  onTeach?: (path: string) => void;
  /** Read from a page that tells "not read" from "empty": the rules needing them wait. */
  notYet?: boolean;
}) {
  return (
    <>
      {ambiguous.length > 0 && (
        <>
          <p class="ac-hint">
            Ces libellés de la page peuvent désigner plusieurs champs : ils ne sont pas lus.
          </p>
          <ul class="ac-ambiguous">
            {ambiguous.map((a, i) => (
              <li key={i}>
                « {a.label} » : {a.paths.map((p) => fieldLabel(p)).join(' ou ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="ac-hint">
        {notYet
          ? 'Ces champs n’ont pas encore été lus : ils sont sur une autre étape du formulaire, ou n’ont pas été reconnus. Les règles qui en dépendent attendent.'
          : 'Ces champs n’ont pas été trouvés sur la page : ils ne sont pas vérifiés.'}
        {onTeach && ' « Indiquer le champ », puis cliquez sur le champ de la page.'}
      </p>
      <ul class="ac-notfound">
        {paths.map((p) => (
          <li key={p}>
            {fieldLabel(p)}
            {onTeach && (
              <button type="button" class="ac-link" onClick={() => onTeach(p)}>
                Indiquer le champ<span class="ac-sr"> : {fieldLabel(p)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
