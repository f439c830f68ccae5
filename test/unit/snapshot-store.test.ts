import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dossier } from '../../rules/dossier';
import type { Snapshot } from '../../snapshots/format';
import { sampleSnapshot } from '../helpers/sample-snapshot';
import {
  DB_VERSION,
  openSnapshotDb,
  openSnapshotStore,
  SnapshotStoreError,
  STORE_MESSAGES,
  type SnapshotStore,
} from '../../snapshots/store';
import { fixtures } from '../mock-portals/fixtures';

let n = 0;
const opened: SnapshotStore[] = [];
function freshName() {
  return `test-snapshots-${++n}-${Math.random().toString(36).slice(2)}`;
}
function store(name = freshName()) {
  const s = openSnapshotStore({ name });
  opened.push(s);
  return s;
}
afterEach(() => {
  vi.restoreAllMocks();
  for (const s of opened.splice(0)) s.close();
});

function named(name: string, minutes: number, url = 'https://elan.caf.fr/demande'): Snapshot {
  const dossier: Dossier = {
    ...fixtures.receivable,
    carrier: { ...fixtures.receivable.carrier, name },
  };
  return sampleSnapshot(dossier, {
    url,
    createdAt: new Date(Date.UTC(2025, 6, 10, 8, minutes)),
    id: `${name}-${minutes}`,
  });
}

