/**
 * The reader: a portal page → a `clas-dossier/1` dossier, by meaning. Places (places.ts) are
 * named by their labels and surroundings; concepts (concepts.ts, match.ts) say which field a
 * label names; collectives are found by the shape of the page (blocks.ts). A value is read only
 * when one field clearly wins and the value is of its kind; otherwise the field is left unread
 * and said so. The page is only read, never written to.
 */
import { FIELD_UNREADABLE } from '../rules/field-unreadable';
import { KNOWN_CAMPAIGNS } from '../rules/campaigns/known';
import type { Dossier } from '../rules/dossier';
import type { Finding } from '../rules/report';
import {
  findBlocks,
  isGroupTitle,
  isTotalTitle,
  nameFromTitle,
  MAX_COLLECTIVES,
  type Block,
} from './blocks';
import type { ValueKind } from './concepts';
import { ContextFinder } from './context';
import { concretePath, setPath } from './dossier-path';
import { CONTROL_SELECTOR, inputType, isControl, plainText } from './dom';
import { conceptsFor, decide, isPart, MIN_MARGIN, type Concept, type Evidence } from './match';
import { findPlaces, type Place } from './places';
import { displayLabel, tokens } from './text';
import type { PortalId } from './types';
import { fitOf, readPlace } from './values';
import { isRequestKind, parseCampaign } from './parse-text';

/** A label the reader could not tell between several fields: nothing was read from it. */
interface Ambiguity {
  /** The page's label. */
  label: string;
  /** The dossier fields it could be. */
  paths: string[];
}

export interface ReadResult {
  /** `clas-dossier/1`, with only what the page gave. */
  dossier: Dossier;
  /** Dossier path → the element its value came from. */
  sources: Map<string, Element>;
  /** Dossier path → the page's label that named it (« lu dans « … » »). */
  evidence: Map<string, string>;
  /** Paths read on this page (with a value, or empty: the field is there and blank). */
  found: string[];
  /** Fields the rules use that this page did not give (not on it, or not recognised). */
  notFound: string[];
  /** Labels that could name several fields: not read. */
  ambiguous: Ambiguity[];
  /** `field.unreadable` findings. */
  findings: Finding[];
}

interface Slot {
  path: string;
  kind: ValueKind;
  /** One place, or several that must agree (or add up, for the Caf's lines). */
  places: Place[];
  sum: boolean;
  label: string;
  block: number;
}

export interface PageStructure {
  portal: PortalId;
  slots: Slot[];
  blocks: Block[];
  ambiguous: Ambiguity[];
  dossierPaths: readonly string[];
  collectivePaths: readonly string[];
}

/** Fields with a default or read only as information: their absence is not a field left unread. */
const NOT_LISTED = new Set(['campaign', 'department', 'depositedOn', 'axes']);
const AXES = ['children', 'parents', 'school', 'territory'];
const PERSON = /^(m\.|mme|mlle|monsieur|madame|mr|dr)\s/i;

function latestCampaignStart(): number {
  const years = KNOWN_CAMPAIGNS.map((k) => Number(/(\d{4})-/.exec(k)?.[1] ?? 0));
  return Math.max(...years);
}

/** The first year of the campaign the page is about: its « Campagne 2025-2026 », else the latest. */
function campaignStart(doc: Document): number {
  const text = plainText(doc.body ?? doc.documentElement).slice(0, 20_000);
  const m = /campagne\s*(?:clas\s*)?:?\s*(20\d\d\s*[-/]\s*20\d\d)/i.exec(text);
  const c = m ? parseCampaign(m[1]!) : undefined;
  return c ? Number(c.slice(0, 4)) : latestCampaignStart();
}

/** Labels and titles repeat across a page (each collective's): their words are worked out once. */
function tokenMemo(start: number): (text: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  return (text) => {
    let t = memo.get(text);
    if (!t) memo.set(text, (t = tokens(text, start)));
    return t;
  };
}

function evidenceOf(
  place: Place,
  finder: ContextFinder,
  words: (text: string) => readonly string[],
  previous?: Place,
): Evidence {
  const far = finder.titlesOf(place.cell ? place.cell.table : place.el);
  // The field just before, in the same group of fields: « Plus-value apportée aux jeunes »
  // after « Cofinancement politique de la ville demandé » is about the city contract.
  const prev = previous && !place.cell && previous.row.parentElement === place.row.parentElement;
  return {
    label: words(place.label),
    near: place.near.flatMap(words),
    far: far.flatMap(words),
    prev: prev ? words(previous.label) : [],
    ...(place.qualifier && { qualifier: words(place.qualifier) }),
  };
}

