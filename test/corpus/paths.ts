/**
 * Dossier paths as the contract writes them (`collectives[2].children`, `bonuses.tne.requested`):
 * setting a value at a path, and listing an object's leaves.
 */

type Token = string | number;

export function parsePath(path: string): Token[] {
  const tokens: Token[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad dossier path: ${path}`);
    tokens.push(m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) tokens.push(Number(idx[1]));
  }
  return tokens;
}

/** Sets `value` at `path`, creating objects and arrays on the way (array holes become {}). */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const tokens = parsePath(path);
  let node: Record<string | number, unknown> = target;
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    if (last) {
      node[token] = value;
      return;
    }
    const nextIsIndex = typeof tokens[i + 1] === 'number';
    if (node[token] === undefined) node[token] = nextIsIndex ? [] : {};
    const child = node[token] as Record<string | number, unknown>;
    if (Array.isArray(child) && nextIsIndex) {
      for (let k = child.length; k < (tokens[i + 1] as number); k++) child[k] = {};
    }
    node = child;
  });
}

/**
 * The leaves of a dossier-like object: path → value. Arrays of scalars (levels) are one leaf;
 * arrays of objects (collectives) are walked with their index. `format` is left out.
 */
export function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (v: unknown, path: string) => {
    if (v === undefined || v === null) return;
    if (Array.isArray(v)) {
      if (v.some((x) => typeof x === 'object' && x !== null)) {
        v.forEach((item, i) => walk(item, `${path}[${i}]`));
      } else out.set(path, v);
      return;
    }
    if (typeof v === 'object') {
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        if (!path && k === 'format') continue;
        walk(child, path ? `${path}.${k}` : k);
      }
      return;
    }
    out.set(path, v);
  };
  walk(value, prefix);
  return out;
}
