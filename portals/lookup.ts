/**
 * A portal map compiled for reading: normalised label → field entry (one table per scope), the
 * collective legend pattern, the situations' normalised wordings. Built once per map (cached).
 */
import type { Situation } from '../rules/dossier';
import { normalizeLabel } from './normalize';
import type { FieldEntry, PortalMap } from './types';

export interface MapLookup {
  map: PortalMap;
  dossier: ReadonlyMap<string, FieldEntry>;
  collective: ReadonlyMap<string, FieldEntry>;
  byPath: ReadonlyMap<string, FieldEntry>;
  blockLegend: RegExp;
  collectiveHeaders: ReadonlySet<string>;
  situations: ReadonlyArray<readonly [Situation, readonly string[]]>;
  /** Whether a normalised name is a label of any field (either scope). */
  known(normalisedName: string): boolean;
}

const compiled = new WeakMap<PortalMap, MapLookup>();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Two entries of one scope claiming the same normalised label: a map error, listed for tests. */
export function labelClashes(map: PortalMap): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const f of map.fields) {
    for (const l of f.labels) {
      const key = `${f.scope}|${normalizeLabel(l)}`;
      const other = seen.get(key);
      if (other !== undefined && other !== f.path) clashes.push(`${l}: ${other} / ${f.path}`);
      else seen.set(key, f.path);
    }
  }
  return clashes;
}

export function lookupFor(map: PortalMap): MapLookup {
  const hit = compiled.get(map);
  if (hit) return hit;
  const dossier = new Map<string, FieldEntry>();
  const collective = new Map<string, FieldEntry>();
  const byPath = new Map<string, FieldEntry>();
  for (const f of map.fields) {
    byPath.set(f.path, f);
    const table = f.scope === 'collective' ? collective : dossier;
    for (const l of f.labels) {
      const n = normalizeLabel(l);
      if (n && !table.has(n)) table.set(n, f);
    }
  }
  const words = map.collectiveLegends.map((w) => escapeRe(normalizeLabel(w))).join('|');
  const lookup: MapLookup = {
    map,
    dossier,
    collective,
    byPath,
    blockLegend: new RegExp(`^(?:${words})\\b\\D{0,6}\\d+`),
    collectiveHeaders: new Set(map.collectiveTableHeaders.map(normalizeLabel)),
    known: (n) => dossier.has(n) || collective.has(n),
    situations: (Object.keys(map.situations) as Situation[]).map(
      (s) => [s, map.situations[s].map(normalizeLabel)] as const,
    ),
  };
  compiled.set(map, lookup);
  return lookup;
}