const isCollective = (c: Concept) => c.path.startsWith('collectives[].');

/**
 * Where each field is on the page: the page's structure, found by meaning. It holds as long as
 * the DOM does not change; typing changes only values, so live reading keeps it between
 * keystrokes and re-reads only the values (`readValues`). `overrides`: dossier path → CSS
 * selector chosen by the person (« Indiquer le champ »), which always wins.
 */
export function indexPage(
  doc: Document,
  portal: PortalId,
  overrides: Record<string, string> = {},
): PageStructure {
  const start = campaignStart(doc);
  const concepts = conceptsFor(start);
  const collectiveConcepts = concepts.filter(isCollective);
  const dossierConcepts = concepts.filter((c) => !isCollective(c));

  const words = tokenMemo(start);
  const isItemsTable = (headers: string[]) =>
    new Set(
      headers.flatMap((h) => {
        const d = decide({ label: words(h), near: [], far: [] }, collectiveConcepts);
        return d.status === 'recognised' ? [d.concept.path] : [];
      }),
    ).size >= 2;
  // One column per group: the row labels name two collective fields, and every column header
  // is a group's title (a key/value table's « Valeur » or a « Prévu | Réalisé » one is not).
  const isItemsColumns = (rowLabels: string[], columnHeaders: string[]) => {
    const titles = columnHeaders.filter((h) => !isTotalTitle(h));
    return (
      titles.length > 0 &&
      titles.every(isGroupTitle) &&
      (titles.length > 1 || /\d/.test(titles[0]!)) &&
      isItemsTable(rowLabels)
    );
  };
  const places = findPlaces(doc, { isItemsTable, isItemsColumns });
  const finder = new ContextFinder();
  const evidence = new Map<Place, Evidence>();
  const previous = new Map<Place, Place>();
  places.forEach((p, i) => i > 0 && previous.set(p, places[i - 1]!));
  const ev = (p: Place) => {
    let e = evidence.get(p);
    if (!e) {
      e = evidenceOf(p, finder, words, previous.get(p));
      // Choices that are all kinds of request (« Une première demande », « Un renouvellement
      // sans modification »), or such a request shown, say what the field is, however it is
      // worded (« Type de déclaration », « Votre demande correspond à »).
      if (
        p.shape === 'static'
          ? isRequestKind(p.text ?? '')
          : (p.shape === 'radios' || p.shape === 'select') && fitOf('situation', p) === 'yes'
      )
        e = { ...e, label: [...e.label, ...words('situation')] };
      evidence.set(p, e);
    }
    return e;
  };
  /** A value typed that does not parse as the concept's kind counts against it. */
  const WEAK_FIT = 0.75;
  // In a groups table the column header names the field of every row, whatever a cell holds.
  // A concept whose value does not parse is only a fallback (it makes an « unreadable »
  // finding): one whose value fits is judged alone first.
  // Whether a place can hold a kind of value: once per place and kind (a dozen kinds, not one
  // check per concept).
  const fits = new Map<Place, Map<ValueKind, ReturnType<typeof fitOf>>>();
  const fitFor = (p: Place, kind: ValueKind) => {
    let byKind = fits.get(p);
    if (!byKind) fits.set(p, (byKind = new Map()));
    let f = byKind.get(kind);
    if (f === undefined) byKind.set(kind, (f = fitOf(kind, p)));
    return f;
  };
  const judge = (p: Place, among: readonly Concept[]) => {
    const fit = new Map(among.map((c) => [c, fitFor(p, c.kind)]));
    const good = decide(
      ev(p),
      among.filter((c) => fit.get(c) === 'yes'),
    );
    if (good.status !== 'unknown') return good;
    const weak = p.cell ? 0 : WEAK_FIT;
    return decide(
      ev(p),
      among.filter((c) => fit.get(c) === 'weak'),
      () => weak,
    );
  };

  const decided = new Map<Place, { among: readonly Concept[]; d: ReturnType<typeof judge> }>();
  // 1. Which places hold a collective's field; 2. the blocks they make.
  const collectivePlaces = places.flatMap((place) => {
    if (place.cell) {
      const d = judge(place, collectiveConcepts);
      decided.set(place, { among: collectiveConcepts, d });
      if (d.status === 'recognised') return [{ place, path: d.concept.path }];
      // The first column of a groups table names the group, whatever its header says.
      const first = place.cell.row.querySelector('th, td');
      if (
        first &&
        (place.el === first || first.contains(place.el)) &&
        (place.shape === 'static' || place.shape === 'input')
      ) {
        return [{ place, path: 'collectives[].name' }];
      }
      return [];
    }
    const d = judge(place, concepts);
    decided.set(place, { among: concepts, d });
    return d.status === 'recognised' && isCollective(d.concept)
      ? [{ place, path: d.concept.path }]
      : [];
  });
  const { blocks, blockIndex } = findBlocks(collectivePlaces);
  // A field inside a collective's block belongs to it, even if its label alone was not clear.
  const rootIndex = new Map(
    blocks.flatMap((b, i) =>
      b.root && !/^(TR|TH|TD)$/.test(b.root.tagName) ? [[b.root, i] as const] : [],
    ),
  );
  if (rootIndex.size > 0) {
    for (const place of places) {
      if (blockIndex.has(place) || place.cell) continue;
      for (let a = place.el.parentElement; a; a = a.parentElement) {
        const i = rootIndex.get(a);
        if (i !== undefined) {
          blockIndex.set(place, i);
          break;
        }
      }
    }
  }
  const repeated = blocks.length > 1 || blocks.some((b) => b.root);
  const named = new Map(collectivePlaces.map((c) => [c.place, c.path]));

  // 3. Each place's field, within its scope. Narrowing the concepts cannot change an unknown
  // label, nor a clear winner that is still in scope: those first decisions stand.
  const again = (place: Place, among: readonly Concept[]) => {
    const f = decided.get(place);
    if (f) {
      if (f.among === among || f.d.status === 'unknown') return f.d;
      if (f.d.status === 'recognised' && among.includes(f.d.concept)) return f.d;
    }
    return judge(place, among);
  };
  const ambiguous: Ambiguity[] = [];
  const candidates = new Map<
    string,
    { place: Place; concept: Concept; score: number; block: number }[]
  >();
  for (const place of places) {
    const block = blockIndex.get(place);
    if (place.cell && block === undefined) continue; // a totals row
    const among = block !== undefined ? collectiveConcepts : repeated ? dossierConcepts : concepts;
    const d = again(place, among);
    let concept: Concept | undefined;
    let score = 0;
    if (d.status === 'recognised') ({ concept, score } = d);
    else if (named.get(place) === 'collectives[].name') {
      concept = collectiveConcepts.find((c) => c.path === 'collectives[].name');
      score = 2;
    } else if (d.status === 'ambiguous') {
      ambiguous.push({
        label: displayLabel(place.label),
        paths: d.candidates.map((c) => c.concept.path),
      });
    }
    if (!concept) continue;
    if (isCollective(concept) && block === undefined) continue;
    const path = isCollective(concept) ? concretePath(concept.path, block!) : concept.path;
    const list = candidates.get(path) ?? [];
    list.push({ place, concept, score, block: block ?? -1 });
    candidates.set(path, list);
  }

  // 4. One slot per path: the clear winner, places that must agree, or the Caf's lines to add.
  const slots: Slot[] = [];
  for (const [path, list] of candidates) {
    list.sort((a, b) => b.score - a.score);
    // A form's own control wins over text about it (« Aucun fichier » beside a file input).
    const controls = list.filter((c) => c.place.shape !== 'static');
    if (controls.length > 0) {
      const beside = (c: (typeof list)[number]) =>
        controls.some((k) => k.place.row === c.place.row || k.place.row.contains(c.place.el));
      const kept = list.filter((c) => c.place.shape !== 'static' || !beside(c));
      list.splice(0, list.length, ...kept);
    }
    const best = list[0]!;
    let tied = list.filter((c) => best.score - c.score < MIN_MARGIN);
    // The Caf's lines of one budget (service, bonus) add up, whatever their wording's score.
    const lines = list.filter((c) => sameList([best.place, c.place]));
    const sum = best.concept.sum && lines.length > 1 && tied.every((t) => lines.includes(t));
    // Any other place named like this field must agree with it, or neither is read.
    tied = sum ? lines : list;
    // A part alone (the Caf's bonus line without its service line) is not the field.
    if (tied.every((c) => isPart(c.concept, ev(c.place).label))) {
      ambiguous.push({ label: displayLabel(best.place.label), paths: [path] });
      continue;
    }
    slots.push({
      path,
      kind: best.concept.kind,
      places: tied.map((c) => c.place),
      sum,
      label: displayLabel(best.place.label || best.place.cell?.header || ''),
      block: best.block,
    });
  }
  applyOverrides(doc, overrides, slots, blocks, concepts);
  return {
    portal,
    slots,
    blocks,
    ambiguous,
    dossierPaths: dossierConcepts.map((c) => c.path),
    collectivePaths: collectiveConcepts.map((c) => c.path),
  };
}

