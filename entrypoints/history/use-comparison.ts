import { useMemo, useState } from 'preact/hooks';
import { compareSnapshots, type SnapshotComparison } from '../../snapshots/compare';
import type { SnapshotEntry, SnapshotStore } from '../../snapshots/store';
import { errorText } from './use-history';

/**
 * Two snapshots of one dossier, ticked in the list, then compared. A third tick replaces the
 * oldest; a deleted snapshot leaves the selection, and closes a comparison it was part of.
 */
export function useComparison(
  store: SnapshotStore,
  items: readonly SnapshotEntry[],
  setStatus: (text: string) => void,
) {
  const [selected, setSelected] = useState<string[]>([]);
  const [comparison, setComparison] = useState<SnapshotComparison | null>(null);
  const byId = useMemo(() => new Map(items.map((e) => [e.id, e])), [items]);

  const pair = selected.map((id) => byId.get(id)).filter((e): e is SnapshotEntry => !!e);
  const samePair = pair.length === 2 && pair[0]!.dossierKey === pair[1]!.dossierKey;

  function toggle(id: string, on: boolean) {
    setSelected((sel) => {
      const rest = sel.filter((x) => x !== id);
      return on ? [...rest, id].slice(-2) : rest;
    });
  }

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

  /** A snapshot was deleted (or all of them, with no id). */
  function forget(id?: string) {
    setSelected((sel) => (id === undefined ? [] : sel.filter((x) => x !== id)));
    setComparison((c) =>
      c && (id === undefined || c.before.id === id || c.after.id === id) ? null : c,
    );
  }

  return {
    isSelected: (id: string) => selected.includes(id),
    toggle,
    /** How many of the two are ticked. */
    ticked: pair.length,
    samePair,
    compare,
    comparison,
    close: () => setComparison(null),
    forget,
  };
}
