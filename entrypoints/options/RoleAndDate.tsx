import { formatDateFr } from '../../rules/format-fr';
import { ROLES, type Role } from '../../settings/schema';
import type { OptionsContext } from './use-options';

const ROLE_NAMES: Record<Role, string> = {
  carrier: 'Porteur de projet',
  instructor: 'Instructeur Caf',
};

const FROM_TODAY = 'Échéances comptées depuis aujourd’hui.';

/** The role, and the date the deadlines are counted from. */
export function RoleAndDate({ o }: { o: OptionsContext }) {
  const { settings, save } = o;
  return (
    <>
      <h2>Rôle et date de référence</h2>
      <fieldset class="choices">
        <legend>Vous utilisez l’extension comme</legend>
        {ROLES.map((role) => (
          <label key={role}>
            <input
              type="radio"
              name="role"
              checked={settings.role === role}
              onChange={() => void save({ role }, 'Rôle enregistré.')}
            />
            {ROLE_NAMES[role]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Date de référence des échéances</legend>
        <div class="row">
          <label>
            Date
            <input
              type="date"
              value={settings.referenceDate ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value;
                void save(
                  { referenceDate: v || undefined },
                  v ? `Échéances comptées depuis le ${formatDateFr(v)}.` : FROM_TODAY,
                );
              }}
            />
          </label>
          <button
            type="button"
            class="secondary"
            onClick={() => void save({ referenceDate: undefined }, FROM_TODAY)}
          >
            Aujourd’hui
          </button>
        </div>
        <p class="muted">
          Vide : la date du jour. Utile pour relire un dossier à la date de son dépôt.
        </p>
      </fieldset>
    </>
  );
}