/** Lines of one list or table (the Caf's service and bonus lines), not two copies of a field. */
function sameList(places: Place[]): boolean {
  const parent = (p: Place) => p.row.parentElement;
  return places.every((p) => parent(p) === parent(places[0]!));
}

function placeFromElement(el: Element): Place {
  const target = el.tagName === 'LABEL' ? (el.querySelector(CONTROL_SELECTOR) ?? el) : el;
  if (isControl(target)) {
    const type = inputType(target);
    if (type === 'radio' || type === 'checkbox') {
      const name = (target as HTMLInputElement).name;
      const group = name
        ? [
            ...target.ownerDocument.querySelectorAll<HTMLInputElement>(`input[type="${type}"]`),
          ].filter((i) => i.name === name)
        : [target as HTMLInputElement];
      const options = group.map((control) => ({
        control,
        label: plainText(control.closest('label') ?? control.parentElement ?? control),
      }));
      if (type === 'checkbox' && group.length === 1)
        return { el: target, shape: 'checkbox', label: '', near: [], row: target };
      return {
        el: target,
        shape: type === 'radio' ? 'radios' : 'checkboxes',
        options,
        label: '',
        near: [],
        row: target,
      };
    }
    const shape =
      type === 'textarea'
        ? 'textarea'
        : type === 'select'
          ? (target as HTMLSelectElement).multiple
            ? 'multiselect'
            : 'select'
          : type === 'file'
            ? 'file'
            : 'input';
    return { el: target, shape, label: '', near: [], row: target };
  }
  return { el: target, shape: 'static', label: '', near: [], row: target, text: plainText(target) };
}

