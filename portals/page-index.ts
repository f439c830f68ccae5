/**
 * One pass over the page that collects every place a value can be named by a visible label:
 * controls (label[for], wrapping label, aria-label, aria-labelledby, the text just before),
 * groups (fieldset legend, role="radiogroup"), tables (row header beside a value, column header
 * above it), dt/dd pairs and « Libellé : valeur » list items. Also finds the repeated collective
 * blocks (fieldset legend « Collectif 2 », or rows of a table headed « Collectif »).
 *
 * Built once per read: labels are indexed by `for` in one querySelectorAll, texts come from
 * `textContent` (no layout), and no query runs over the whole document per field.
 */
import { displayLabel, normalizeLabel } from './normalize';

export interface Candidate {
  /** The element the value is read from and pointed at: a control, a group, a cell, a dd, a li. */
  el: Element;
  /** Where radios, checkboxes, chosen files or listed file names are looked for. */
  container: Element;
  /** Raw texts that name it (label, legend, aria, header…), best first. */
  names: readonly string[];
  /** Index of the collective block or row it sits in; -1 at dossier level. */
  block: number;
  /** Value text when it is written beside the label in the same element (« Libellé : valeur »). */
  text?: string;
}

export interface Block {
  el: Element;
  /** « Collectif 2 » (the legend), for messages. */
  label: string;
}

export interface PageIndex {
  blocks: Block[];
  /** In the order names are trusted: controls, groups, tables, dt/dd, list items. */
  candidates: Candidate[];
  /** The text of the label of a control (radio and checkbox answers), if any. */
  labelOf(control: Element): string | undefined;
  /** The collective block an element sits in, or -1. */
  blockOf(el: Element): number;
}

export interface IndexOptions {
  /** Matches the normalised legend of a collective block: /^collectif\D{0,4}\d+/. */
  blockLegend: RegExp;
  /** Normalised first-column headers of a table of collectives. */
  collectiveHeaders: ReadonlySet<string>;
  /**
   * Whether a normalised name is one the map knows (any scope). Places whose names are all
   * unknown are skipped early: most of a big page (level checkboxes…) names nothing we read.
   */
  known(normalisedName: string): boolean;
}

export const CONTROLS = 'input, select, textarea';
const UNNAMED_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'radio']);
/** Inputs whose label is never mere text before them (checkboxes and radios have labels). */
const NOT_TEXT_TYPES = new Set([...UNNAMED_TYPES, 'checkbox', 'file', 'color', 'range']);
const STOP_TAGS = new Set(['FIELDSET', 'FORM', 'SECTION', 'BODY', 'TABLE', 'MAIN', 'ARTICLE']);

function firstLegend(fs: Element): Element | undefined {
  for (let c = fs.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'LEGEND') return c;
  }
  return undefined;
}

function isControl(el: Element): boolean {
  const t = el.tagName;
  return t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA';
}

/** A label's text, without the option texts of a select or the content of a textarea it wraps. */
function labelText(label: Element, control?: Element): string {
  let text = label.textContent ?? '';
  if (control && (control.tagName === 'SELECT' || control.tagName === 'TEXTAREA')) {
    const inner = control.textContent ?? '';
    if (inner && label.contains(control)) text = text.replace(inner, '');
  }
  return text;
}

/**
 * The text just before an unlabelled control: a previous sibling's text (or a text node), else
 * the previous sibling of its parent, up to three levels, never across another control.
 */
function precedingText(el: Element): string | undefined {
  let node: Element | null = el;
  for (let depth = 0; depth < 3 && node; depth++) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType === 3) {
        const t = (sib.textContent ?? '').trim();
        if (t) return t;
      } else if (sib.nodeType === 1) {
        const e = sib as Element;
        if (e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || e.tagName === 'TEMPLATE') continue;
        if (isControl(e) || e.querySelector(CONTROLS)) return undefined;
        const t = (e.textContent ?? '').trim();
        if (t) return t;
      }
    }
    node = node.parentElement;
    if (!node || STOP_TAGS.has(node.tagName)) break;
  }
  return undefined;
}

function colSpan(cell: Element): number {
  return Math.max(1, Number(cell.getAttribute('colspan')) || 1);
}

