/**
 * Live reading: re-reads the page when the person types (input/change, captured at the
 * document), when the step changes (hashchange, popstate) and when the page swaps content
 * (one MutationObserver on the body), at most once per animation frame. Mutations and events
 * inside the extension's own element (`own`, the panel's host) are ignored; it is known by
 * identity, not by a mark the page could copy onto its own elements. Reads only.
 */
import { indexPage, readValues, type PageStructure, type ReadResult } from './reader';
import type { PortalId } from './types';

/** Attributes whose change can show, hide or fill a field. */
const WATCHED_ATTRIBUTES = [
  'hidden',
  'style',
  'class',
  'checked',
  'value',
  'selected',
  'disabled',
  'open',
  'aria-hidden',
  'aria-checked',
  'aria-selected',
];

export function watchPage(
  doc: Document,
  portal: PortalId,
  onRead: (r: ReadResult) => void,
  overrides?: () => Record<string, string>,
  own?: Element,
): () => void {
  const win = doc.defaultView;
  const raf = win?.requestAnimationFrame?.bind(win) ?? ((cb: () => void) => setTimeout(cb, 16));
  const caf =
    win?.cancelAnimationFrame?.bind(win) ??
    ((h: number) => clearTimeout(h as unknown as ReturnType<typeof setTimeout>));
  const MICROTASK = -1;
  let pending: number | undefined;
  let stopped = false;

  /** The extension's own host or inside it (events from its closed root come from the host). */
  const isOwn = (node: Node | null): boolean => !!own && !!node && own.contains(node);

  // Leading edge: the first change of a frame is read at once (a microtask after the event),
  // so a keystroke reaches the panel without waiting for the next frame; further changes in the
  // same frame wait for the next one. At most one read per animation frame either way.
  let readThisFrame = false;
  // The page's structure (which element holds which field) holds until the DOM changes: a
  // keystroke changes a value, not the structure, so only the values are read again.
  let structure: PageStructure | undefined;
  let structureOverrides = '';
  const structureChanged = () => {
    structure = undefined;
    schedule();
  };
  const run = () => {
    pending = undefined;
    if (stopped) return;
    if (!readThisFrame) {
      readThisFrame = true;
      raf(() => {
        readThisFrame = false;
      });
    }
    const current = overrides?.() ?? {};
    const key = JSON.stringify(current);
    if (!structure || key !== structureOverrides) {
      structure = indexPage(doc, portal, current);
      structureOverrides = key;
    }
    onRead(readValues(structure));
  };
  const schedule = () => {
    if (stopped || pending !== undefined) return;
    if (readThisFrame) {
      pending = raf(run) as number;
    } else {
      pending = MICROTASK;
      queueMicrotask(run);
    }
  };
  const onEvent = (ev: Event) => {
    const path = typeof ev.composedPath === 'function' ? ev.composedPath() : [];
    const target = (path[0] as Node | undefined) ?? (ev.target as Node | null);
    if (isOwn(ev.target as Node | null) || isOwn(target ?? null)) return;
    schedule();
  };
  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    for (const r of records) {
      if (isOwn(r.target)) continue;
      if (r.type === 'childList') {
        const nodes = [...r.addedNodes, ...r.removedNodes];
        if (nodes.length > 0 && nodes.every((n) => n === own)) continue;
      }
      structureChanged();
      return;
    }
  });

  doc.addEventListener('input', onEvent, true);
  doc.addEventListener('change', onEvent, true);
  win?.addEventListener('hashchange', structureChanged);
  win?.addEventListener('popstate', structureChanged);
  observer.observe(doc.body ?? doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  schedule(); // the first read

  return () => {
    stopped = true;
    if (pending !== undefined && pending !== MICROTASK) caf(pending);
    pending = undefined;
    observer.disconnect();
    doc.removeEventListener('input', onEvent, true);
    doc.removeEventListener('change', onEvent, true);
    win?.removeEventListener('hashchange', structureChanged);
    win?.removeEventListener('popstate', structureChanged);
  };
}
