/**
 * « Effacer toutes les données »: the settings, taught fields and marks, the snapshot history,
 * and the host permissions the person granted for the addresses they added. What the manifest
 * requires (the two portals) cannot be withdrawn and is left.
 */

export interface ClearAllApi {
  /** `browser.permissions.getAll()`. */
  grantedOrigins(): Promise<string[]>;
  /** `browser.permissions.remove({ origins })`. */
  removeOrigins(origins: string[]): Promise<boolean>;
  /** The manifest's own match patterns: content scripts and `host_permissions`. */
  requiredOrigins: readonly string[];
  clearStorage(): Promise<void>;
  clearHistory(): Promise<unknown>;
}

export function requiredOriginsOf(manifest: {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}): string[] {
  return [
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
  ];
}

const PERMISSIONS_LEFT = 'les autorisations des sites ajoutés sont restées accordées';

export async function clearAllData(api: ClearAllApi): Promise<{ ok: boolean; message: string }> {
  const problems: string[] = [];
  try {
    const optional = (await api.grantedOrigins()).filter((o) => !api.requiredOrigins.includes(o));
    if (optional.length > 0 && !(await api.removeOrigins(optional)))
      problems.push(PERMISSIONS_LEFT);
  } catch {
    problems.push(PERMISSIONS_LEFT);
  }
  try {
    await api.clearStorage();
  } catch {
    problems.push('les réglages, correspondances et notes n’ont pas pu être effacés');
  }
  try {
    const answer = (await api.clearHistory()) as { ok?: boolean } | undefined;
    if (answer?.ok !== true) problems.push('l’historique n’a pas pu être effacé');
  } catch {
    problems.push('l’historique n’a pas pu être effacé');
  }
  return problems.length === 0
    ? { ok: true, message: 'Toutes les données locales ont été effacées.' }
    : {
        ok: false,
        message: `Effacement incomplet : ${problems.join(' ; ')}. Réessayez.`,
      };
}
