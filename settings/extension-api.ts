import type { browser } from 'wxt/browser';

/**
 * The WebExtension API as the browser gives it, for the content script and the pages: Chrome's
 * Manifest V3 `chrome.*` and Firefox's `browser.*` both return promises for what these scripts
 * use (storage, runtime messages). The polyfill stays in the background; here it would add
 * 3 kB gzip to a content script that has a 40 kB budget.
 */
export type ExtensionApi = typeof browser;

export function extensionApi(): ExtensionApi {
  const g = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = g.browser?.runtime ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('Assistant Clas: no WebExtension API in this context');
  return api;
}
