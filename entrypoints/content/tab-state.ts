import { browser } from 'wxt/browser';
import type { DossierView } from '../../display/dossier-view';
import { isTabStateRequest, type TabState } from '../../messages/protocol';

let latest: TabState | null = null;

/** What the popup shows: the panel's own status, tone and estimate (display/dossier-view.ts). */
export function publishTabState(state: TabState, view?: DossierView): void {
  latest = view
    ? {
        ...state,
        status: view.status.map((p) => p.text).join(' — '),
        tone: view.tone,
        funding: view.funding.text,
      }
    : state;
}

/** Answers the popup's question; other messages are left to other listeners. */
export function listenForTabStateRequests(): void {
  // sendResponse rather than a returned promise: in the content script `browser` is the
  // browser's own API (see wxt.config.ts), and Chrome and Firefox both honour sendResponse.
  browser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if (isTabStateRequest(message)) sendResponse(latest);
      return undefined;
    },
  );
}
