import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PORTAL_NAMES } from '../../portals/hosts';
import { formatCentsRange, formatDateTimeFr } from '../../rules/format-fr';
import { FUNDS_CAVEAT } from '../../rules/funding-lines';
import { compareSnapshots, type SnapshotComparison } from '../../snapshots/compare';
import {
  PAGE_SIZE,
  SnapshotStoreError,
  STORE_MESSAGES,
  type SnapshotEntry,
  type SnapshotStore,
} from '../../snapshots/store';
import type { Finding } from '../../rules/report';
import type { Snapshot } from '../../snapshots/format';
import { SEVERITY } from '../../display/report-words';
import { fieldLabel } from '../../display/field-names';

/**
 * The history page: snapshots grouped by dossier, newest first, 100 at a time (« Afficher
 * plus »), searched by carrier name through the store's index; open, export again, delete, and
 * compare two snapshots of the same dossier.
 */

export interface HistoryAppProps {
  store: SnapshotStore;
  /** Saves a snapshot file (JSON or CSV); returns the file name. */
  download(snapshot: Snapshot, kind: 'json' | 'csv'): string;
  confirm(question: string): boolean;
  /** Address of the printable view of a snapshot. */
  printUrl(id: string): string;
}

interface Group {
  key: string;
  carrier: string;
  place: string;
  portal: SnapshotEntry['portal'];
  items: SnapshotEntry[];
}

function placeOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.pathname}`;
  } catch {
    return url;
  }
}

/** Groups in the order of their newest snapshot; snapshots newest first inside each. */
export function groupByDossier(items: readonly SnapshotEntry[]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of items) {
    let g = groups.get(e.dossierKey);
    if (!g) {
      g = {
        key: e.dossierKey,
        carrier: e.carrier,
        place: placeOf(e.url),
        portal: e.portal,
        items: [],
      };
      groups.set(e.dossierKey, g);
    }
    g.items.push(e);
  }
  return [...groups.values()];
}

function statusText(e: SnapshotEntry): string {
  const head = e.receivable
    ? 'Recevable'
    : `${e.blocking} point${e.blocking > 1 ? 's' : ''} bloquant${e.blocking > 1 ? 's' : ''}`;
  return `${head}, ${e.warnings} à vérifier`;
}

const range = formatCentsRange;

function errorText(e: unknown): string {
  return e instanceof SnapshotStoreError ? e.message : STORE_MESSAGES.failed;
}

export function HistoryApp({ store, download, confirm, printUrl }: HistoryAppProps) {
  const [search, setSearch] = useState('');
  const [items, setItems] = useState<SnapshotEntry[]>([]);
  const [total, setTotal] = useState(0);
  /** The search the list shows (the box may be ahead of it while typing). */
  const [shownSearch, setShownSearch] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [comparison, setComparison] = useState<SnapshotComparison | null>(null);
  const query = useRef(0);
  const compareHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(
    async (text: string, offset: number, limit = PAGE_SIZE) => {
      const n = ++query.current;
      try {
        const r = await store.list({ search: text, offset, limit });
        if (n !== query.current) return;
        setItems((prev) => {
          if (offset === 0) return r.items;
          const seen = new Set(prev.map((e) => e.id));
          return [...prev, ...r.items.filter((e) => !seen.has(e.id))];
        });
        setTotal(r.total);
        setShownSearch(text.trim());
        setError(null);
      } catch (e) {
        if (n === query.current) setError(errorText(e));
      } finally {
        if (n === query.current) setLoaded(true);
      }
    },
    [store],
  );

  // A new search after a short pause in typing.
  useEffect(() => {
    const t = setTimeout(() => void load(search, 0), search ? 150 : 0);
    return () => clearTimeout(t);
  }, [search, load]);

  // Back on this tab: another tab may have exported meanwhile.
  const shown = useRef(0);
  shown.current = items.length;
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible')
        void load(search, 0, Math.max(PAGE_SIZE, shown.current));
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [search, load]);

  useEffect(() => {
    if (comparison) compareHeading.current?.focus();
  }, [comparison]);

  const groups = useMemo(() => groupByDossier(items), [items]);
  const byId = useMemo(() => new Map(items.map((e) => [e.id, e])), [items]);

  async function exportAgain(e: SnapshotEntry, kind: 'json' | 'csv') {
    try {
      const s = await store.get(e.id);
      if (!s) return setStatus('Instantané introuvable : il a peut-être été supprimé.');
      const name = download(s, kind);
      setStatus(`Fichier ${name} enregistré.`);
    } catch (err) {
      setStatus(errorText(err));
    }
  }

  async function remove(e: SnapshotEntry) {
    if (!confirm(`Supprimer l’instantané du ${formatDateTimeFr(e.createdAt)} (${e.carrier}) ?`))
      return;
    try {
      await store.delete(e.id);
      setItems((prev) => prev.filter((x) => x.id !== e.id));
      setTotal((t) => Math.max(0, t - 1));
      setSelected((sel) => sel.filter((id) => id !== e.id));
      if (comparison && (comparison.before.id === e.id || comparison.after.id === e.id))
        setComparison(null);
      setStatus('Instantané supprimé.');
    } catch (err) {
      setStatus(errorText(err));
    }
  }

  async function removeAll() {
    if (!confirm('Supprimer tous les instantanés de l’historique ? Cette action est définitive.'))
      return;
    try {
      await store.clear();
      setItems([]);
      setTotal(0);
      setSelected([]);
      setComparison(null);
      setStatus('Historique vidé.');
    } catch (err) {
      setStatus(errorText(err));
    }
  }

  function toggle(id: string, on: boolean) {
    setSelected((sel) => {
      const rest = sel.filter((x) => x !== id);
      // Two at most: a third choice replaces the oldest choice.
      return on ? [...rest, id].slice(-2) : rest;
    });
  }

  const pair = selected.map((id) => byId.get(id)).filter((e): e is SnapshotEntry => !!e);
  const samePair = pair.length === 2 && pair[0]!.dossierKey === pair[1]!.dossierKey;

  async function compare() {
    if (!samePair) return;
    try {
      const [a, b] = await Promise.all([store.get(pair[0]!.id), store.get(pair[1]!.id)]);
      if (!a || !b) return setStatus('Un des instantanés est introuvable.');
      setComparison(compareSnapshots(a, b));
    } catch (err) {
      setStatus(errorText(err));
    }
  }

  return (
    <main>
      <h1>Historique des instantanés</h1>
      <p class="muted">
        Les instantanés restent dans ce navigateur (stockage de l’extension) : rien n’est envoyé.
      </p>

      <div class="row" role="search">
        <label for="history-search">Rechercher un porteur</label>
        <input
          id="history-search"
          type="search"
          value={search}
          placeholder="ex. Passerelle"
          autoComplete="off"
          onInput={(e) => setSearch(e.currentTarget.value)}
        />
        <button
          type="button"
          class="danger"
          disabled={total === 0 || search !== ''}
          onClick={() => void removeAll()}
        >
          Tout supprimer
        </button>
      </div>

      <p role="status" aria-live="polite" class="muted">
        {!loaded
          ? 'Chargement…'
          : shownSearch
            ? `${total} instantané${total > 1 ? 's' : ''} pour « ${shownSearch} »`
            : `${total} instantané${total > 1 ? 's' : ''} dans l’historique`}
        {status && <> — {status}</>}
      </p>
      {error && (
        <p role="alert" class="message error">
          {error}
        </p>
      )}

      <div class="row compare-bar">
        <button type="button" disabled={!samePair} onClick={() => void compare()}>
          Comparer les 2 instantanés cochés
        </button>
        <span class="muted">
          {pair.length < 2
            ? `Cochez deux instantanés d’un même dossier pour les comparer (${pair.length}/2).`
            : samePair
              ? 'Prêt à comparer.'
              : 'Les deux instantanés cochés ne sont pas du même dossier.'}
        </span>
      </div>

      {comparison && (
        <ComparisonView
          c={comparison}
          headingRef={compareHeading}
          onClose={() => setComparison(null)}
        />
      )}

      {loaded && total === 0 && !error && (
        <p>
          {shownSearch
            ? 'Aucun instantané pour ce porteur.'
            : 'Aucun instantané : exportez une vérification depuis le panneau (JSON, CSV, impression ou texte) pour l’y retrouver.'}
        </p>
      )}

      {groups.map((g, gi) => (
        <section key={g.key} class="group" aria-labelledby={`group-${gi}`}>
          <h2 id={`group-${gi}`}>
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
              {g.items.map((e) => {
                const when = formatDateTimeFr(e.createdAt);
                return (
                  <tr key={e.id}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Comparer l’instantané du ${when}`}
                        checked={selected.includes(e.id)}
                        onChange={(ev) => toggle(e.id, ev.currentTarget.checked)}
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
                    <td>{statusText(e)}</td>
                    <td>{range(e.totalMinCents, e.totalMaxCents)}</td>
                    <td class="actions">
                      <a
                        href={printUrl(e.id)}
                        target="_blank"
                        aria-label={`Ouvrir l’instantané du ${when}`}
                      >
                        Ouvrir
                      </a>
                      <button
                        type="button"
                        class="secondary"
                        aria-label={`Exporter en JSON l’instantané du ${when}`}
                        onClick={() => void exportAgain(e, 'json')}
                      >
                        JSON
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        aria-label={`Exporter en CSV l’instantané du ${when}`}
                        onClick={() => void exportAgain(e, 'csv')}
                      >
                        CSV
                      </button>
                      <button
                        type="button"
                        class="danger"
                        aria-label={`Supprimer l’instantané du ${when}`}
                        onClick={() => void remove(e)}
                      >
                        Supprimer
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}

      {items.length < total && (
        <p>
          <button type="button" class="secondary" onClick={() => void load(search, items.length)}>
            Afficher plus ({total - items.length} restant{total - items.length > 1 ? 's' : ''})
          </button>
        </p>
      )}
    </main>
  );
}

