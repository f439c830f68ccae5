import { browser } from 'wxt/browser';
import { fieldLabel } from '../../display/field-names';
import { sendToBackground } from '../../messages/protocol';
import { PORTALS } from '../../portals/hosts';
import { clearAllData, requiredOriginsOf } from '../../settings/clear-all';
import { originOf } from '../../settings/content-registration';
import {
  FIELD_MAP_FILE_NAME,
  fieldMapFileOf,
  MAX_FIELD_MAP_BYTES,
  parseFieldMapFile,
  TOO_BIG,
} from '../../settings/field-map-file';
import { importFieldMap } from '../../settings/import-field-map';
import { HOST_PATTERN, type PortalKind } from '../../settings/schema';
import { clearStorage, setSite } from '../../settings/store';
import { downloadBlob } from '../../snapshots/download';
import type { OptionsContext } from './use-options';

/**
 * What the options page's buttons do: each reads and writes through `settings/`, asks the
 * browser for what only it can give (host permissions, the history's clearing), and says the
 * outcome in French through `say`.
 */

/** `https://Nouveau-Portail.caf.fr/clas` → `nouveau-portail.caf.fr`. */
function hostOf(typed: string): string {
  return typed
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
}

/**
 * Adds a portal address. Synchronous up to the permission request: the browser shows its prompt
 * only within the click itself. True when the address was valid and new (the prompt is shown).
 */
export function addHost(o: OptionsContext, typed: string, portal: PortalKind): Promise<boolean> {
  const host = hostOf(typed);
  if (!HOST_PATTERN.test(host)) {
    o.say(
      `« ${typed} » n’est pas une adresse de site valide (exemple : nouveau-portail.caf.fr).`,
      true,
    );
    return Promise.resolve(false);
  }
  if (PORTALS.some((p) => p.host === host) || o.settings.extraHosts.some((h) => h.host === host)) {
    o.say(`${host} est déjà dans la liste.`, true);
    return Promise.resolve(false);
  }
  return browser.permissions.request({ origins: [originOf(host)] }).then(async (granted) => {
    if (!granted) {
      o.say(`Autorisation refusée : l’extension ne fonctionnera pas sur ${host}.`, true);
      return false;
    }
    await o.save(
      { extraHosts: [...o.settings.extraHosts, { host, portal }] },
      `${host} ajouté : le panneau s’y ouvrira au prochain chargement de page.`,
    );
    return true;
  });
}

export async function removeHost(o: OptionsContext, host: string): Promise<void> {
  await browser.permissions.remove({ origins: [originOf(host)] }).catch(() => false);
  await o.save(
    { extraHosts: o.settings.extraHosts.filter((h) => h.host !== host) },
    `${host} retiré.`,
  );
}

export function exportFieldMaps(o: OptionsContext): void {
  const json = JSON.stringify(fieldMapFileOf(o.sites), null, 2);
  downloadBlob(document.body, FIELD_MAP_FILE_NAME, new Blob([json], { type: 'application/json' }));
}

export async function importFieldMaps(o: OptionsContext, file: File): Promise<void> {
  // Refused before it is read: a shared file must not stall this page.
  if (file.size > MAX_FIELD_MAP_BYTES) return o.say(TOO_BIG, true);
  const parsed = parseFieldMapFile(await file.text());
  if (!parsed.ok) return o.say(parsed.message, true);
  const outcome = await importFieldMap(parsed.file);
  await o.reload();
  if (!outcome.ok) return o.say(outcome.message, true);
  const { count } = outcome;
  o.say(`${count} correspondance${count > 1 ? 's' : ''} importée${count > 1 ? 's' : ''}.`);
}

export async function removeOverride(o: OptionsContext, host: string, path: string) {
  const { [path]: _removed, ...rest } = o.sites[host]?.overrides ?? {};
  await setSite(host, { overrides: rest });
  await o.reload();
  o.say(`Correspondance retirée : ${fieldLabel(path)} sur ${host}.`);
}

export async function clearEverything(o: OptionsContext, confirm: (q: string) => boolean) {
  if (
    !confirm(
      'Effacer toutes les données de l’extension : réglages, correspondances, notes et historique ?',
    )
  )
    return;
  const outcome = await clearAllData({
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    removeOrigins: (origins) => browser.permissions.remove({ origins }),
    requiredOrigins: requiredOriginsOf(browser.runtime.getManifest()),
    clearStorage,
    clearHistory: () => sendToBackground({ type: 'clas:history-clear' }),
  });
  await o.reload();
  o.say(outcome.message, !outcome.ok);
}
