/**
 * Collectives found by shape: the repeated blocks that hold the same fields, whatever their
 * titles say. A table with one row per group; fieldsets, sections or cards that repeat the same
 * labels; or, on a flat page, runs of fields under successive headings. One collective whose
 * fields are not repeated is one block.
 */
import { HEADING_TAGS, plainText } from './dom';
import { headingBefore as titleBefore, ownTitle } from './context';
import type { Place } from './places';
import { isBlankText } from './parse-text';
import { fold } from './text';

export const MAX_COLLECTIVES = 200;

export interface Block {
  /** The element that holds the whole collective (a row, a fieldset, a card), if there is one. */
  root: Element | null;
  /** Its title as the page shows it (« Collectif n°2 — Les lecteurs », « Atelier 1 »). */
  title: string | null;
  /** Whether the title is the collective's own (a repeated block's), not a section's. */
  ownTitle: boolean;
}

export interface CollectivePlace {
  place: Place;
  path: string;
}

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let a: Element | null = el; a; a = a.parentElement) out.push(a);
  return out.reverse(); // root first
}

/** The child of the deepest common ancestor of `a` and `b` that holds `a`. */
function branchUnder(a: Element[], b: Element[]): Element | undefined {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a[i];
}

const TOTAL = /^(total|totaux|sous-total|ensemble des|tous les)/;
const isTotalRow = (row: Element) => TOTAL.test(fold(plainText(row.firstElementChild ?? row)));
/** « Total », « Totaux », « Sous-total »: a sum of the groups, not one of them. */
export const isTotalTitle = (text: string) => TOTAL.test(fold(text));

/** The heading right before `el` among its previous siblings, if any. */
function headingBefore(el: Element): Element | null {
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
    if (
      HEADING_TAGS.has(s.tagName) ||
      s.tagName === 'LEGEND' ||
      s.getAttribute('role') === 'heading'
    )
      return s;
  }
  return null;
}

/**
 * The blocks of the page, in page order, and the index of the block of each collective place. Places of a
 * table's totals row belong to no block.
 */
export function findBlocks(items: CollectivePlace[]): {
  blocks: Block[];
  blockIndex: Map<Place, number>;
} {
  const blockIndex = new Map<Place, number>();
  const keyOf = new Map<Place, Element | string>();

  // Rows of tables with one row per group.
  const loose: CollectivePlace[] = [];
  for (const item of items) {
    const cell = item.place.cell;
    if (cell) {
      if (!isTotalRow(cell.row)) keyOf.set(item.place, cell.row);
    } else loose.push(item);
  }

  // Repeated containers: the branch where two neighbours with the same field part.
  const byPath = new Map<string, Place[]>();
  for (const { place, path } of loose) {
    const list = byPath.get(path) ?? [];
    list.push(place);
    byPath.set(path, list);
  }
  const chains = new Map<Place, Element[]>();
  const chain = (p: Place) => {
    let c = chains.get(p);
    if (!c) chains.set(p, (c = ancestors(p.row)));
    return c;
  };
  const rootOf = new Map<Place, Element>();
  for (const list of byPath.values()) {
    list.forEach((p, i) => {
      let best: Element | undefined;
      for (const q of [list[i - 1], list[i + 1]]) {
        if (!q) continue;
        const branch = branchUnder(chain(p), chain(q));
        if (branch && (!best || best.contains(branch))) best = branch;
      }
      if (best) rootOf.set(p, best);
    });
  }
  const loosePlaces = loose.map((l) => l.place);
  // How many collective places each root holds (a root that holds only its own is a row: flat).
  const roots = [...new Set(rootOf.values())];
  const rootSet = new Set(roots);
  const owner = new Map<Place, Element>();
  const held = new Map<Element, number>();
  for (const place of loosePlaces) {
    for (const a of chain(place)) {
      if (rootSet.has(a)) {
        owner.set(place, a);
        held.set(a, (held.get(a) ?? 0) + 1);
      }
    }
  }
  const flat = loosePlaces.length > byPath.size && roots.some((r) => (held.get(r) ?? 0) <= 1);
  if (!flat && roots.length > 0) {
    for (const place of loosePlaces) {
      const root = rootOf.get(place) ?? owner.get(place);
      if (root) keyOf.set(place, root);
    }
  } else if (flat) {
    // A flat run: a new collective at each heading, or when a field comes back.
    let current = 0;
    let seen = new Set<string>();
    let heading: Element | null | undefined;
    for (const { place, path } of loose) {
      const h = headingBefore(rowLevel(place.row));
      if ((heading !== undefined && h !== heading) || seen.has(path)) {
        current++;
        seen = new Set();
      }
      heading = h;
      seen.add(path);
      keyOf.set(place, `flat-${current}`);
      if (h) flatTitles.set(`flat-${current}`, h);
    }
    // Without headings, a field missing from one group would shift the others: the groups must
    // all show the same fields, or none is read.
    if (heading === null) {
      const sets = new Map<string, string[]>();
      for (const { place, path } of loose) {
        const key = keyOf.get(place) as string;
        sets.set(key, [...(sets.get(key) ?? []), path]);
      }
      const shapes = new Set([...sets.values()].map((l) => l.join('|')));
      if (shapes.size > 1) for (const { place } of loose) keyOf.delete(place);
    }
  } else {
    // One collective, its fields not repeated.
    for (const place of loosePlaces) keyOf.set(place, 'single');
  }

  // Blocks in page order.
  const blocks: Block[] = [];
  const indexOfKey = new Map<Element | string, number>();
  for (const { place } of items) {
    const key = keyOf.get(place);
    if (key === undefined) continue;
    let index = indexOfKey.get(key);
    if (index === undefined) {
      if (blocks.length >= MAX_COLLECTIVES) continue;
      const block = describe(key);
      if (block.title && TOTAL.test(fold(block.title))) continue; // « Totaux »: not a group
      index = blocks.length;
      indexOfKey.set(key, index);
      blocks.push(block);
    }
    blockIndex.set(place, index);
  }
  flatTitles.clear();
  return { blocks, blockIndex };
}

