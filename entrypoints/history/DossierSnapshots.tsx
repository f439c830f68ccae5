import { PORTAL_NAMES } from '../../portals/hosts';
import { formatCentsRange, formatDateTimeFr } from '../../rules/format-fr';
import type { SnapshotEntry } from '../../snapshots/store';
import { entryStatus, type DossierGroup } from './history-groups';

export interface EntryActions {
  isSelected(id: string): boolean;
  toggle(id: string, on: boolean): void;
  printUrl(id: string): string;
  exportAgain(e: SnapshotEntry, kind: 'json' | 'csv'): void;
  remove(e: SnapshotEntry): void;
}

/** One dossier's snapshots, newest first: tick to compare, open, export again, delete. */
export function DossierSnapshots({
  group: g,
  index,
  actions,
}: {
  group: DossierGroup;
  index: number;
  actions: EntryActions;
}) {
  return (
    <section class="group" aria-labelledby={`group-${index}`}>
      <h2 id={`group-${index}`}>
        {g.carrier}{' '}
        <span class="muted group__where">
          — {PORTAL_NAMES[g.portal]}, {g.place}
        </span>
      </h2>
      <table>
        <caption class="sr">
          Instantanés du dossier {g.carrier}, du plus récent au plus ancien
        </caption>
        <thead>
          <tr>
            <th scope="col">Comparer</th>
            <th scope="col">Date</th>
            <th scope="col">Statut</th>
            <th scope="col">Financement estimé</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {g.items.map((e) => (
            <EntryRow key={e.id} e={e} actions={actions} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function EntryRow({ e, actions }: { e: SnapshotEntry; actions: EntryActions }) {
  const when = formatDateTimeFr(e.createdAt);
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Comparer l’instantané du ${when}`}
          checked={actions.isSelected(e.id)}
          onChange={(ev) => actions.toggle(e.id, ev.currentTarget.checked)}
        />
      </td>
      <td>
        <time dateTime={e.createdAt}>{when}</time>
        {e.role === 'instructor' && (
          <span class="muted">
            {' '}
            · instructeur, {e.verified}/{e.findings} vérifiés
          </span>
        )}
      </td>
      <td>{entryStatus(e)}</td>
      <td>{formatCentsRange(e.totalMinCents, e.totalMaxCents)}</td>
      <td class="actions">
        <a
          href={actions.printUrl(e.id)}
          target="_blank"
          aria-label={`Ouvrir l’instantané du ${when}`}
        >
          Ouvrir
        </a>
        <button
          type="button"
          class="secondary"
          aria-label={`Exporter en JSON l’instantané du ${when}`}
          onClick={() => actions.exportAgain(e, 'json')}
        >
          JSON
        </button>
        <button
          type="button"
          class="secondary"
          aria-label={`Exporter en CSV l’instantané du ${when}`}
          onClick={() => actions.exportAgain(e, 'csv')}
        >
          CSV
        </button>
        <button
          type="button"
          class="danger"
          aria-label={`Supprimer l’instantané du ${when}`}
          onClick={() => actions.remove(e)}
        >
          Supprimer
        </button>
      </td>
    </tr>
  );
}
