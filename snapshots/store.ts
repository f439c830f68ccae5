import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { carrierName, searchWords } from './build';
import { parseSnapshot, type Snapshot } from './format';

/**
 * The history of snapshots, in IndexedDB. Open it ONLY in the extension's origin (the background
 * service worker, the history and print pages): a content script's IndexedDB belongs to the
 * portal's origin, where the portal's own scripts could read it. The content script reaches
 * this store through `browser.runtime.sendMessage` (snapshots/messages.ts).
 *
 * Schema, by version (each migration runs in the upgrade transaction, so a failure leaves the
 * previous version and its data untouched):
 * - v1: store `snapshots` (keyPath `id`): the `clas-snapshot/1` objects.
 * - v2: store `entries` (keyPath `id`): a small summary of each snapshot for the list, with the
 *   indexes `createdAt`, `dossier` ([dossierKey, createdAt]) and `words` (multiEntry: the words
 *   of the carrier name, lower case, no accents, for the search); filled from the v1 snapshots.
 *   Listing 5 000 snapshots reads only these summaries, never the dossiers and reports.
 */

const DB_NAME = 'assistant-clas-snapshots';
export const DB_VERSION = 2;
export const PAGE_SIZE = 100;

/** What the history list shows of a snapshot. */
export interface SnapshotEntry {
  id: string;
  dossierKey: string;
  createdAt: string;
  /** Carrier name as written (« Porteur non renseigné » when missing). */
  carrier: string;
  /** Normalised words of the carrier name (the `words` index). */
  words: string[];
  portal: Snapshot['portal'];
  url: string;
  title: string;
  role: Snapshot['role'];
  checkedOn: string;
  receivable: boolean;
  blocking: number;
  warnings: number;
  findings: number;
  verified: number;
  totalMinCents: number;
  totalMaxCents: number;
}

interface ClasDB extends DBSchema {
  snapshots: { key: string; value: Snapshot };
  entries: {
    key: string;
    value: SnapshotEntry;
    indexes: { createdAt: string; dossier: [string, string]; words: string };
  };
}

export type StoreErrorCode = 'quota' | 'blocked' | 'open' | 'invalid' | 'failed' | 'exists';

export const STORE_MESSAGES: Record<StoreErrorCode, string> = {
  quota:
    'Espace de stockage du navigateur plein : l’instantané n’a pas été enregistré ; supprimez d’anciens instantanés depuis l’historique.',
  blocked:
    'Historique indisponible : un autre onglet de l’extension (ancienne version) bloque sa mise à jour ; fermez les onglets de l’historique puis réessayez.',
  open: 'Historique indisponible : le navigateur n’a pas pu ouvrir la base locale (navigation privée ou stockage désactivé ?) ; l’instantané n’a pas été enregistré.',
  invalid: 'Instantané invalide : il n’a pas été enregistré.',
  failed: 'L’historique n’a pas pu être modifié ; rien n’a été perdu, réessayez.',
  exists: 'Un instantané porte déjà cet identifiant : il n’a pas été remplacé.',
};

export class SnapshotStoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    readonly detail?: string,
  ) {
    super(STORE_MESSAGES[code]);
    this.name = 'SnapshotStoreError';
  }
}

function isQuota(e: unknown): boolean {
  const err = e as { name?: unknown; code?: unknown; message?: unknown } | null;
  return (
    !!err &&
    (err.name === 'QuotaExceededError' ||
      err.code === 22 ||
      err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      (typeof err.message === 'string' && /quota/i.test(err.message)))
  );
}

function toStoreError(e: unknown, fallback: StoreErrorCode): SnapshotStoreError {
  if (e instanceof SnapshotStoreError) return e;
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  if ((e as { name?: unknown } | null)?.name === 'ConstraintError')
    return new SnapshotStoreError('exists', detail);
  return new SnapshotStoreError(isQuota(e) ? 'quota' : fallback, detail);
}

/** The list summary of a snapshot; tolerant, so that a migration never stops on an odd record. */
function entryOf(s: Snapshot): SnapshotEntry {
  const findings = Array.isArray(s.report?.findings) ? s.report.findings : [];
  const funding = s.report?.funding;
  const name = carrierName({ dossier: s.dossier ?? { format: 'clas-dossier/1' } });
  return {
    id: s.id,
    dossierKey: s.dossierKey ?? '',
    createdAt: s.createdAt ?? '',
    carrier: name,
    words: searchWords(s.dossier?.carrier?.name ?? ''),
    portal: s.portal ?? 'other',
    url: s.url ?? '',
    title: s.title ?? '',
    role: s.role ?? 'carrier',
    checkedOn: s.report?.checkedOn ?? '',
    receivable: s.report?.receivable ?? false,
    blocking: findings.filter((f) => f.severity === 'blocking').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings: findings.length,
    verified: Array.isArray(s.marks) ? s.marks.filter((m) => m.checked).length : 0,
    totalMinCents: funding?.totalMinCents ?? 0,
    totalMaxCents: funding?.totalMaxCents ?? 0,
  };
}

