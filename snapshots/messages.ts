import {
  BACKGROUND_MESSAGE_TYPES,
  type BackgroundRequest,
  type GetAnswer,
  type PrintAnswer,
  type SaveAnswer,
} from '../messages/protocol';
import type { Snapshot } from './format';
import { parseSnapshot } from './format';
import { SnapshotStoreError, STORE_MESSAGES, type SnapshotStore } from './store';

/**
 * The background's side of the history messages (messages/protocol.ts): it alone holds the
 * history for the content script, whose IndexedDB would be the portal's, not the extension's.
 * Every answer is `{ ok: true, … }` or `{ ok: false, message }` (French).
 */

/**
 * Who sent a message, which decides what it may ask. A content script runs in the portal's
 * renderer, which a compromised portal controls: it may only add new snapshots (save, print).
 * Reading, listing and clearing the history are for the extension's own pages.
 */
export type SenderKind = 'content' | 'extension-page';

export interface MessageSender {
  id?: string | undefined;
  url?: string | undefined;
  tab?: unknown;
}

/** `extensionOrigin` is `runtime.getURL('/')`; null: not this extension, or not a known kind. */
export function senderKind(
  sender: MessageSender,
  extensionId: string,
  extensionOrigin: string,
): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin))
    return 'extension-page';
  if (sender.tab) return 'content';
  return null;
}

const ALLOWED: Record<SenderKind, ReadonlySet<BackgroundRequest['type']>> = {
  content: new Set(['clas:snapshot-save', 'clas:snapshot-print']),
  'extension-page': new Set(BACKGROUND_MESSAGE_TYPES),
};

export const REFUSED =
  'Demande refusée : seules les pages de l’extension ont accès à l’historique.';
export const EXISTS = STORE_MESSAGES.exists;
export const TOO_MANY_PRINTS =
  'Trop de pages imprimables demandées à la suite : attendez une minute avant de réessayer.';

/**
 * « Imprimer / PDF » opens a tab: a few per minute at most, and not two within a second (one
 * click of a person is one request; a script asking in a loop is not a person).
 */
export function printLimiter(perMinute = 5, minGapMs = 1000, now: () => number = Date.now) {
  const times: number[] = [];
  return (): boolean => {
    const t = now();
    while (times.length > 0 && t - times[0]! >= 60_000) times.shift();
    const last = times[times.length - 1];
    if (times.length >= perMinute || (last !== undefined && t - last < minGapMs)) return false;
    times.push(t);
    return true;
  };
}

export interface SnapshotRouterDeps {
  store(): SnapshotStore;
  openTab(url: string): Promise<unknown>;
  /** `browser.runtime.getURL`. */
  pageUrl(path: '/print.html' | '/history.html'): string;
  /** Whether one more printable page may open now (default: `printLimiter()`). */
  mayPrint?(): boolean;
}

function failure(e: unknown): { ok: false; message: string } {
  if (e instanceof SnapshotStoreError) return { ok: false, message: e.message };
  return { ok: false, message: STORE_MESSAGES.failed };
}

/** Handles the snapshot messages in the background. */
export function createSnapshotRouter(deps: SnapshotRouterDeps) {
  /** Snapshots opened for printing that the history could not keep (quota): shown anyway. */
  const unsaved = new Map<string, Snapshot>();
  const mayPrint = deps.mayPrint ?? printLimiter();

  /** `snapshot` is set when the snapshot is valid and new, saved or not (then `ok: false`). */
  async function save(raw: unknown): Promise<SaveAnswer & { snapshot?: Snapshot }> {
    const parsed = parseSnapshot(raw);
    if (!parsed.ok)
      return { ok: false, message: `${STORE_MESSAGES.invalid} (${parsed.problems[0] ?? ''})` };
    // Ids are never overwritten: neither a stored snapshot nor one kept for printing.
    if (unsaved.has(parsed.snapshot.id)) return { ok: false, message: EXISTS };
    try {
      await deps.store().add(parsed.snapshot);
      return { ok: true, id: parsed.snapshot.id, snapshot: parsed.snapshot };
    } catch (e) {
      if (e instanceof SnapshotStoreError && e.code === 'exists')
        return { ok: false, message: EXISTS };
      return { ...failure(e), snapshot: parsed.snapshot };
    }
  }

  return async function handle(request: BackgroundRequest, from: SenderKind): Promise<unknown> {
    if (!ALLOWED[from].has(request.type)) return { ok: false, message: REFUSED };
    switch (request.type) {
      case 'clas:snapshot-save': {
        const { snapshot: _, ...answer } = await save(request.snapshot);
        return answer;
      }
      case 'clas:snapshot-print': {
        if (!mayPrint()) return { ok: false, message: TOO_MANY_PRINTS };
        const r = await save(request.snapshot);
        if (!r.snapshot) return { ok: false, message: r.ok ? STORE_MESSAGES.invalid : r.message };
        const id = r.snapshot.id;
        if (!r.ok) {
          unsaved.set(id, r.snapshot);
          // Keep a handful only: they live as long as the service worker.
          for (const key of unsaved.keys()) if (unsaved.size > 10) unsaved.delete(key);
        }
        await deps.openTab(`${deps.pageUrl('/print.html')}?id=${encodeURIComponent(id)}`);
        const answer: PrintAnswer = r.ok
          ? { ok: true, id, saved: true }
          : { ok: true, id, saved: false, message: r.message };
        return answer;
      }
      case 'clas:snapshot-get': {
        const kept = unsaved.get(request.id);
        if (kept) return { ok: true, snapshot: kept } satisfies GetAnswer;
        try {
          const snapshot = await deps.store().get(request.id);
          return snapshot
            ? ({ ok: true, snapshot } satisfies GetAnswer)
            : ({
                ok: false,
                message: 'Instantané introuvable : il a peut-être été supprimé de l’historique.',
              } satisfies GetAnswer);
        } catch (e) {
          return failure(e);
        }
      }
      case 'clas:history-open':
        await deps.openTab(deps.pageUrl('/history.html'));
        return { ok: true };
      case 'clas:history-clear':
        try {
          await deps.store().clear();
          unsaved.clear();
          return { ok: true };
        } catch (e) {
          return failure(e);
        }
    }
  };
}
