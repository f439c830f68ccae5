import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTimeFr } from '../../rules/format-fr';
import type { Snapshot } from '../../snapshots/format';
import {
  PAGE_SIZE,
  SnapshotStoreError,
  STORE_MESSAGES,
  type SnapshotEntry,
  type SnapshotStore,
} from '../../snapshots/store';

/**
 * The history list's data and actions: the search (after a short pause in typing), 100 entries
 * at a time, a reload when the tab comes back (another tab may have exported meanwhile), and
 * export again, delete one, delete all, each saying how it went in `status`.
 */

export interface HistoryDeps {
  store: SnapshotStore;
  /** Saves a snapshot file (JSON or CSV); returns the file name. */
  download(snapshot: Snapshot, kind: 'json' | 'csv'): string;
  confirm(question: string): boolean;
}

export function errorText(e: unknown): string {
  return e instanceof SnapshotStoreError ? e.message : STORE_MESSAGES.failed;
}

/** A search waits this long after the last key before it runs. */
const SEARCH_PAUSE_MS = 150;

export function useHistory({ store, download, confirm }: HistoryDeps) {
  const [search, setSearch] = useState('');
  const [items, setItems] = useState<SnapshotEntry[]>([]);
  const [total, setTotal] = useState(0);
  /** The search the list shows (the box may be ahead of it while typing). */
  const [shownSearch, setShownSearch] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const query = useRef(0);

  const load = useCallback(
    async (text: string, offset: number, limit = PAGE_SIZE) => {
      // Only the latest query's answer is shown: a slow one must not overwrite a newer one.
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

  useEffect(() => {
    const t = setTimeout(() => void load(search, 0), search ? SEARCH_PAUSE_MS : 0);
    return () => clearTimeout(t);
  }, [search, load]);

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

  const loadMore = () => void load(search, items.length);

  async function exportAgain(e: SnapshotEntry, kind: 'json' | 'csv') {
    try {
      const s = await store.get(e.id);
      if (!s) return setStatus('Instantané introuvable : il a peut-être été supprimé.');
      setStatus(`Fichier ${download(s, kind)} enregistré.`);
    } catch (err) {
      setStatus(errorText(err));
    }
  }

  /** True once deleted. */
  async function remove(e: SnapshotEntry): Promise<boolean> {
    if (!confirm(`Supprimer l’instantané du ${formatDateTimeFr(e.createdAt)} (${e.carrier}) ?`))
      return false;
    try {
      await store.delete(e.id);
      setItems((prev) => prev.filter((x) => x.id !== e.id));
      setTotal((t) => Math.max(0, t - 1));
      setStatus('Instantané supprimé.');
      return true;
    } catch (err) {
      setStatus(errorText(err));
      return false;
    }
  }

  /** True once emptied. */
  async function removeAll(): Promise<boolean> {
    if (!confirm('Supprimer tous les instantanés de l’historique ? Cette action est définitive.'))
      return false;
    try {
      await store.clear();
      setItems([]);
      setTotal(0);
      setStatus('Historique vidé.');
      return true;
    } catch (err) {
      setStatus(errorText(err));
      return false;
    }
  }

  return {
    search,
    setSearch,
    items,
    total,
    shownSearch,
    loaded,
    error,
    status,
    setStatus,
    loadMore,
    exportAgain,
    remove,
    removeAll,
  };
}