const TAUGHT = 'champ indiqué';

/** Taught fields (« Indiquer le champ »): they replace what the labels found. */
function applyOverrides(
  doc: Document,
  overrides: Record<string, string>,
  slots: Slot[],
  blocks: Block[],
  concepts: readonly Concept[],
): void {
  for (const [key, selector] of Object.entries(overrides)) {
    const m = /^collectives\[(\d*)\]\.(.+)$/.exec(key);
    const generic = m ? `collectives[].${m[2]}` : key;
    const concept = concepts.find((c) => c.path === generic);
    if (!concept || !selector) continue;
    let elements: Element[];
    try {
      elements = [...doc.querySelectorAll(selector)];
    } catch {
      continue; // an invalid selector: the labels read the field as usual
    }
    const put = (path: string, el: Element, block: number) => {
      const i = slots.findIndex((s) => s.path === path);
      if (i >= 0) slots.splice(i, 1);
      slots.push({
        path,
        kind: concept.kind,
        places: [placeFromElement(el)],
        sum: false,
        label: TAUGHT,
        block,
      });
    };
    if (!m) {
      if (elements[0]) put(key, elements[0], -1);
    } else if (m[1]) {
      const index = Number(m[1]);
      if (elements[0] && index < MAX_COLLECTIVES) {
        while (blocks.length <= index) blocks.push({ root: null, title: null, ownTitle: false });
        put(key, elements[0], index);
      }
    } else {
      elements.slice(0, MAX_COLLECTIVES).forEach((el, index) => {
        while (blocks.length <= index) blocks.push({ root: null, title: null, ownTitle: false });
        put(concretePath(generic, index), el, index);
      });
    }
  }
}

