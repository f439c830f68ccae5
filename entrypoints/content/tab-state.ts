import { browser } from 'wxt/browser';
import type { PortalId } from '../../portals/read-page';
import { fundingRange, statusLine } from '../../rules/report-text';
import type { Report } from '../../rules/report';

/** What the popup shows about this tab: the portal and the panel's status line. */
export interface TabState {
  portal: PortalId;
  host: string;
  enabled: boolean;
  status?: string;
  receivable?: boolean;
  funding?: string;
}

export const TAB_STATE_REQUEST = 'clas:tab-state';

let latest: TabState | null = null;

export function publishTabState(state: TabState, report?: Report): void {
  latest = report
    ? {
        ...state,
        status: statusLine(report),
        receivable: report.receivable,
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
      if ((message as { type?: unknown })?.type === TAB_STATE_REQUEST) sendResponse(latest);
      return undefined;
    },
  );
}
