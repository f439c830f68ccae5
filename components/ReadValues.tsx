import type { ReadValue } from '../display/read-values';

/**
 * « Valeurs lues »: each value taken from this page, and the page's label it came from. A value
 * read from the wrong field shows here at a glance; « Indiquer le champ » in « Champs non lus »
 * or the options then correct it.
 */
export function ReadValues({ values }: { values: readonly ReadValue[] }) {
  return (
    <>
      <p class="ac-hint">
        Chaque valeur prise sur cette page, avec le libellé où elle a été lue. Si l’une est fausse,
        corrigez-la sur la page ou indiquez le bon champ.
      </p>
      <dl class="ac-read">
        {values.map((v) => (
          <div key={v.path} class="ac-read__row">
            <dt>{v.field}</dt>
            <dd>
              <span class="ac-read__value">{v.value}</span>
              <span class="ac-evidence"> — lu dans « {v.label} »</span>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
