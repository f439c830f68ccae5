import * as z from 'zod/mini';
import { HOST_PATTERN } from './schema';

/** A shareable field map: the taught fields of one or more sites, exported and imported as JSON. */
export const fieldMapFileSchema = z.object({
  format: z.literal('clas-field-map/1'),
  sites: z.record(z.string().check(z.regex(HOST_PATTERN)), z.record(z.string(), z.string())),
});
export type FieldMapFile = z.infer<typeof fieldMapFileSchema>;

/** Reads a shared field-map file, or says in French what is wrong with it. */
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
