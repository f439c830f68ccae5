import { identityKey, type DossierIdentity } from '../portals/dossier-identity';
import type { StepPage } from './steps';

/**
 * The content script's side of the steps memory: sends each reading of the page to the
 * background (at most once per `interval`, the last one always, and at once when the dossier
 * changes or the page goes away) and hands back the dossier's other pages when they come.
 * `send` is `sendToBackground` in the extension, a fake in tests.
 */
export type SendSteps = (
  request:
    | {
        type: 'clas:steps-put';
        identity: DossierIdentity;
        page: StepPage;
        previous?: DossierIdentity;
      }
    | { type: 'clas:steps-forget'; identity: DossierIdentity },
) => Promise<unknown>;

export interface StepKeeper {
  /** A new reading of this page; `identity` undefined: a page of no known dossier (not kept). */
  keep(identity: DossierIdentity | undefined, page: StepPage): void;
  /** Sends what is waiting now (the page is being left). */
  flush(): void;
  /** « Oublier ce dossier »: drops its pages, this one's included, until the next reading. */
  forget(): Promise<void>;
  stop(): void;
}

export function createStepKeeper(
  send: SendSteps,
  onOthers: (pages: StepPage[]) => void,
  interval = 600,
): StepKeeper {
  let identity: DossierIdentity | undefined;
  let previous: DossierIdentity | undefined;
  let waiting: StepPage | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = -Infinity;
  let stopped = false;

  const post = () => {
    timer = undefined;
    if (stopped || !waiting || !identity) return;
    const page = waiting;
    const id = identity;
    const before = previous;
    waiting = undefined;
    previous = undefined;
    lastSent = Date.now();
    void send({ type: 'clas:steps-put', identity: id, page, ...(before && { previous: before }) })
      .then((answer) => {
        const a = answer as { ok?: boolean; pages?: StepPage[] } | undefined;
        // An answer for a dossier left meanwhile is not this page's any more.
        if (!stopped && a?.ok && Array.isArray(a.pages) && identityKey(id) === key())
          onOthers(a.pages);
      })
      .catch(() => undefined); // the extension reloaded: the page is read alone
  };
  const key = () => (identity ? identityKey(identity) : undefined);

  return {
    keep(next, page) {
      if (stopped) return;
      const changed = (next ? identityKey(next) : undefined) !== key();
      if (changed) {
        // Same page, same dossier being named (no number either side): renamed, not new.
        if (identity && next && !identity.number && !next.number) previous = identity;
        else {
          previous = undefined;
          onOthers([]);
        }
      }
      identity = next;
      if (!next) {
        waiting = undefined;
        return;
      }
      waiting = page;
      if (timer !== undefined && !changed) return;
      if (timer !== undefined) clearTimeout(timer);
      const wait = changed ? 0 : Math.max(0, lastSent + interval - Date.now());
      timer = setTimeout(post, wait);
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      post();
    },
    async forget() {
      if (!identity) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      waiting = undefined;
      onOthers([]);
      await send({ type: 'clas:steps-forget', identity }).catch(() => undefined);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
