/** Applies a case's patch to a base dossier: objects merge, arrays and values replace, null deletes. */
export function deepPatch<T>(base: T, patch: unknown): T {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (typeof value === 'object' && !Array.isArray(value) && typeof out[key] === 'object')
      out[key] = deepPatch(out[key], value);
    else out[key] = value;
  }
  return out as T;
}
