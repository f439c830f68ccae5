// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findingKeys } from '../../display/finding-keys';
import { evaluate } from '../../rules/evaluate';
import {
  createExporter,
  pageAddress,
  runExport,
  type ExportEnv,
} from '../../entrypoints/panel-frame/export';
import {
  isBackgroundRequest,
  isTabStateRequest,
  type BackgroundRequest,
} from '../../messages/protocol';
import {
  createSnapshotRouter,
  EXISTS,
  printLimiter,
  REFUSED,
  senderKind,
  TOO_MANY_PRINTS,
  type SenderKind,
} from '../../snapshots/messages';
import { parseSnapshot, type Snapshot } from '../../snapshots/format';
import { sampleSnapshot } from '../helpers/sample-snapshot';
import { openSnapshotStore, SnapshotStoreError, type SnapshotStore } from '../../snapshots/store';
import { fixtures } from '../mock-portals/fixtures';

let dbn = 0;
function router(store: SnapshotStore = openSnapshotStore({ name: `messages-${++dbn}` })) {
  const tabs: string[] = [];
  const route = createSnapshotRouter({
    store: () => store,
    openTab: async (url) => tabs.push(url),
    pageUrl: (path) => `chrome-extension://abc${path}`,
    mayPrint: () => true,
  });
  const handle = (m: BackgroundRequest, from: SenderKind = 'extension-page') => route(m, from);
  return { handle, tabs, store };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('background snapshot router', () => {
  it('knows its messages only', () => {
    expect(isBackgroundRequest({ type: 'clas:snapshot-save' })).toBe(true);
    expect(isBackgroundRequest({ type: 'clas:tab-state' })).toBe(false);
    expect(isBackgroundRequest({ type: 'snapshot:save' })).toBe(false);
    expect(isTabStateRequest({ type: 'clas:tab-state' })).toBe(true);
    expect(isBackgroundRequest(null)).toBe(false);
  });

  it('saves, gets, and refuses what is not a snapshot', async () => {
    const { handle } = router();
    const s = sampleSnapshot(fixtures.blocked);
    expect(await handle({ type: 'clas:snapshot-save', snapshot: s })).toEqual({
      ok: true,
      id: s.id,
    });
    expect(await handle({ type: 'clas:snapshot-get', id: s.id })).toEqual({
      ok: true,
      snapshot: s,
    });
    const missing = (await handle({ type: 'clas:snapshot-get', id: 'x' })) as {
      ok: boolean;
      message: string;
    };
    expect(missing).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Instantané introuvable/),
    });
    const bad = (await handle({
      type: 'clas:snapshot-save',
      snapshot: { ...s, format: 'autre' } as unknown as Snapshot,
    })) as { ok: boolean; message: string };
    expect(bad.ok).toBe(false);
    expect(bad.message).toMatch(/^Instantané invalide/);
  });

  it('stores a print request and opens print.html on it', async () => {
    const { handle, tabs, store } = router();
    const s = sampleSnapshot(fixtures.receivable);
    expect(await handle({ type: 'clas:snapshot-print', snapshot: s })).toEqual({
      ok: true,
      id: s.id,
      saved: true,
    });
    expect(tabs).toEqual([`chrome-extension://abc/print.html?id=${s.id}`]);
    expect(await store.get(s.id)).toEqual(s);
  });

  it('still opens the printable page when the history is full, from memory', async () => {
    const full: SnapshotStore = {
      ...openSnapshotStore({ name: `full-${++dbn}` }),
      add: () => Promise.reject(new SnapshotStoreError('quota')),
      get: async () => undefined,
    };
    const { handle, tabs } = router(full);
    const s = sampleSnapshot(fixtures.receivable);
    const answer = (await handle({ type: 'clas:snapshot-print', snapshot: s })) as Record<
      string,
      unknown
    >;
    expect(answer).toMatchObject({
      ok: true,
      saved: false,
      message: expect.stringMatching(/^Espace de stockage du navigateur plein/),
    });
    expect(tabs).toHaveLength(1);
    expect(await handle({ type: 'clas:snapshot-get', id: s.id })).toEqual({
      ok: true,
      snapshot: s,
    });
    expect(await handle({ type: 'clas:snapshot-save', snapshot: s })).toMatchObject({ ok: false });
  });

  it('empties the history for the options page', async () => {
    const { handle, store } = router();
    await store.add(sampleSnapshot(fixtures.receivable));
    expect(isBackgroundRequest({ type: 'clas:history-clear' })).toBe(true);
    expect(await handle({ type: 'clas:history-clear' })).toEqual({ ok: true });
    expect(await store.count()).toBe(0);
  });

  it('opens the history page', async () => {
    const { handle, tabs } = router();
    await handle({ type: 'clas:history-open' });
    expect(tabs).toEqual(['chrome-extension://abc/history.html']);
  });
});