describe('snapshot store', () => {
  it('adds, gets, lists newest first, deletes and clears', async () => {
    const s = store();
    const a = named('La Passerelle', 1);
    const b = named('La Passerelle', 2);
    const c = named('Les Petits Curieux', 3);
    for (const x of [a, c, b]) await s.add(x);
    expect(await s.get(a.id)).toEqual(a);
    expect(await s.get('nope')).toBeUndefined();
    const all = await s.list();
    expect(all.total).toBe(3);
    expect(all.items.map((e) => e.id)).toEqual([c.id, b.id, a.id]);
    expect(all.items[0]).toMatchObject({
      carrier: 'Les Petits Curieux',
      portal: 'elan',
      receivable: true,
      dossierKey: c.dossierKey,
      totalMinCents: c.report.funding.totalMinCents,
    });
    await s.delete(b.id);
    expect(await s.get(b.id)).toBeUndefined();
    expect((await s.list()).items.map((e) => e.id)).toEqual([c.id, a.id]);
    await s.clear();
    expect(await s.list()).toEqual({ items: [], total: 0 });
    expect(await s.count()).toBe(0);
  });

  it('pages with limit and offset', async () => {
    const s = store();
    for (let i = 0; i < 25; i++) await s.add(named('Asso', i));
    const p1 = await s.list({ limit: 10 });
    const p3 = await s.list({ limit: 10, offset: 20 });
    expect(p1.total).toBe(25);
    expect(p1.items.map((e) => e.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Asso-${24 - i}`),
    );
    expect(p3.items.map((e) => e.id)).toEqual(['Asso-4', 'Asso-3', 'Asso-2', 'Asso-1', 'Asso-0']);
    expect((await s.list({ offset: 30 })).items).toEqual([]);
  });

  it('searches the carrier name by word starts, without accents or case', async () => {
    const s = store();
    await s.add(named('Centre social La Passerelle – Épinal', 1));
    await s.add(named('Association Les Petits Curieux', 2));
    await s.add(named('MJC Épinal Bitola', 3));
    const ids = async (search: string) => (await s.list({ search })).items.map((e) => e.carrier);
    expect(await ids('passerelle')).toEqual(['Centre social La Passerelle – Épinal']);
    expect(await ids('EPI')).toEqual(['MJC Épinal Bitola', 'Centre social La Passerelle – Épinal']);
    expect(await ids('épinal pass')).toEqual(['Centre social La Passerelle – Épinal']);
    expect(await ids('curieux')).toEqual(['Association Les Petits Curieux']);
    expect(await ids('xyz')).toEqual([]);
    expect((await s.list({ search: '  ' })).total).toBe(3);
    const limited = await s.list({ search: 'epinal', limit: 1, offset: 1 });
    expect(limited.total).toBe(2);
    expect(limited.items.map((e) => e.carrier)).toEqual(['Centre social La Passerelle – Épinal']);
  });

  it('lists one dossier’s snapshots through its index', async () => {
    const s = store();
    const a1 = named('A', 1);
    const b1 = named('B', 2);
    const a2 = named('A', 3);
    const aElsewhere = named('A', 4, 'https://elan.caf.fr/autre-dossier');
    for (const x of [a1, b1, a2, aElsewhere]) await s.add(x);
    const r = await s.list({ dossierKey: a1.dossierKey });
    expect(r.total).toBe(2);
    expect(r.items.map((e) => e.id)).toEqual([a2.id, a1.id]);
  });

  it('refuses an invalid snapshot with a French message', async () => {
    const s = store();
    const bad = { ...named('A', 1), marks: [] } as Snapshot;
    await expect(s.add(bad)).rejects.toMatchObject({
      code: 'invalid',
      message: STORE_MESSAGES.invalid,
    });
    expect(await s.count()).toBe(0);
  });

  it('keeps every snapshot when two tabs add at the same time', async () => {
    const name = freshName();
    const tab1 = store(name);
    const tab2 = store(name);
    const list = Array.from({ length: 40 }, (_, i) => named(i % 2 ? 'Un' : 'Deux', i));
    await Promise.all(list.map((x, i) => (i % 2 ? tab1 : tab2).add(x)));
    expect((await tab1.list({ limit: 1000 })).total).toBe(40);
    expect(new Set((await tab2.list({ limit: 1000 })).items.map((e) => e.id)).size).toBe(40);
  });

  it('says the storage is full and loses no earlier snapshot on a quota error', async () => {
    const s = store();
    const earlier = [named('A', 1), named('B', 2)];
    for (const x of earlier) await s.add(x);
    // The second write of the transaction (the list entry) hits the quota.
    let calls = 0;
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++calls === 2) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return add.apply(this, args as Parameters<typeof add>);
    });
    const err = await s.add(named('C', 3)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SnapshotStoreError);
    expect((err as SnapshotStoreError).code).toBe('quota');
    expect((err as Error).message).toBe(
      'Espace de stockage du navigateur plein : l’instantané n’a pas été enregistré ; supprimez d’anciens instantanés depuis l’historique.',
    );
    vi.restoreAllMocks();
    // All or nothing: the snapshot written before the failure was rolled back too.
    expect(await s.get('C-3')).toBeUndefined();
    const after = await s.list();
    expect(after.items.map((e) => e.id)).toEqual(['B-2', 'A-1']);
    expect(await s.get('A-1')).toEqual(earlier[0]);
    // And the store still works.
    await s.add(named('C', 3));
    expect((await s.list()).total).toBe(3);
  });

  it('never replaces a stored snapshot: the same id is refused, the first one kept', async () => {
    const s = store();
    const first = named('A', 1);
    await s.add(first);
    const forged = { ...first, title: 'Remplacé' };
    await expect(s.add(forged)).rejects.toMatchObject({
      code: 'exists',
      message: 'Un instantané porte déjà cet identifiant : il n’a pas été remplacé.',
    });
    expect(await s.get('A-1')).toEqual(first);
    expect((await s.list()).items.map((e) => e.title)).toEqual([first.title]);
  });

  it('reports a quota error raised when the transaction commits', async () => {
    const s = store();
    await s.add(named('A', 1));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
      throw Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
      });
    });
    await expect(s.add(named('B', 2))).rejects.toMatchObject({ code: 'quota' });
    expect((await s.list()).total).toBe(1);
  });

  it('gives a clear French message when the database cannot be opened', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException(
        'The user denied permission to access the database.',
        'InvalidStateError',
      );
    });
    const s = store();
    const err = await s.add(named('A', 1)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'open', message: STORE_MESSAGES.open });
    expect((err as Error).message).toMatch(/^Historique indisponible/);
  });

  it('gives up with a French message when an old connection blocks the upgrade', async () => {
    const name = freshName();
    // An old tab keeps a v1 connection open and ignores « versionchange ».
    const old = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('snapshots', { keyPath: 'id' }),
    });
    const err = await openSnapshotDb({ name, blockedTimeoutMs: 50 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'blocked' });
    expect((err as Error).message).toMatch(/fermez les onglets de l’historique/);
    old.close();
  });

  it('lets a newer version open by closing its own connection', async () => {
    const name = freshName();
    const db = await openSnapshotDb({ name });
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    db.close();
  });
});

describe('migrations', () => {
  it('upgrades a v1 database with data to the latest version, keeping every snapshot', async () => {
    const name = freshName();
    const v1 = [
      named('Centre social La Passerelle', 1),
      named('Association Épinal', 2),
      named('Centre social La Passerelle', 3),
    ];
    // Version 1 as it shipped: one store of snapshots, no index.
    const db1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('snapshots', { keyPath: 'id' });
      },
    });
    for (const x of v1) await db1.put('snapshots', x);
    db1.close();

    const s = store(name);
    const all = await s.list();
    expect(all.total).toBe(3);
    expect(all.items.map((e) => e.id)).toEqual([v1[2]!.id, v1[1]!.id, v1[0]!.id]);
    expect(await s.get(v1[0]!.id)).toEqual(v1[0]);
    expect((await s.list({ search: 'epinal' })).items.map((e) => e.id)).toEqual([v1[1]!.id]);
    expect((await s.list({ dossierKey: v1[0]!.dossierKey })).total).toBe(2);

    const raw = await openDB(name);
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['entries', 'snapshots']);
    const tx = raw.transaction('entries');
    expect([...tx.store.indexNames].sort()).toEqual(['createdAt', 'dossier', 'words']);
    raw.close();
  });

  it('creates the latest schema from nothing', async () => {
    const name = freshName();
    const db = await openSnapshotDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'snapshots']);
    db.close();
  });

  it('opens version 1 alone (as the first release did) and upgrades it later', async () => {
    const name = freshName();
    const v1 = await openSnapshotDb({ name, version: 1 });
    expect([...v1.objectStoreNames]).toEqual(['snapshots']);
    await (v1 as unknown as import('idb').IDBPDatabase).put('snapshots', named('Old', 1));
    v1.close();
    expect((await store(name).list()).items.map((e) => e.id)).toEqual(['Old-1']);
  });

  it('leaves a v1 database as it was when its migration fails', async () => {
    const name = freshName();
    const db1 = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('snapshots', { keyPath: 'id' }),
    });
    await db1.put('snapshots', named('Kept', 1));
    db1.close();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'createIndex').mockImplementation(() => {
      throw new DOMException('boom', 'UnknownError');
    });
    await expect(openSnapshotDb({ name })).rejects.toMatchObject({ code: 'open' });
    spy.mockRestore();
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.getAll('snapshots')).toHaveLength(1);
    raw.close();
  });
});

describe('migrations from an empty version 1', () => {
  it('upgrades a v1 database that has no store at all', async () => {
    const name = freshName();
    (await openDB(name, 1)).close();
    const s = store(name);
    await s.add(named('A', 1));
    expect((await s.list()).total).toBe(1);
  });
});
