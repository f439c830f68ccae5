import { useMemo } from 'preact/hooks';
import { HISTORY_TITLE } from '../../display/pages';
import type { SnapshotStore } from '../../snapshots/store';
import { ComparisonView } from './ComparisonView';
import { DossierSnapshots, type EntryActions } from './DossierSnapshots';
import { countText, groupByDossier } from './history-groups';
import { useComparison } from './use-comparison';
import { useHistory, type HistoryDeps } from './use-history';

export interface HistoryAppProps extends HistoryDeps {
  store: SnapshotStore;
  /** Address of the printable view of a snapshot. */
  printUrl(id: string): string;
}

/**
 * The history page: snapshots grouped by dossier, newest first, 100 at a time (« Afficher
 * plus »), searched by carrier name; open, export again, delete, and compare two snapshots of the
 * same dossier. Data and actions are in the hooks (use-history.ts, use-comparison.ts); this
 * only lays them out.
 */
export function HistoryApp({ store, download, confirm, printUrl }: HistoryAppProps) {
  const h = useHistory({ store, download, confirm });
  const c = useComparison(store, h.items, h.setStatus);
  const groups = useMemo(() => groupByDossier(h.items), [h.items]);
  const actions: EntryActions = {
    isSelected: c.isSelected,
    toggle: c.toggle,
    printUrl,
    exportAgain: (e, kind) => void h.exportAgain(e, kind),
    remove: (e) => void h.remove(e).then((done) => done && c.forget(e.id)),
  };
  const left = h.total - h.items.length;

  return (
    <main>
      <h1>{HISTORY_TITLE}</h1>
      <p class="muted">
        Les instantanés restent dans ce navigateur (stockage de l’extension) : rien n’est envoyé.
      </p>

      <div class="row" role="search">
        <label for="history-search">Rechercher un porteur</label>
        <input
          id="history-search"
          type="search"
          value={h.search}
          placeholder="ex. Passerelle"
          autoComplete="off"
          onInput={(e) => h.setSearch(e.currentTarget.value)}
        />
        <button
          type="button"
          class="danger"
          disabled={h.total === 0 || h.search !== ''}
          onClick={() => void h.removeAll().then((done) => done && c.forget())}
        >
          Tout supprimer
        </button>
      </div>

      <p role="status" aria-live="polite" class="muted">
        {h.loaded ? countText(h.total, h.shownSearch) : 'Chargement…'}
        {h.status && <> — {h.status}</>}
      </p>
      {h.error && (
        <p role="alert" class="message error">
          {h.error}
        </p>
      )}

      <div class="row compare-bar">
        <button type="button" disabled={!c.samePair} onClick={() => void c.compare()}>
          Comparer les 2 instantanés cochés
        </button>
        <span class="muted">
          {c.ticked < 2
            ? `Cochez deux instantanés d’un même dossier pour les comparer (${c.ticked}/2).`
            : c.samePair
              ? 'Prêt à comparer.'
              : 'Les deux instantanés cochés ne sont pas du même dossier.'}
        </span>
      </div>

      {c.comparison && <ComparisonView c={c.comparison} onClose={c.close} />}

      {h.loaded && h.total === 0 && !h.error && (
        <p>
          {h.shownSearch
            ? 'Aucun instantané pour ce porteur.'
            : 'Aucun instantané : exportez une vérification depuis le panneau (JSON, CSV, impression ou texte) pour l’y retrouver.'}
        </p>
      )}

      {groups.map((g, i) => (
        <DossierSnapshots key={g.key} group={g} index={i} actions={actions} />
      ))}

      {left > 0 && (
        <p>
          <button type="button" class="secondary" onClick={h.loadMore}>
            Afficher plus ({left} restant{left > 1 ? 's' : ''})
          </button>
        </p>
      )}
    </main>
  );
}
