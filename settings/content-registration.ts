import { browser } from 'wxt/browser';
import { getSettings } from './store';

/**
 * Hosts added in the options run the content script only once the person has granted their
 * permission: the background registers it for exactly those hosts, and unregisters the rest.
 */
const SCRIPT_ID = 'assistant-clas-extra-hosts';

export const originOf = (host: string) => `https://${host}/*`;

export async function syncContentScripts(contentScriptFile: string): Promise<string[]> {
  const { extraHosts } = await getSettings();
  const granted: string[] = [];
  for (const { host } of extraHosts) {
    if (await browser.permissions.contains({ origins: [originOf(host)] })) granted.push(host);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: granted.map(originOf),
        js: [contentScriptFile],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return granted;
}
