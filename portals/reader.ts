/**
 * The reader engine: reads a CLAS dossier from a portal page by the visible labels of its
 * fields, with any portal's field map (portals/maps/), inputs and read-only pages alike. It only
 * reads: no value, state or attribute of the page is ever changed. The public API is
 * read-page.ts.
 */
import { RULES } from '../rules/catalogue';
import type { Dossier } from '../rules/dossier';
import type { Finding } from '../rules/report';
import { collectiveKey, concretePath, genericPath, setPath } from './dossier-path';
import { lookupFor, type MapLookup } from './lookup';
import { PORTAL_MAPS } from './maps/index';
import { displayLabel, normalizeLabel } from './normalize';
import { buildIndex, CONTROLS, type Candidate, type PageIndex } from './page-index';
import type { FieldEntry, PortalId, PortalMap } from './types';
import { readValue, type ValueContext } from './values';

export interface FieldSource {
  path: string;
  /** The input / value element to point at (« Voir le champ »). */
  element: Element;
}

export interface ReadResult {
  /** `clas-dossier/1`, with only what the page gave. */
  dossier: Dossier;
  /** Dossier path → the element its value came from. */
  sources: Map<string, Element>;
  /** Paths the map expects that were / were not found on this page (the report's `page`). */
  found: string[];
  notFound: string[];
  /** `field.unreadable` findings. */
  findings: Finding[];
}

interface Slot {
  entry: FieldEntry;
  cand: Candidate;
  /** The label as the page shows it (raw text), for messages. */
  label: string;
}

function unreadableFinding(path: string, where: string, text: string, reason: string): Finding {
  const rule = RULES['field.unreadable'];
  const what = text && !reason.includes(`« ${text} »`) ? `« ${text} » : ${reason}` : reason;
  return {
    rule: 'field.unreadable',
    severity: rule.severity,
    source: rule.source,
    field: path,
    message: `${where} : ${what} ; corrigez la saisie. La valeur n’est pas prise en compte.`,
  };
}

function applyOverrides(
  root: Document,
  overrides: Record<string, string>,
  lookup: MapLookup,
  index: PageIndex,
  slots: Map<string, Slot>,
): number {
  let extraBlocks = index.blocks.length;
  for (const [path, selector] of Object.entries(overrides)) {
    const { generic, index: at } = genericPath(path);
    const entry = lookup.byPath.get(generic);
    if (!entry || !selector) continue;
    let elements: Element[];
    try {
      elements = at === undefined ? [...root.querySelectorAll(selector)] : [];
      if (at !== undefined) {
        const one = root.querySelector(selector);
        if (one) elements = [one];
      }
    } catch {
      continue; // an invalid selector: the label map reads the field as usual
    }
    const label = entry.labels[0] ?? path;
    const place = (el: Element, i: number | undefined) => {
      if (i !== undefined && i >= 200) return; // at most 200 collectives from taught fields (a stored map cannot make a million blocks)
      const target =
        el.tagName === 'LABEL'
          ? (el.querySelector(CONTROLS) ?? (el as HTMLLabelElement).control ?? el)
          : el;
      const cand: Candidate = {
        el: target,
        container: target.closest('tr') ?? target,
        names: [label],
        block: i ?? -1,
      };
      const p = i === undefined ? path : concretePath(generic, i);
      slots.set(p, { entry, cand, label });
      if (i !== undefined) extraBlocks = Math.max(extraBlocks, i + 1);
    };
    if (entry.scope === 'collective') {
      if (at !== undefined) {
        if (elements[0]) place(elements[0], at);
      } else elements.forEach((el, i) => place(el, i));
    } else if (elements[0]) place(elements[0], undefined);
  }
  return extraBlocks;
}

/**
 * Where each field of `portal`'s map is on the page: the page's structure, found by its labels.
 * It holds as long as the DOM does not change; typing in a field changes only values, so live
 * reading keeps it between keystrokes and re-reads only the values (`readValues`).
 * `overrides`: dossier path → CSS selector chosen by the person (« Indiquer le champ »), tried
 * before the labels; `collectives[].x` selects one element per collective, in order.
 */
