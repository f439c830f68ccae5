import type { SnapshotEntry } from '../../snapshots/store';

/** The history list's words and grouping: pure, from the store's entries. */

export interface DossierGroup {
  key: string;
  carrier: string;
  /** Host and path of the page: « elan.caf.fr/demande ». */
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
export function groupByDossier(items: readonly SnapshotEntry[]): DossierGroup[] {
  const groups = new Map<string, DossierGroup>();
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

const s = (n: number) => (n > 1 ? 's' : '');

/** « Recevable, 2 à vérifier », « 2 points bloquants, 6 à vérifier ». */
export function entryStatus(e: SnapshotEntry): string {
  const head = e.receivable
    ? 'Recevable'
    : `${e.blocking} point${s(e.blocking)} bloquant${s(e.blocking)}`;
  return `${head}, ${e.warnings} à vérifier`;
}

/** « 3 instantanés dans l’historique », « 1 instantané pour « passe » ». */
export function countText(total: number, search: string): string {
  const n = `${total} instantané${s(total)}`;
  return search ? `${n} pour « ${search} »` : `${n} dans l’historique`;
}
