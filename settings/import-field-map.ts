import type { FieldMapFile } from './field-map-file';
import { parseSite, type SiteSettings } from './schema';
import { siteKey, sitesOf } from './store';

/** The part of `browser.storage.local` an import needs (a fake in the tests). */
export interface ImportStorage {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type ImportOutcome = { ok: true; count: number } | { ok: false; message: string };

const isQuota = (e: unknown) => /quota/i.test(String((e as Error)?.message ?? e));

/**
 * Adds an imported map's taught fields to each site's own (the file wins on the same field), in
 * one `storage.set` of every site touched: the browser writes it all or nothing, so a full
 * storage leaves the sites as they were and the person is told why.
 */
export async function importFieldMap(
  file: FieldMapFile,
  storage: ImportStorage,
): Promise<ImportOutcome> {
  try {
    const sites = sitesOf(await storage.get(null));
    const items: Record<string, SiteSettings> = {};
    let count = 0;
    for (const [host, overrides] of Object.entries(file.sites)) {
      const current = sites[host] ?? parseSite(undefined);
      items[siteKey(host)] = { ...current, overrides: { ...current.overrides, ...overrides } };
      count += Object.keys(overrides).length;
    }
    await storage.set(items);
    return { ok: true, count };
  } catch (e) {
    return {
      ok: false,
      message: isQuota(e)
        ? 'Stockage de l’extension plein : rien n’a été importé. Retirez des correspondances inutiles, puis réessayez.'
        : `L’import n’a pas pu être enregistré (${String((e as Error)?.message ?? e)}) : rien n’a été modifié.`,
    };
  }
}
