/** Writing a value at a dossier path (`bonuses.tne.requested`) into a plain object. */

export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let obj = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i]!;
    let next = obj[k];
    if (typeof next !== 'object' || next === null) {
      next = {};
      obj[k] = next;
    }
    obj = next as Record<string, unknown>;
  }
  obj[keys[keys.length - 1]!] = value;
}

/** `collectives[].children` + 2 → `collectives[2].children`. */
export function concretePath(path: string, index: number): string {
  return path.replace('[]', `[${index}]`);
}