function cellsOf(row: Element): Element[] {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'TD' || c.tagName === 'TH') out.push(c);
  }
  return out;
}

/** Header row and body rows of a table, from its children (no table DOM API needed). */
function tableRows(table: Element): { head?: Element; rows: Element[] } {
  let head: Element | undefined;
  const rows: Element[] = [];
  for (let c = table.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'THEAD') {
      for (let r = c.firstElementChild; r; r = r.nextElementSibling)
        if (r.tagName === 'TR' && !head) head = r;
    } else if (c.tagName === 'TBODY') {
      for (let r = c.firstElementChild; r; r = r.nextElementSibling)
        if (r.tagName === 'TR') rows.push(r);
    } else if (c.tagName === 'TR') rows.push(c);
  }
  return head ? { head, rows } : { rows };
}

export function buildIndex(doc: Document, opts: IndexOptions): PageIndex {
  const knownName = (raw: string) => opts.known(normalizeLabel(raw));

  /* Labels, once: the ones whose text the map knows become candidates for their control. */
  const byFor = new Map<string, Element>();
  const labelCandidates: Array<{ label: Element; text: string }> = [];
  for (const label of doc.getElementsByTagName('label')) {
    const f = label.getAttribute('for');
    if (f && !byFor.has(f)) byFor.set(f, label);
    const text = label.textContent ?? '';
    if (knownName(text)) labelCandidates.push({ label, text });
  }
  const controlOf = (label: Element): Element | undefined => {
    const native = (label as HTMLLabelElement).control;
    if (native !== undefined) return native ?? undefined;
    const f = label.getAttribute('for');
    return (f ? doc.getElementById(f) : label.querySelector(CONTROLS)) ?? undefined;
  };
  const labelOf = (control: Element): string | undefined => {
    const l = (control.id ? byFor.get(control.id) : undefined) ?? control.closest('label');
    return l ? labelText(l, control) : undefined;
  };
  const ariaNames = (el: Element, names: string[]) => {
    const aria = el.getAttribute('aria-label');
    if (aria) names.push(aria);
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const t = by
        .split(/\s+/)
        .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''))
        .join(' ')
        .trim();
      if (t) names.push(t);
    }
  };

  /* Collective blocks: fieldsets legended « Collectif N », then rows of collective tables. */
  const blocks: Block[] = [];
  const memo = new Map<Element, number>();
  const legends = new Map<Element, string>();
  for (const fs of doc.getElementsByTagName('fieldset')) {
    const legend = firstLegend(fs);
    if (!legend) continue;
    const raw = legend.textContent ?? '';
    if (opts.blockLegend.test(normalizeLabel(raw))) {
      memo.set(fs, blocks.length);
      blocks.push({ el: fs, label: displayLabel(raw) });
    } else legends.set(fs, raw);
  }
  interface TableInfo {
    headers: string[];
    rows: Element[];
    collectives: boolean;
  }
  const tables: TableInfo[] = [];
  for (const table of doc.getElementsByTagName('table')) {
    const { head, rows } = tableRows(table);
    let headRow = head;
    if (!headRow) {
      const first = rows[0];
      const cells = first ? cellsOf(first) : [];
      if (cells.length > 1 && cells.every((c) => c.tagName === 'TH')) {
        headRow = first;
        rows.shift();
      }
    }
    const headers: string[] = [];
    if (headRow) {
      for (const cell of cellsOf(headRow)) {
        const t = cell.textContent ?? '';
        for (let k = 0; k < colSpan(cell); k++) headers.push(t);
      }
    }
    const h0 = headers[0];
    const collectives = h0 !== undefined && opts.collectiveHeaders.has(normalizeLabel(h0));
    if (collectives) {
      for (const r of rows) {
        memo.set(r, blocks.length);
        blocks.push({ el: r, label: `Collectif ${blocks.length + 1}` });
      }
    }
    tables.push({ headers, rows, collectives });
  }
  const blockOf = (el: Element): number => {
    if (blocks.length === 0) return -1;
    const seen: Element[] = [];
    let found = -1;
    for (let cur: Element | null = el; cur; cur = cur.parentElement) {
      const m = memo.get(cur);
      if (m !== undefined) {
        found = m;
        break;
      }
      seen.push(cur);
    }
    for (const s of seen) memo.set(s, found);
    return found;
  };

  const candidates: Candidate[] = [];
  const add = (el: Element, container: Element, names: string[], text?: string) => {
    if (!names.some(knownName)) return;
    const c: Candidate = { el, container, names, block: blockOf(el) };
    if (text !== undefined) c.text = text;
    candidates.push(c);
  };

  /* Controls named by a label (label[for] or a wrapping label). */
  for (const { label, text } of labelCandidates) {
    const ctl = controlOf(label);
    if (!ctl || (ctl.tagName === 'INPUT' && UNNAMED_TYPES.has((ctl as HTMLInputElement).type)))
      continue;
    add(ctl, ctl, [labelText(label, ctl).length === text.length ? text : labelText(label, ctl)]);
  }

  /* Controls and groups named by aria-label / aria-labelledby. */
  for (const el of doc.querySelectorAll('[aria-label], [aria-labelledby]')) {
    const role = el.getAttribute('role');
    const group = role === 'radiogroup' || role === 'group';
    if (!group && !isControl(el)) continue;
    if (el.tagName === 'INPUT' && UNNAMED_TYPES.has((el as HTMLInputElement).type)) continue;
    const names: string[] = [];
    ariaNames(el, names);
    add(el, el, names);
  }

  /* Text fields with no label nor aria: the text just before them. */
  const unlabelled = (ctl: Element) => {
    if (ctl.hasAttribute('aria-label') || ctl.hasAttribute('aria-labelledby')) return;
    if ((ctl.id && byFor.has(ctl.id)) || ctl.closest('label, td, th')) return;
    const t = precedingText(ctl);
    if (t) add(ctl, ctl, [t]);
  };
  for (const input of doc.getElementsByTagName('input')) {
    if (!NOT_TEXT_TYPES.has(input.type)) unlabelled(input);
  }
  for (const t of doc.getElementsByTagName('textarea')) unlabelled(t);
  for (const sel of doc.getElementsByTagName('select')) unlabelled(sel);

  /* Groups: fieldset legend (not the collective blocks themselves). */
  for (const [fs, legend] of legends) add(fs, fs, [legend]);

  /* Tables: a value beside its row header, or under its column header. */
  for (const { headers, rows, collectives } of tables) {
    for (const row of rows) {
      const cells = cellsOf(row);
      const first = cells[0];
      if (!collectives && first && first.tagName === 'TH' && cells.length > 1) {
        const name = first.textContent ?? '';
        if (!knownName(name)) continue;
        let value: Element | undefined;
        for (let k = 1; k < cells.length && !value; k++) {
          value = cells[k]!.querySelector(CONTROLS) ?? undefined;
        }
        value ??= cells[1];
        if (value)
          candidates.push({ el: value, container: row, names: [name], block: blockOf(row) });
        continue;
      }
      let col = 0;
      for (const cell of cells) {
        const header = headers[col];
        col += colSpan(cell);
        if (header === undefined || !knownName(header)) continue;
        candidates.push({
          el: cell.querySelector(CONTROLS) ?? cell,
          container: cell,
          names: [header],
          block: blockOf(row),
        });
      }
    }
  }

  /* Read-only pages: dt/dd pairs. */
  for (const dt of doc.getElementsByTagName('dt')) {
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName === 'DT') dd = dd.nextElementSibling;
    if (!dd || dd.tagName !== 'DD') continue;
    add(dd, dd, [dt.textContent ?? '']);
  }

  /* List items « Libellé : valeur » (files listed under their attachment), or a bare label. */
  for (const li of doc.getElementsByTagName('li')) {
    const t = li.textContent ?? '';
    const colon = t.indexOf(':');
    const name = colon >= 0 ? t.slice(0, colon) : t;
    if (!knownName(name) || li.querySelector(CONTROLS)) continue;
    add(li, li, [name], colon >= 0 ? t.slice(colon + 1) : '');
  }

  return { blocks, candidates, labelOf, blockOf };
}
