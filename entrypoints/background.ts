import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isBackgroundRequest, isStepsRequest } from '../messages/protocol';
import { createStepsRouter, createStepsStore } from '../session/steps-store';
import { createSnapshotRouter, senderKind } from '../snapshots/messages';
import { openSnapshotStore, type SnapshotStore } from '../snapshots/store';
import { startHostRegistration } from '../settings/background-hosts';

/**
 * The background: a message router. It answers only this extension's own scripts and pages, each
 * by what it is (snapshots/messages.ts `senderKind`): the content script, which lives in the
 * portal's renderer, may only add snapshots; the history is read and cleared by extension pages.
 * It leaves any message it does not know to other listeners (returns undefined).
 *
 * Messages: messages/protocol.ts. The history's requests are answered by snapshots/messages.ts
 * (the history lives here, in the extension's origin); the dossiers' steps read in this browser
 * session by session/steps-store.ts (`storage.session`).
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

  // The dossiers' steps read in this browser session (session/steps-store.ts).
  const steps = createStepsRouter(createStepsStore(browser.storage.session));

  const origin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const from = senderKind(sender, browser.runtime.id, origin);
    if (!from) return undefined;
    if (isBackgroundRequest(message)) return snapshots(message, from);
    // Steps are a portal page's own: its content script only, never an extension page.
    if (isStepsRequest(message))
      return from === 'content'
        ? steps(message, sender.url)
        : Promise.resolve({ ok: false, message: 'Demande refusée.' });
    return undefined;
  });
});
