import type { FieldMapFile } from './field-map-file';
import { parseSite, type SiteSettings } from './schema';
import { getAllSites, setSites } from './store';

export type ImportOutcome = { ok: true; count: number } | { ok: false; message: string };

const isQuota = (e: unknown) => /quota/i.test(String((e as Error)?.message ?? e));

/**
 * Adds an imported map's taught fields to each site's own (the file wins on the same field), in
 * one write of every site touched (`setSites`): the browser writes it all or nothing, so a full
 * storage leaves the sites as they were and the person is told why.
 */
export async function importFieldMap(file: FieldMapFile): Promise<ImportOutcome> {
  try {
    const sites = await getAllSites();
    const next: Record<string, SiteSettings> = {};
    let count = 0;
    for (const [host, overrides] of Object.entries(file.sites)) {
      const current = sites[host] ?? parseSite(undefined);
      next[host] = { ...current, overrides: { ...current.overrides, ...overrides } };
      count += Object.keys(overrides).length;
    }
    await setSites(next);
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
