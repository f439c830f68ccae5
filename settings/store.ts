import { browser } from 'wxt/browser';
import {
  parseMarks,
  parseSettings,
  parseSite,
  type Marks,
  type Settings,
  type SiteSettings,
} from './schema';

/** Typed access to `browser.storage.local`: global settings, per-site settings, instructor marks. */

const SETTINGS = 'settings';
const SITE_PREFIX = 'site:';
export const siteKey = (host: string) => `${SITE_PREFIX}${host}`;
const marksKey = (dossierKey: string) => `marks:${dossierKey}`;

async function read<T>(key: string, parse: (v: unknown) => T): Promise<T> {
  const stored = await browser.storage.local.get(key);
  return parse(stored[key] ?? {});
}

export const getSettings = () => read(SETTINGS, parseSettings);
export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS]: next });
  return next;
}

export const getSite = (host: string) => read(siteKey(host), parseSite);
export async function setSite(host: string, patch: Partial<SiteSettings>): Promise<SiteSettings> {
  const next = { ...(await getSite(host)), ...patch };
  await browser.storage.local.set({ [siteKey(host)]: next });
  return next;
}

export const getMarks = (dossierKey: string) => read(marksKey(dossierKey), parseMarks);
export async function setMarks(dossierKey: string, marks: Marks): Promise<void> {
  await browser.storage.local.set({ [marksKey(dossierKey)]: marks });
}

/** Calls back when the settings or this site's settings change (another tab, the options page). */
export function onSettingsChanged(host: string, callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SETTINGS in changes || siteKey(host) in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Every site's settings, each record parsed (a damaged one reads as the defaults). */
export async function getAllSites(): Promise<Record<string, SiteSettings>> {
  return sitesOf(await browser.storage.local.get(null));
}

export function sitesOf(all: Record<string, unknown>): Record<string, SiteSettings> {
  const sites: Record<string, SiteSettings> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(SITE_PREFIX)) sites[key.slice(SITE_PREFIX.length)] = parseSite(value);
  }
  return sites;
}