describe('what each sender may ask', () => {
  const ID = 'ext-id';
  const ORIGIN = 'chrome-extension://ext-id/';

  it('tells a content script, an extension page and a stranger apart', () => {
    const tab = { id: 3 };
    expect(senderKind({ id: ID, url: 'https://elan.caf.fr/x', tab }, ID, ORIGIN)).toBe('content');
    expect(senderKind({ id: ID, url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind({ id: ID, url: `${ORIGIN}print.html`, tab }, ID, ORIGIN)).toBe(
      'extension-page',
    );
    expect(senderKind({ id: 'other', url: `${ORIGIN}options.html` }, ID, ORIGIN)).toBeNull();
    // A page whose address merely starts like ours is not ours.
    expect(senderKind({ id: ID, url: 'chrome-extension://ext-id.evil/x', tab }, ID, ORIGIN)).toBe(
      'content',
    );
    expect(senderKind({ id: ID }, ID, ORIGIN)).toBeNull();
  });

  it('a content script may save and print new snapshots, and nothing else', async () => {
    const { handle, store, tabs } = router();
    const s = sampleSnapshot(fixtures.blocked);
    await store.add(sampleSnapshot(fixtures.receivable, { id: 'kept' }));
    expect(await handle({ type: 'clas:snapshot-save', snapshot: s }, 'content')).toEqual({
      ok: true,
      id: s.id,
    });
    for (const m of [
      { type: 'clas:snapshot-get', id: s.id },
      { type: 'clas:history-clear' },
      { type: 'clas:history-open' },
    ] as BackgroundRequest[]) {
      expect(await handle(m, 'content')).toEqual({ ok: false, message: REFUSED });
    }
    expect(REFUSED).toBe(
      'Demande refusée : seules les pages de l’extension ont accès à l’historique.',
    );
    expect(await store.count()).toBe(2);
    expect(tabs).toEqual([]);
    // The same requests from an extension page are answered.
    expect(await handle({ type: 'clas:snapshot-get', id: s.id }, 'extension-page')).toEqual({
      ok: true,
      snapshot: s,
    });
  });

  it('ids are never overwritten, by save or by print', async () => {
    const { handle, store, tabs } = router();
    const s = sampleSnapshot(fixtures.blocked);
    await handle({ type: 'clas:snapshot-save', snapshot: s }, 'content');
    const forged = { ...s, title: 'Remplacé' };
    expect(await handle({ type: 'clas:snapshot-save', snapshot: forged }, 'content')).toEqual({
      ok: false,
      message: EXISTS,
    });
    expect(await handle({ type: 'clas:snapshot-print', snapshot: forged }, 'content')).toEqual({
      ok: false,
      message: EXISTS,
    });
    expect(tabs).toEqual([]);
    expect(await store.get(s.id)).toEqual(s);
  });

  it('a snapshot kept in memory for printing (history full) cannot be replaced either', async () => {
    const full: SnapshotStore = {
      ...openSnapshotStore({ name: `full-${++dbn}` }),
      add: () => Promise.reject(new SnapshotStoreError('quota')),
      get: async () => undefined,
    };
    const { handle, tabs } = router(full);
    const s = sampleSnapshot(fixtures.receivable);
    await handle({ type: 'clas:snapshot-print', snapshot: s }, 'content');
    const forged = { ...s, title: 'Remplacé' };
    expect(await handle({ type: 'clas:snapshot-print', snapshot: forged }, 'content')).toEqual({
      ok: false,
      message: EXISTS,
    });
    expect(tabs).toHaveLength(1);
    expect(await handle({ type: 'clas:snapshot-get', id: s.id })).toEqual({
      ok: true,
      snapshot: s,
    });
  });

  it('opens a printable page a few times a minute at most, not twice within a second', async () => {
    let now = 0;
    const may = printLimiter(5, 1000, () => now);
    const allowed = () => {
      const r = may();
      now += 1000;
      return r;
    };
    expect([1, 2, 3, 4, 5, 6].map(allowed)).toEqual([true, true, true, true, true, false]);
    now = 60_000; // a minute after the first: it has left the window
    expect(may()).toBe(true);
    now = 60_999; // five in the last minute again (1 s, 2 s, 3 s, 4 s, 60 s)
    expect(may()).toBe(false);
    now = 61_000; // the one at 1 s has left
    expect(may()).toBe(true);

    const fresh = printLimiter(5, 1000, () => now);
    now = 0;
    expect(fresh()).toBe(true);
    now = 999; // within a second of the last one
    expect(fresh()).toBe(false);
    now = 1000;
    expect(fresh()).toBe(true);
  });

  it('the router refuses a print over the limit without opening a tab', async () => {
    let left = 1;
    const tabs: string[] = [];
    const route = createSnapshotRouter({
      store: () => openSnapshotStore({ name: `limit-${++dbn}` }),
      openTab: async (url) => tabs.push(url),
      pageUrl: (path) => `chrome-extension://abc${path}`,
      mayPrint: () => left-- > 0,
    });
    const a = sampleSnapshot(fixtures.blocked);
    const b = sampleSnapshot(fixtures.blocked);
    expect(await route({ type: 'clas:snapshot-print', snapshot: a }, 'content')).toMatchObject({
      ok: true,
    });
    expect(await route({ type: 'clas:snapshot-print', snapshot: b }, 'content')).toEqual({
      ok: false,
      message: TOO_MANY_PRINTS,
    });
    expect(tabs).toHaveLength(1);
  });
});

describe('panel exports (panel frame)', () => {
  const report = evaluate(fixtures.blocked);
  const keys = findingKeys(report.findings);
  const state = {
    report,
    read: { dossier: fixtures.blocked },
    marks: { [keys[0]!]: { checked: true, note: 'ok' } },
  };

  function env(over: Partial<ExportEnv> = {}) {
    const sent: BackgroundRequest[] = [];
    // The panel frame's own document: the container the panel renders into.
    const container = document.createElement('div');
    document.body.append(container);
    const e: ExportEnv = {
      root: container,
      send: async (m) => {
        sent.push(m);
        return m.type === 'clas:snapshot-print'
          ? { ok: true, id: 'x', saved: true }
          : { ok: true, id: 'x' };
      },
      role: async () => 'instructor',
      version: '9.9.9',
      location: { href: 'https://elan.caf.fr/elan/demande/clas#etape-2' },
      title: 'Elan — demande',
      writeClipboard: async () => {},
      now: () => new Date(2025, 6, 10, 9, 0),
      ...over,
    };
    return { e, sent, container };
  }

  it('JSON: downloads from a link in the frame’s container, then saves in the history', async () => {
    const { e, sent, container } = env();
    const clicks: { name: string; href: string; inContainer: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({
        name: this.download,
        href: this.href,
        inContainer: this.parentElement === container,
      });
    });
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:https://elan.caf.fr/1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const message = await runExport('json', state, e);
    expect(message).toBe(
      'Fichier clas-snapshot-association-les-petits-curieux-de-rambervillers-2025-07-10.json téléchargé et enregistré dans l’historique.',
    );
    expect(clicks).toEqual([
      {
        name: 'clas-snapshot-association-les-petits-curieux-de-rambervillers-2025-07-10.json',
        href: 'blob:https://elan.caf.fr/1',
        inContainer: true,
      },
    ]);
    expect(container.querySelector('a')).toBeNull();
    const blob = created.mock.calls[0]![0] as Blob;
    const snapshot = JSON.parse(await blob.text());
    expect(parseSnapshot(snapshot).ok).toBe(true);
    expect(snapshot).toMatchObject({
      role: 'instructor',
      extensionVersion: '9.9.9',
      title: 'Elan — demande',
    });
    expect(snapshot.marks[0]).toMatchObject({ checked: true, note: 'ok' });
    expect(sent).toEqual([{ type: 'clas:snapshot-save', snapshot }]);
    vi.runAllTimers();
    expect(revoked).toHaveBeenCalledWith('blob:https://elan.caf.fr/1');
    vi.useRealTimers();
  });

  it('keeps the page’s address without its query string or fragment (tokens stay out)', async () => {
    let copied = '';
    const { e, sent } = env({
      location: { href: 'https://elan.caf.fr/elan/demande/clas?jsessionid=SECRET&x=1#etape-2' },
      writeClipboard: async (t) => void (copied = t),
    });
    await runExport('text', state, e);
    const saved = (sent[0] as { snapshot: Snapshot }).snapshot;
    expect(saved.url).toBe('https://elan.caf.fr/elan/demande/clas');
    expect(copied).toContain('Page : https://elan.caf.fr/elan/demande/clas\n');
    expect(JSON.stringify(sent)).not.toMatch(/SECRET|etape-2/);
    expect(pageAddress('https://elan.caf.fr/a/b#x')).toBe('https://elan.caf.fr/a/b');
    expect(pageAddress('pas une adresse?token=1')).toBe('pas une adresse');
  });

  it('CSV: says when the history could not keep it, but the file was made', async () => {
    const { e } = env({
      send: async () => ({ ok: false, message: 'Espace de stockage du navigateur plein : …' }),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    const message = await runExport('csv', state, e);
    expect(message).toMatch(
      /\.csv téléchargé, mais pas enregistré dans l’historique\. Espace de stockage/,
    );
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('print: hands the snapshot to the background', async () => {
    const { e, sent } = env();
    expect(await runExport('print', state, e)).toBe(
      'Page imprimable ouverte dans un nouvel onglet et enregistrée dans l’historique.',
    );
    expect(sent.map((m) => m.type)).toEqual(['clas:snapshot-print']);
  });

  it('text: copies the report and the marks, falls back to a textarea in the frame’s container', async () => {
    const copied: string[] = [];
    const { e, sent } = env({ writeClipboard: async (t) => void copied.push(t) });
    expect(await runExport('text', state, e)).toBe(
      'Texte copié dans le presse-papiers et enregistré dans l’historique.',
    );
    expect(copied[0]).toMatch(/^Dossier CLAS — Association Les Petits Curieux de Rambervillers\n/);
    expect(copied[0]).toContain('Vérifications de l’instructeur (1/8 vérifiés)');
    expect(sent).toHaveLength(1);

    const selected: string[] = [];
    const exec = vi.fn(() => true);
    (document as unknown as { execCommand: unknown }).execCommand = exec;
    vi.spyOn(HTMLTextAreaElement.prototype, 'select').mockImplementation(function (
      this: HTMLTextAreaElement,
    ) {
      selected.push(this.value);
      expect(this.parentElement).toBe(denied.container);
    });
    const denied = env({ writeClipboard: () => Promise.reject(new Error('NotAllowedError')) });
    expect(await runExport('text', state, denied.e)).toMatch(/^Texte copié/);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(selected[0]).toMatch(/^Dossier CLAS/);
    expect(denied.container.querySelector('textarea')).toBeNull();

    exec.mockReturnValue(false);
    const refused = env({ writeClipboard: undefined });
    expect(await runExport('text', state, refused.e)).toMatch(/^Le texte n’a pas pu être copié/);
  });

  it('says to reload the page when the extension was updated underneath', async () => {
    const { e } = env({
      send: () => Promise.reject(new Error('Extension context invalidated.')),
    });
    expect(await runExport('print', state, e)).toMatch(/rechargez la page/);
  });

  it('shows the outcome in a toast in the frame’s container', async () => {
    const { e, container } = env();
    const exporter = createExporter(container, e);
    const message = await exporter('print', state);
    const toast = container.querySelector('[data-ac-toast]')!;
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toBe(message);
    expect(toast.parentElement).toBe(container);
  });
});
