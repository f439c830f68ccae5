import { dossierSchema } from '../rules/dossier';

/**
 * The dossier paths a taught field (an override) may name: every leaf of the `clas-dossier/1`
 * schema, read from the schema itself so a new field needs no second list. A collective's field
 * is `collectives[].x` (every collective) or `collectives[N].x` with N below MAX_COLLECTIVE_INDEX.
 */

/** The reader never makes more blocks than this from a taught field (portals/reader.ts). */
export const MAX_COLLECTIVE_INDEX = 200;

interface SchemaNode {
  _zod: {
    def: {
      type: string;
      shape?: Record<string, SchemaNode>;
      innerType?: SchemaNode;
      element?: SchemaNode;
    };
  };
}

function leaves(node: SchemaNode, prefix: string, out: string[]): void {
  const def = node._zod.def;
  if (def.type === 'optional' && def.innerType) return leaves(def.innerType, prefix, out);
  if (def.type === 'object' && def.shape) {
    for (const [key, child] of Object.entries(def.shape))
      leaves(child, prefix ? `${prefix}.${key}` : key, out);
    return;
  }
  // An array of objects is a list of blocks (the collectives); any other value is a leaf.
  if (def.type === 'array' && def.element?._zod.def.type === 'object')
    return leaves(def.element, `${prefix}[]`, out);
  out.push(prefix);
}

/** Generic leaf paths (`budget.msa`, `collectives[].children`), without `format`. */
export const DOSSIER_LEAF_PATHS: ReadonlySet<string> = (() => {
  const out: string[] = [];
  leaves(dossierSchema as unknown as SchemaNode, '', out);
  return new Set(out.filter((p) => p !== 'format'));
})();

const INDEXED = /^(\w+)\[(0|[1-9]\d{0,8})\]\.(.+)$/;

/** `budget.msa`, `collectives[].children`, `collectives[3].children` (index below 200). */
export function isKnownOverridePath(path: string): boolean {
  if (DOSSIER_LEAF_PATHS.has(path)) return true;
  const m = INDEXED.exec(path);
  return !!m && Number(m[2]) < MAX_COLLECTIVE_INDEX && DOSSIER_LEAF_PATHS.has(`${m[1]}[].${m[3]}`);
}