export interface PageStructure {
  portal: PortalId;
  map: PortalMap;
  index: PageIndex;
  lookup: MapLookup;
  slots: Map<string, Slot>;
  blockCount: number;
}

export function indexPage(
  root: Document,
  portal: PortalId,
  overrides: Record<string, string> = {},
  map: PortalMap = PORTAL_MAPS[portal],
): PageStructure {
  const lookup = lookupFor(map);
  const index = buildIndex(root, {
    blockLegend: lookup.blockLegend,
    collectiveHeaders: lookup.collectiveHeaders,
    known: lookup.known,
  });
  const slots = new Map<string, Slot>();
  const blockCount = applyOverrides(root, overrides, lookup, index, slots);

  for (const cand of index.candidates) {
    const table = cand.block >= 0 ? lookup.collective : lookup.dossier;
    for (const raw of cand.names) {
      const entry = table.get(normalizeLabel(raw));
      if (!entry) continue;
      const path = cand.block >= 0 ? concretePath(entry.path, cand.block) : entry.path;
      if (!slots.has(path)) slots.set(path, { entry, cand, label: raw });
      break;
    }
  }
  return { portal, map, index, lookup, slots, blockCount };
}

/** Reads `root` as a page of `portal`: its structure, then its values. */
export function readPage(
  root: Document,
  portal: PortalId,
  overrides: Record<string, string> = {},
  map: PortalMap = PORTAL_MAPS[portal],
): ReadResult {
  return readValues(indexPage(root, portal, overrides, map));
}

/** The dossier from the fields' current values, on a known structure. */
export function readValues(structure: PageStructure): ReadResult {
  const { portal, map, index, lookup, slots, blockCount } = structure;
  const ctx: ValueContext = { portal, labelOf: index.labelOf, situations: lookup.situations };
  const out: Record<string, unknown> = { format: 'clas-dossier/1' };
  const sources = new Map<string, Element>();
  const found: string[] = [];
  const notFound: string[] = [];
  const findings: Finding[] = [];
  const collectives: Array<Record<string, unknown>> = [];
  for (let i = 0; i < blockCount; i++) collectives.push({});

  const read = (path: string, entry: FieldEntry, block: number) => {
    if (entry.kind === 'portal-constant') {
      found.push(path);
      setPath(out, path, portal);
      return;
    }
    const slot = slots.get(path);
    if (!slot) {
      // The campaign and department have defaults (the latest Vosges note) and no rule checks
      // them: their absence is not a field left unchecked, so it is not listed.
      if (entry.kind !== 'campaign' && entry.kind !== 'department') notFound.push(path);
      return;
    }
    found.push(path);
    sources.set(path, slot.cand.el);
    const r = readValue(entry.kind, slot.cand, ctx);
    if (r.status === 'value') {
      if (block >= 0) setPath(collectives[block]!, collectiveKey(entry.path), r.value);
      else setPath(out, path, r.value);
    } else if (r.status === 'unreadable') {
      const label = displayLabel(slot.label);
      const where =
        block >= 0 ? `${label} (${index.blocks[block]?.label ?? `Collectif ${block + 1}`})` : label;
      findings.push(unreadableFinding(path, where, r.text, r.reason));
    }
  };

  let collectivesDone = false;
  for (const entry of map.fields) {
    if (entry.scope === 'dossier') {
      read(entry.path, entry, -1);
      continue;
    }
    if (collectivesDone) continue;
    collectivesDone = true;
    // All collective fields, collective by collective (found/notFound in page order).
    if (blockCount === 0) {
      notFound.push('collectives');
      continue;
    }
    found.push('collectives');
    out.collectives = collectives;
    const fields = map.fields.filter((f) => f.scope === 'collective');
    for (let i = 0; i < blockCount; i++) {
      for (const f of fields) read(concretePath(f.path, i), f, i);
    }
  }
  return { dossier: out as Dossier, sources, found, notFound, findings };
}

/** The sources as a list, in the order the paths were found (for « Voir le champ »). */
export function fieldSources(result: ReadResult): FieldSource[] {
  return [...result.sources].map(([path, element]) => ({ path, element }));
}
