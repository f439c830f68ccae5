import type { DossierView } from '../display/dossier-view';

/**
 * « Pas encore vérifié »: the rules that wait for fields no page has shown yet, each with those
 * fields. They are neither met nor failed: nothing is said of them until the fields are read.
 */
export function Pending({ rules }: { rules: DossierView['pending'] }) {
  return (
    <>
      <p class="ac-hint">
        Ces règles attendent des champs pas encore lus : elles seront vérifiées quand vous arriverez
        aux étapes qui les montrent.
      </p>
      <PendingRules
        rules={rules}
        listClass="ac-pending"
        titleClass="ac-pending__title"
        fieldsClass="ac-pending__fields"
      />
    </>
  );
}

/**
 * The rules pending, each « title — en attente de : fields »: in the panel and on the printable
 * page, each with its own class names (`ac-` in the panel's frame, plain on the print page).
 */
export function PendingRules({
  rules,
  listClass,
  titleClass,
  fieldsClass,
}: {
  rules: DossierView['pending'];
  listClass?: string;
  titleClass?: string;
  fieldsClass?: string;
}) {
  return (
    <ul class={listClass}>
      {rules.map((r) => (
        <li key={r.rule}>
          <span class={titleClass}>{r.title}</span>
          <span class={fieldsClass}>
            {' '}
            — en attente de : {r.fields.map((f) => f.label).join(', ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** « Étapes lues »: the pages of this dossier read in this browser session. */
export function DossierSteps({
  steps,
  onForget,
}: {
  steps: DossierView['steps'];
  onForget?: () => void;
}) {
  return (
    <>
      <ul class="ac-steps">
        {steps.map((s, i) => (
          <li key={i} class={s.current ? 'ac-steps__current' : undefined}>
            {s.label} : {s.fields} {s.fields > 1 ? 'champs lus' : 'champ lu'}
          </li>
        ))}
      </ul>
      <p class="ac-hint">
        Ce qui a été lu aux autres étapes est gardé jusqu’à la fermeture du navigateur, dans
        l’extension seulement.
      </p>
      {onForget && (
        <button type="button" class="ac-button" onClick={onForget}>
          Oublier ce dossier
        </button>
      )}
    </>
  );
}
