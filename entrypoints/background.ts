import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createSnapshotRouter, isSnapshotRequest } from '../snapshots/messages';
import { openSnapshotStore, type SnapshotStore } from '../snapshots/store';
import { startHostRegistration } from '../settings/background-hosts';

/**
 * The background: a message router. It answers only this extension's own scripts and pages, and
 * leaves any message it does not know to other listeners (returns undefined).
 *
 * Routes: `snapshot:*` and `history:open` → snapshots/messages.ts (the history lives here, in
 * the extension's origin). Add a new family as `if (isXRequest(message)) return handleX(message)`.
 */
export default defineBackground(() => {
  // The content script on the hosts added in the options, once their permission is granted.
  startHostRegistration();
  let store: SnapshotStore | undefined;
  const snapshots = createSnapshotRouter({
    store: () => (store ??= openSnapshotStore()),
    openTab: (url) => browser.tabs.create({ url }),
    pageUrl: (path) => browser.runtime.getURL(path),
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isSnapshotRequest(message)) return snapshots(message);
    return undefined;
  });
});
