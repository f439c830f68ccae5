import { fieldMapFileSchema, type FieldMapFile } from '../../settings/schema';

/** Reads a shared field-map file (`clas-field-map/1`), or says in French what is wrong with it. */
export function parseFieldMapFile(
  text: string,
): { ok: true; file: FieldMapFile } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Ce fichier n’est pas du JSON valide.' };
  }
  const parsed = fieldMapFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || 'format').join(', ');
    return {
      ok: false,
      message: `Ce fichier n’est pas une correspondance de champs « clas-field-map/1 » valide (${where}).`,
    };
  }
  return { ok: true, file: parsed.data };
}
