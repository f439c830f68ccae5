import { browser } from 'wxt/browser';
import { toneOf } from '../../display/report-words';
import { isTabStateRequest, type TabState } from '../../messages/protocol';
import { fundingRange, statusLine } from '../../rules/report-text';
import type { Report } from '../../rules/report';

let latest: TabState | null = null;

export function publishTabState(state: TabState, report?: Report): void {
  latest = report
    ? {
        ...state,
        status: statusLine(report),
        tone: toneOf(report),
        funding: fundingRange(report),
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
