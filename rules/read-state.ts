import type { Dossier } from './dossier';
import { COLLECTIVE_FIELDS, DOSSIER_INPUT_FIELDS } from './dossier-fields';

/**
 * Which fields of the dossier were read. A dossier file is complete by definition: a missing
 * field there means "not filled in" (contract). A dossier read from a portal page has three
 * states per field: read with a value, read and empty (the field is on the page, blank or
 * unticked), or not read (the field is not on this page, or was not recognised). Only the last
 * makes the rules wait: they cannot say a field is empty when nobody saw it.
 */
export interface ReadState {
  /** False only for a field no page has shown yet. */
  isRead(path: string): boolean;
  /** `isRead('collectives[index].key')` without making the path. */
  isCollectiveRead(index: number, key: string): boolean;
}

const PREFIX = 'collectives[';

/**
 * `collectives[2].children` → [2, 'children'] (`collectives[2]` → [2, '']); any other path →
 * undefined. By hand rather than with a regular expression: the engine asks for every field of
 * every collective on each keystroke.
 */
function splitCollective(path: string): [number, string] | undefined {
  if (!path.startsWith(PREFIX)) return undefined;
  let index = 0;
  let i = PREFIX.length;
  for (; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === 93 /* ] */) break;
    if (c < 48 || c > 57) return undefined;
    index = index * 10 + (c - 48);
  }
  if (i === PREFIX.length || i === path.length) return undefined;
  return [index, i + 1 === path.length ? '' : path.slice(i + 2)];
}

function stepsFrom(at: unknown, path: string): unknown {
  if (at === null || typeof at !== 'object') return undefined;
  if (!path.includes('.')) return (at as Record<string, unknown>)[path];
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** The value at a dossier path (`budget.msa`, `collectives[2].children`), or undefined. */
export function valueAt(dossier: Dossier, path: string): unknown {
  const c = splitCollective(path);
  if (!c) return stepsFrom(dossier, path);
  const collective = dossier.collectives?.[c[0]];
  return c[1] === '' ? collective : stepsFrom(collective, c[1]);
}

/**
 * What a page read: the paths it found (with a value or empty). A field holding a value counts
 * as read too, whatever the list says: a value can only come from a page (this one or an
 * earlier step of the same dossier).
 */
export function pageReadState(dossier: Dossier, found: Iterable<string>): ReadState {
  const read = new Set(found);
  // A value first: most fields read have one, and a property is cheaper than a path to make
  // and look up.
  const isCollectiveRead = (index: number, key: string) => {
    const collective = dossier.collectives?.[index];
    if (collective !== undefined && (key === '' || stepsFrom(collective, key) !== undefined))
      return true;
    return read.has(key === '' ? `collectives[${index}]` : `collectives[${index}].${key}`);
  };
  return {
    isRead(path) {
      const c = splitCollective(path);
      if (c) return isCollectiveRead(c[0], c[1]);
      return stepsFrom(dossier, path) !== undefined || read.has(path);
    },
    isCollectiveRead,
  };
}

/** The dossier's fields as paths: the list's fields, and each collective's once the list is known. */
export function inputFields(dossier: Dossier): string[] {
  const out: string[] = [];
  for (const field of DOSSIER_INPUT_FIELDS) {
    out.push(field);
    if (field !== 'collectives') continue;
    (dossier.collectives ?? []).forEach((_, i) => {
      for (const key of COLLECTIVE_FIELDS) out.push(`collectives[${i}].${key}`);
    });
  }
  return out;
}

/**
 * The fields not read yet, in the contract's order. While the list of collectives is unknown,
 * `collectives` stands for all their fields. `also`: further paths a rule waits for, kept when
 * they are not on the list (so that no waiting field goes uncounted).
 */
export function notReadFields(
  dossier: Dossier,
  state: ReadState,
  also: Iterable<string> = [],
): string[] {
  const out: string[] = [];
  for (const field of DOSSIER_INPUT_FIELDS) {
    if (!state.isRead(field)) out.push(field);
    if (field !== 'collectives') continue;
    const count = dossier.collectives?.length ?? 0;
    for (let i = 0; i < count; i++)
      for (const key of COLLECTIVE_FIELDS)
        if (!state.isCollectiveRead(i, key)) out.push(`collectives[${i}].${key}`);
  }
  const listed = new Set(out);
  for (const p of also) {
    if (!listed.has(p)) {
      listed.add(p);
      out.push(p);
    }
  }
  return out;
}

/**
 * The fields the funding estimate waits for: the list of collectives, each collective's number
 * of children (whether it is retained) and its expenses. A collective's expenses are known when
 * it gives its own or the budget gives the operating expenses to share (contract, « Funding »),
 * and known to be missing when both fields were read empty.
 */
export function fundingWaits(dossier: Dossier, state: ReadState): string[] {
  if (!state.isRead('collectives')) return ['collectives'];
  const waits = new Set<string>();
  const shared = dossier.budget?.operatingExpenses;
  (dossier.collectives ?? []).forEach((c, i) => {
    if (!state.isCollectiveRead(i, 'children')) waits.add(`collectives[${i}].children`);
    if (c.expenses !== undefined || shared !== undefined) return;
    if (!state.isCollectiveRead(i, 'expenses')) waits.add(`collectives[${i}].expenses`);
    if (!state.isRead('budget.operatingExpenses')) waits.add('budget.operatingExpenses');
  });
  return [...waits];
}
