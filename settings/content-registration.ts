import { browser } from 'wxt/browser';
import { getSettings } from './store';

/**
 * Hosts added in the options run the content script only once the person has granted their
 * permission: the background registers it for exactly those hosts, and unregisters the rest.
 */
const SCRIPT_ID = 'assistant-clas-extra-hosts';

export const originOf = (host: string) => `https://${host}/*`;

/** What a registration run needs from the browser (a fake in the tests). */
export interface RegistrationApi {
  extraHosts(): Promise<string[]>;
  isGranted(origin: string): Promise<boolean>;
  isRegistered(): Promise<boolean>;
  unregister(): Promise<void>;
  register(matches: string[]): Promise<void>;
}

export function browserRegistrationApi(contentScriptFile: string): RegistrationApi {
  return {
    extraHosts: async () => (await getSettings()).extraHosts.map((h) => h.host),
    isGranted: (origin) => browser.permissions.contains({ origins: [origin] }),
    isRegistered: async () =>
      (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0,
    unregister: () => browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }),
    register: (matches) =>
      browser.scripting.registerContentScripts([
        {
          id: SCRIPT_ID,
          matches,
          js: [contentScriptFile],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]),
  };
}

/** One registration run: the granted extra hosts, registered under one script id. */
export async function syncOnce(api: RegistrationApi): Promise<string[]> {
  const granted: string[] = [];
  for (const host of await api.extraHosts()) {
    if (await api.isGranted(originOf(host))) granted.push(host);
  }
  if (await api.isRegistered()) await api.unregister();
  if (granted.length > 0) await api.register(granted.map(originOf));
  return granted;
}

/**
 * Runs `run` one call at a time: a call made during a run starts once it is over (two runs
 * interleaved would both see "not registered" and the second registration would fail on the
 * duplicate id). Calls made while one is already waiting share that waiting run: it starts
 * later, so it reads the latest settings and permissions anyway.
 */
export function oneAtATime<T>(run: () => Promise<T>): () => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  let waiting: Promise<T> | undefined;
  return () => {
    if (waiting) return waiting;
    const next = tail.then(() => {
      waiting = undefined;
      return run();
    });
    waiting = next;
    tail = next.catch(() => undefined);
    return next;
  };
}

/** The background's registration: runs never overlap. */
export function contentScriptSync(api: RegistrationApi): () => Promise<string[]> {
  return oneAtATime(() => syncOnce(api));
}