function ComparisonView({
  c,
  headingRef,
  onClose,
}: {
  c: SnapshotComparison;
  headingRef: { current: HTMLHeadingElement | null };
  onClose(): void;
}) {
  const when = (s: Snapshot) => formatDateTimeFr(s.createdAt);
  return (
    <section class="comparison" aria-labelledby="compare-title">
      <h2 id="compare-title" tabIndex={-1} ref={headingRef}>
        Comparaison : {when(c.before)} → {when(c.after)}
      </h2>
      <p>
        Statut : {c.receivable.before ? 'aucun point bloquant' : 'points bloquants'} →{' '}
        <strong>{c.receivable.after ? 'aucun point bloquant' : 'points bloquants'}</strong>
      </p>

      <h3>Financement</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Ligne</th>
            <th scope="col">Avant</th>
            <th scope="col">Après</th>
            <th scope="col">Écart</th>
          </tr>
        </thead>
        <tbody>
          {c.funding.lines.map((l) => (
            <tr key={`${l.financer}|${l.label}`}>
              <th scope="row">
                {l.financer} – {l.label}
              </th>
              <td>{l.before}</td>
              <td>{l.after}</td>
              <td>{l.difference}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{c.funding.total.before}</td>
            <td>{c.funding.total.after}</td>
            <td>
              <strong>{c.funding.total.difference}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <p class="muted">Montants estimés, {FUNDS_CAVEAT}.</p>

      <FindingChanges title="Points apparus" findings={c.appeared} />
      <FindingChanges title="Points résolus" findings={c.resolved} />

      <h3>Champs modifiés ({c.fields.length})</h3>
      {c.fields.length === 0 ? (
        <p>Aucun champ modifié.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Champ</th>
              <th scope="col">Avant</th>
              <th scope="col">Après</th>
            </tr>
          </thead>
          <tbody>
            {c.fields.map((f) => (
              <tr key={f.path}>
                <th scope="row">{f.label}</th>
                <td>{f.before}</td>
                <td>{f.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" class="secondary" onClick={onClose}>
          Fermer la comparaison
        </button>
      </p>
    </section>
  );
}

export const HISTORY_CSS = `
main { max-width: 1100px; margin: 0 auto; }
.group { margin: 18px 0; }
.group h2 { margin-bottom: 4px; }
.group__where { font-weight: 400; font-size: 13px; word-break: break-all; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
.actions button { padding: 3px 8px; }
.comparison { border: 1px solid #ccd; border-radius: 6px; padding: 8px 14px; margin: 12px 0; background: #fafaff; }
.comparison h2:focus { outline: 2px solid #0a76f6; outline-offset: 2px; }
.compare-bar { margin: 8px 0; }
input[type="search"] { border: 1px solid #666; border-radius: 4px; padding: 6px 8px; min-width: 260px; }
input[type="checkbox"] { width: 18px; height: 18px; }
`;

function FindingChanges({ title, findings }: { title: string; findings: readonly Finding[] }) {
  return (
    <>
      <h3>
        {title} ({findings.length})
      </h3>
      {findings.length === 0 ? (
        <p>Aucun.</p>
      ) : (
        <ul>
          {findings.map((f, i) => (
            <li key={i}>
              <strong>{SEVERITY[f.severity].label}</strong> : {f.message} ({f.source}
              {f.field ? ` ; ${fieldLabel(f.field)}` : ''})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
