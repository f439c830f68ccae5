import { browser } from 'wxt/browser';
import { browserRegistrationApi, contentScriptSync } from './content-registration';
import { onGlobalSettingsChanged } from './store';

const CONTENT_SCRIPT = 'content-scripts/content.js';

/**
 * In the background: keeps the content script registered on the hosts added in the options,
 * when the extension starts, when a permission is granted or withdrawn, and when the list changes.
 * The runs are queued one after the other (see `oneAtATime`).
 */
export function startHostRegistration(): void {
  const run = contentScriptSync(browserRegistrationApi(CONTENT_SCRIPT));
  const sync = () => void run().catch((e) => console.warn('Assistant Clas:', e));
  sync();
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  onGlobalSettingsChanged(sync);
}