// Migrations run on an untyped view: each one sees the schema of its own version.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** MIGRATIONS[v] takes the database from version v to v + 1. Append; never edit a shipped one. */
const MIGRATIONS: ((db: AnyDB, tx: UpgradeTx) => Promise<void>)[] = [
  // 0 → 1: the snapshots themselves.
  async (db) => {
    db.createObjectStore('snapshots', { keyPath: 'id' });
  },
  // 1 → 2: list summaries with indexes by time, dossier and carrier words, filled from v1.
  async (db, tx) => {
    // A v1 database without stores (opened once without a version, e.g. from the devtools).
    if (!db.objectStoreNames.contains('snapshots'))
      db.createObjectStore('snapshots', { keyPath: 'id' });
    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('createdAt', 'createdAt');
    entries.createIndex('dossier', ['dossierKey', 'createdAt']);
    entries.createIndex('words', 'words', { multiEntry: true });
    let cursor = await tx.objectStore('snapshots').openCursor();
    while (cursor) {
      const value = cursor.value as Snapshot;
      if (value && typeof value.id === 'string') await entries.put(entryOf(value));
      cursor = await cursor.continue();
    }
  },
];

export interface OpenOptions {
  name?: string;
  /** Version to open (tests open older versions); default DB_VERSION. */
  version?: number;
  /** How long an upgrade may wait for older connections to close. Default 5 s. */
  blockedTimeoutMs?: number;
}

/** Opens (and upgrades) the database; errors are SnapshotStoreError with a French message. */
export async function openSnapshotDb(options: OpenOptions = {}): Promise<IDBPDatabase<ClasDB>> {
  const version = options.version ?? DB_VERSION;
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let rejectBlocked: (e: unknown) => void = () => {};
  const blocked = new Promise<never>((_, reject) => (rejectBlocked = reject));
  const open = () =>
    openDB<ClasDB>(options.name ?? DB_NAME, version, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // A failed migration aborts the upgrade: openDB rejects, and that is reported below.
        tx.done.catch(() => {});
        const anyDb = db as unknown as AnyDB;
        const anyTx = tx as unknown as UpgradeTx;
        void (async () => {
          for (let v = oldVersion; v < version; v++) await MIGRATIONS[v]!(anyDb, anyTx);
        })().catch(() => {
          try {
            tx.abort();
          } catch {
            // already finished
          }
        });
      },
      blocked() {
        blockedTimer ??= setTimeout(
          () => rejectBlocked(new SnapshotStoreError('blocked')),
          options.blockedTimeoutMs ?? 5000,
        );
      },
      blocking(_current, _blockedVersion, event) {
        // A newer version wants to open (extension updated): let it.
        (event.target as IDBDatabase).close();
      },
    });
  let opening: Promise<IDBPDatabase<ClasDB>>;
  try {
    // indexedDB.open itself throws in some contexts (storage disabled).
    opening = open();
  } catch (e) {
    throw toStoreError(e, 'open');
  }
  try {
    const db = await Promise.race([opening, blocked]);
    return db;
  } catch (e) {
    // If the open finishes after the timeout, close that connection.
    void opening.then((db) => db.close()).catch(() => {});
    throw toStoreError(e, 'open');
  } finally {
    if (blockedTimer !== undefined) clearTimeout(blockedTimer);
  }
}

interface ListQuery {
  /** Words of the carrier name; each must start a word of the name (« pass épi »). */
  search?: string;
  /** Only the snapshots of this dossier. */
  dossierKey?: string;
  /** Default PAGE_SIZE. */
  limit?: number;
  offset?: number;
}

interface ListResult {
  /** Newest first. */
  items: SnapshotEntry[];
  /** How many snapshots match the query in all. */
  total: number;
}

export interface SnapshotStore {
  /** Validates and stores a new snapshot; an id already stored is refused (`exists`). */
  add(snapshot: Snapshot): Promise<SnapshotEntry>;
  list(query?: ListQuery): Promise<ListResult>;
  get(id: string): Promise<Snapshot | undefined>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
  close(): void;
}

