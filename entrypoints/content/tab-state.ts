import { browser } from 'wxt/browser';
import { isTabStateRequest, type TabState } from '../../messages/protocol';

let latest: TabState | null = null;

/** What the popup shows: the panel's own status, tone and estimate, as the frame sends them. */
export function publishTabState(
  state: TabState,
  summary?: Pick<TabState, 'status' | 'tone' | 'funding'>,
): void {
  latest = summary ? { ...state, ...summary } : state;
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
