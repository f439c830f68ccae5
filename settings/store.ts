import { storage } from 'wxt/utils/storage';
import {
  parseMarks,
  parseSettings,
  parseSite,
  type Marks,
  type Settings,
  type SiteSettings,
} from './schema';

/**
 * What the extension remembers, as typed WXT storage items in `browser.storage.local` (the
 * extension's own storage, never the portal's): the global settings (`settings`), each site's
 * (`site:<host>`) and each dossier's instructor marks (`marks:<dossier>`). Every value is read
 * back through its guard (schema.ts): a damaged or older value reads as the defaults.
 */

const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: parseSettings(undefined),
});

const SITE_PREFIX = 'site:';
const siteItem = (host: string) =>
  storage.defineItem<SiteSettings>(`local:${SITE_PREFIX}${host}`, {
    fallback: parseSite(undefined),
  });

const marksItem = (dossierKey: string) =>
  storage.defineItem<Marks>(`local:marks:${dossierKey}`, { fallback: {} });

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export async function getSite(host: string): Promise<SiteSettings> {
  return parseSite(await siteItem(host).getValue());
}

export async function setSite(host: string, patch: Partial<SiteSettings>): Promise<SiteSettings> {
  const next = { ...(await getSite(host)), ...patch };
  await siteItem(host).setValue(next);
  return next;
}

export async function getMarks(dossierKey: string): Promise<Marks> {
  return parseMarks(await marksItem(dossierKey).getValue());
}

export async function setMarks(dossierKey: string, marks: Marks): Promise<void> {
  await marksItem(dossierKey).setValue(marks);
}

/** Calls back when the global settings change (the options page, another tab). */
export function onGlobalSettingsChanged(callback: () => void): () => void {
  return settingsItem.watch(() => callback());
}

/** Calls back when the settings or this site's settings change (another tab, the options page). */
export function onSettingsChanged(host: string, callback: () => void): () => void {
  const stops = [onGlobalSettingsChanged(callback), siteItem(host).watch(() => callback())];
  return () => stops.forEach((stop) => stop());
}

/** Every site's settings, each record parsed (a damaged one reads as the defaults). */
export async function getAllSites(): Promise<Record<string, SiteSettings>> {
  return sitesOf(await storage.snapshot('local'));
}

export function sitesOf(all: Record<string, unknown>): Record<string, SiteSettings> {
  const sites: Record<string, SiteSettings> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(SITE_PREFIX)) sites[key.slice(SITE_PREFIX.length)] = parseSite(value);
  }
  return sites;
}

/** Writes these sites' settings in one `storage.set`: the browser keeps all of it or none. */
export async function setSites(sites: Record<string, SiteSettings>): Promise<void> {
  await storage.setItems(
    Object.entries(sites).map(([host, value]) => ({ item: siteItem(host), value })),
  );
}

/**
 * Settings, taught fields and marks, and the dossiers' steps read in this browser session
 * (session/steps-store.ts): everything but the history (IndexedDB).
 */
export async function clearStorage(): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
}