const newestFirst = (a: SnapshotEntry, b: SnapshotEntry) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1;

/**
 * A store over one lazily opened connection, reopened when the browser or a newer version
 * closes it. Every write is one transaction over both stores: all or nothing.
 */
export function openSnapshotStore(options: OpenOptions = {}): SnapshotStore {
  let db: Promise<IDBPDatabase<ClasDB>> | undefined;
  const connect = () => {
    db ??= openSnapshotDb(options).then((d) => {
      const reset = () => {
        db = undefined;
      };
      d.addEventListener('close', reset);
      d.addEventListener('versionchange', reset);
      return d;
    });
    db.catch(() => {
      db = undefined;
    });
    return db;
  };

  type WriteTx = IDBPTransaction<ClasDB, ('snapshots' | 'entries')[], 'readwrite'>;

  /** Runs `ops` in one transaction over both stores: all are written, or none. */
  async function write(...ops: ((tx: WriteTx) => Promise<unknown>)[]): Promise<void> {
    const d = await connect();
    let tx: WriteTx;
    try {
      tx = d.transaction(['snapshots', 'entries'], 'readwrite');
    } catch (e) {
      throw toStoreError(e, 'failed');
    }
    const requests: Promise<unknown>[] = [];
    try {
      for (const op of ops) {
        const request = op(tx);
        // Handled at once: if a later op throws, the abort rejects this one too.
        request.catch(() => {});
        requests.push(request);
      }
      await Promise.all([...requests, tx.done]);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already aborted or finished
      }
      await tx.done.catch(() => {});
      throw toStoreError(e, 'failed');
    }
  }

  return {
    async add(snapshot) {
      const parsed = parseSnapshot(snapshot);
      if (!parsed.ok) throw new SnapshotStoreError('invalid', parsed.problems.join(' ; '));
      const entry = entryOf(parsed.snapshot);
      await write(
        // `add`, not `put`: an existing id fails the transaction instead of being replaced.
        (tx) => tx.objectStore('snapshots').add(parsed.snapshot),
        (tx) => tx.objectStore('entries').add(entry),
      );
      return entry;
    },

    async list(query = {}) {
      const limit = Math.max(0, query.limit ?? PAGE_SIZE);
      const offset = Math.max(0, query.offset ?? 0);
      const d = await connect();
      const tx = d.transaction('entries');
      const words = searchWords(query.search ?? '');
      if (words.length > 0) {
        // The longest word narrows through the index; the others filter what it found.
        const key = [...words].sort((a, b) => b.length - a.length)[0]!;
        const found = await tx.store.index('words').getAll(IDBKeyRange.bound(key, `${key}\uffff`));
        const seen = new Set<string>();
        const items = found
          .filter((e) => {
            if (seen.has(e.id)) return false;
            seen.add(e.id);
            if (query.dossierKey !== undefined && e.dossierKey !== query.dossierKey) return false;
            return words.every((w) => e.words.some((x) => x.startsWith(w)));
          })
          .sort(newestFirst);
        return { items: items.slice(offset, offset + limit), total: items.length };
      }
      const index =
        query.dossierKey !== undefined ? tx.store.index('dossier') : tx.store.index('createdAt');
      const range =
        query.dossierKey !== undefined
          ? IDBKeyRange.bound([query.dossierKey, ''], [query.dossierKey, '\uffff'])
          : null;
      const total = await (range ? index.count(range) : tx.store.count());
      const items: SnapshotEntry[] = [];
      if (limit > 0 && offset < total) {
        let cursor = await index.openCursor(range, 'prev');
        if (cursor && offset > 0) cursor = await cursor.advance(offset);
        while (cursor && items.length < limit) {
          items.push(cursor.value);
          cursor = await cursor.continue();
        }
      }
      return { items, total };
    },

    async get(id) {
      const d = await connect();
      return d.get('snapshots', id);
    },

    async delete(id) {
      await write(
        (tx) => tx.objectStore('snapshots').delete(id),
        (tx) => tx.objectStore('entries').delete(id),
      );
    },

    async clear() {
      await write(
        (tx) => tx.objectStore('snapshots').clear(),
        (tx) => tx.objectStore('entries').clear(),
      );
    },

    async count() {
      const d = await connect();
      return d.count('entries');
    },

    close() {
      void db?.then((d) => d.close()).catch(() => {});
      db = undefined;
    },
  };
}