function unreadableFinding(path: string, where: string, text: string, reason: string): Finding {
  const rule = FIELD_UNREADABLE;
  const what = text && !reason.includes(`« ${text} »`) ? `« ${text} » : ${reason}` : reason;
  return {
    rule: 'field.unreadable',
    severity: rule.severity,
    source: rule.source,
    field: path,
    message: `${where} : ${what} ; corrigez la saisie. La valeur n’est pas prise en compte.`,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Reads `doc` as a page of `portal`: its structure, then its values. */
export function readPage(
  doc: Document,
  portal: PortalId,
  overrides: Record<string, string> = {},
): ReadResult {
  return readValues(indexPage(doc, portal, overrides));
}

/** The dossier from the fields' current values, on a known structure. */
export function readValues(structure: PageStructure): ReadResult {
  const { portal, slots, blocks } = structure;
  const out: Record<string, unknown> = { format: 'clas-dossier/1', portal };
  const sources = new Map<string, Element>();
  const evidence = new Map<string, string>();
  const found = new Set<string>(['portal']);
  const findings: Finding[] = [];
  const ambiguous = [...structure.ambiguous];
  const collectives: Record<string, unknown>[] = blocks.map(() => ({}));
  const ownSlots = new Set(slots.map((s) => s.path));

  const write = (path: string, block: number, v: unknown) => {
    if (block >= 0) setPath(collectives[block]!, path.replace(/^collectives\[\d+\]\./, ''), v);
    else setPath(out, path, v);
  };

  for (const slot of slots) {
    const outcomes = slot.places.map((p) => readPlace(slot.kind, p));
    const values = outcomes
      .filter((o) => o.status === 'value')
      .map((o) => (o as { value: unknown }).value);
    let result: { status: 'value'; value: unknown } | { status: 'empty' } | null = null;
    if (slot.sum) {
      const bad = outcomes.find((o) => o.status === 'unreadable');
      if (!bad)
        result = values.length
          ? {
              status: 'value',
              value: Math.round((values as number[]).reduce((a, b) => a + b, 0) * 100) / 100,
            }
          : { status: 'empty' };
    } else if (values.length > 0 && values.every((v) => sameValue(v, values[0]))) {
      result = { status: 'value', value: values[0] };
    } else if (values.length === 0 && outcomes.every((o) => o.status === 'empty')) {
      result = { status: 'empty' };
    } else if (values.length > 1 || slot.places.length > 1) {
      // Two places that name the same field disagree: read neither.
      ambiguous.push({
        label: slot.places.map((p) => displayLabel(p.label)).join(' / '),
        paths: [slot.path],
      });
      continue;
    }
    const place = slot.places[0]!;
    if (!result) {
      const bad = outcomes.find((o) => o.status === 'unreadable') as
        { text: string; reason: string } | undefined;
      if (bad) {
        const title =
          slot.block >= 0 ? ` (${blocks[slot.block]?.title ?? `Collectif ${slot.block + 1}`})` : '';
        findings.push(unreadableFinding(slot.path, `${slot.label}${title}`, bad.text, bad.reason));
        found.add(slot.path);
        sources.set(slot.path, place.el);
        evidence.set(slot.path, slot.label);
      }
      continue;
    }
    if (slot.kind !== 'axes') {
      found.add(slot.path);
      sources.set(slot.path, place.el);
      evidence.set(slot.path, slot.label);
    }
    if (slot.kind === 'axes') {
      // A list « Axes : Enfants, Parents » gives the four axes, except those with a field of their own.
      for (const axis of AXES) {
        const path = `axes.${axis}`;
        if (ownSlots.has(path)) continue;
        found.add(path);
        sources.set(path, place.el);
        evidence.set(path, slot.label);
        if (result.status === 'value')
          setPath(out, path, (result.value as Record<string, boolean>)[axis]);
      }
      continue;
    }
    if (
      result.status === 'value' &&
      slot.path === 'carrier.name' &&
      PERSON.test(String(result.value))
    ) {
      // « M. Thomas Grandjean » names a person, not the carrier: a contact's field.
      ambiguous.push({ label: slot.label, paths: [slot.path] });
      found.delete(slot.path);
      sources.delete(slot.path);
      evidence.delete(slot.path);
      continue;
    }
    if (result.status === 'value') write(slot.path, slot.block, result.value);
  }

  // Names from the blocks' titles, when no field gives them.
  blocks.forEach((block, i) => {
    const path = `collectives[${i}].name`;
    if (found.has(path)) return;
    const name = nameFromTitle(block);
    if (name) {
      collectives[i]!.name = name;
      found.add(path);
      if (block.root) sources.set(path, block.root);
      evidence.set(path, block.title ?? '');
    }
  });

  // Blocks none of whose fields could be read say nothing, not even how many groups there are.
  const groups = [...found].some((p) => p.startsWith('collectives[')) ? blocks : [];
  if (groups.length > 0) {
    out.collectives = collectives;
    found.add('collectives');
  }
  const notFound: string[] = [];
  for (const path of structure.dossierPaths) {
    if (!NOT_LISTED.has(path) && !found.has(path)) notFound.push(path);
  }
  if (groups.length === 0) notFound.push('collectives');
  groups.forEach((_, i) => {
    for (const generic of structure.collectivePaths) {
      const path = concretePath(generic, i);
      if (!found.has(path)) notFound.push(path);
    }
  });
  return {
    dossier: out as unknown as Dossier,
    sources,
    evidence,
    found: [...found],
    notFound,
    ambiguous,
    findings,
  };
}