const flatTitles = new Map<string, Element>();

/** The row element that sits among the headings (a field's row may be wrapped in a label). */
function rowLevel(row: Element): Element {
  let r = row;
  while (r.parentElement && !r.previousElementSibling && !r.nextElementSibling) r = r.parentElement;
  return r;
}

function describe(key: Element | string): Block {
  if (typeof key === 'string') {
    const h = flatTitles.get(key);
    return { root: null, title: h ? plainText(h) : null, ownTitle: !!h };
  }
  if (key.tagName === 'TR') return { root: key, title: null, ownTitle: false };
  // A table with one column per group: the column's header is the group's title.
  if (key.tagName === 'TH' || key.tagName === 'TD')
    return { root: key, title: plainText(key), ownTitle: true };
  // Its own legend, summary or first heading; else the heading right before it (« <h3> <p> »).
  const title = ownTitle(key) ?? titleBefore(key);
  return { root: key, title: title ? plainText(title) : null, ownTitle: !!title };
}

/**
 * Whether a column header can be a group's title: « Groupe 1 », « Collectif n°2 — Les lecteurs »,
 * or a bare name; not « Valeur », « Prévu », « 2024-2025 » or « Total ».
 */
export function isGroupTitle(text: string): boolean {
  const f = fold(text).replace(/[—–]/g, '-');
  if (!f || f.length > 60) return false;
  if (NUMBERED.test(f)) return true;
  return !/\d/.test(f) && !TOTAL.test(f) && !NOT_A_TITLE.test(f);
}

const NOT_A_TITLE =
  /^(valeur|montant|reponse|saisie|detail|information|donnee|contenu|commentaire|observation|remarque|prevu|previsionnel|realise|reel|demande|propose|libelle|champ|rubrique|intitule|designation|nature|poste|objet|annee|exercice|budget|charge|produit|source|financeur|statut|etat|total)s?\b/;

const GROUP_WORD = '(?:collectif|groupe|atelier|action|accompagnement|seance|classe)';
const NUMBERED = new RegExp(
  `^${GROUP_WORD}?\\s*(?:n\\s*°|no|numero|#)?\\s*\\d+\\s*(?:[-:.)]\\s*(.*))?$`,
);

/**
 * The collective's name in its block's title: « Collectif n°3 — Les lecteurs » → « Les
 * lecteurs »; « Groupe 2 » has none; a repeated block's bare title is its name.
 */
export function nameFromTitle(block: Block): string | undefined {
  const name = nameIn(block);
  // « Collectif n°2 — Non saisi »: the page says the name is blank.
  return name === undefined || isBlankText(name) ? undefined : name;
}

function nameIn(block: Block): string | undefined {
  if (!block.title || !block.ownTitle) return undefined;
  const title = block.title.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  // « Atelier « Les lecteurs » », « Groupe 2 “Tremplin” »: the quoted part is the name.
  const quoted = /[«“"]\s*([^»”"]+?)\s*[»”"]/.exec(title);
  if (quoted) return quoted[1];
  const f = fold(title).replace(/[—–]/g, '-');
  // « Action : Les Explorateurs », « Groupe – Tremplin »: the part after the word.
  const worded = new RegExp(`^${GROUP_WORD}s?\\s*[-:]\\s*\\S`).exec(f);
  if (worded) {
    const name = title.replace(/^[^:—–-]*[:—–-]\s*/, '').trim();
    return name || undefined;
  }
  const m = NUMBERED.exec(f);
  if (m) {
    if (!m[1]) return undefined;
    const dash = title.search(/\s[-—–:]\s|[—–]/);
    const name =
      dash >= 0
        ? title
            .slice(dash)
            .replace(/^\s*[-—–:]\s*/, '')
            .trim()
        : '';
    return name || undefined;
  }
  if (/\d/.test(f) || new RegExp(`^${GROUP_WORD}s?$`).test(f) || title.length > 60)
    return undefined;
  return title;
}
