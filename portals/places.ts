/**
 * Finds the places of a page where a value sits, each with the words that name it: form controls
 * with their labels (however they are tied: `for`, wrapping, ARIA, legend, the text before
 * them, a table's row and column headers), and read-only values beside their label (`dt`/`dd`,
 * table rows, « Libellé : valeur » lines, label and value side by side). Nothing here knows what
 * a label means: concepts (match.ts) decide that.
 */
import {
  CONTROL_SELECTOR,
  holdsStructure,
  inputType,
  isControl,
  labelledByText,
  labelText,
  letters,
  plainText,
  textWithout,
} from './dom';
import { headingBefore } from './context';
import { groupLineParts } from './group-lines';
import { areLevels, parsePresenceHeading } from './parse-text';

type Shape =
  | 'input'
  | 'textarea'
  | 'select'
  | 'multiselect'
  | 'checkbox'
  | 'radios'
  | 'checkboxes'
  | 'file'
  | 'static';

interface Option {
  control: HTMLInputElement;
  label: string;
}

export interface Place {
  /** The element the value comes from (the control, the first radio, the value's element). */
  el: Element;
  shape: Shape;
  /** Radios or checkboxes of a group, with their own labels. */
  options?: Option[];
  /** The words that name the field, as the page shows them. */
  label: string;
  /** Words right beside it: a group legend, a column header, a row's account number. */
  near: string[];
  /**
   * The column header of a value in a table of several value columns (« Montant proposé par la
   * Caf » beside « Montant demandé »): it says which of the row's values this one is.
   */
  qualifier?: string;
  /** The smallest element that holds the label and the value (a row, a `dd`, a cell). */
  row: Element;
  /** A read-only value's text. */
  text?: string;
  /** Set when the place is a cell of a table with one row per item. */
  cell?: { table: Element; row: Element; column: number; header: string; rowLabel: string };
}

const MAX_LABEL = 200;

/** `label[for]` by id, built once per read (looking labels up per control is quadratic). */
let labelsFor: { doc: Document; map: Map<string, HTMLLabelElement> } | null = null;
function labelByFor(doc: Document, id: string): HTMLLabelElement | undefined {
  if (labelsFor?.doc !== doc) {
    const map = new Map<string, HTMLLabelElement>();
    for (const l of doc.querySelectorAll('label')) {
      const f = l.htmlFor;
      if (f && !map.has(f)) map.set(f, l);
    }
    labelsFor = { doc, map };
  }
  return labelsFor.map.get(id);
}

function labelFor(control: Element, doc: Document): string {
  if (control.hasAttribute('aria-labelledby')) {
    const t = labelledByText(control, doc);
    if (t) return t;
  }
  const id = control.getAttribute('id');
  const byFor = id ? labelByFor(doc, id) : undefined;
  if (byFor) {
    const t = labelText(byFor);
    if (t) return t;
  }
  const wrapping = control.closest('label');
  if (wrapping) {
    const t = labelText(wrapping);
    if (t) return t;
  }
  const aria = control.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  return '';
}

/**
 * The text written just before `control` in its row, when no label element names it: « Nombre
 * d’enfants <input> ». Stops at the previous control, so a row's text is not given to two fields.
 */
function textBefore(control: Element): { text: string; row: Element } | null {
  let row: Element | null = control.parentElement;
  for (let depth = 0; row && depth < 3; depth++, row = row.parentElement) {
    if (row.tagName === 'FORM' || row.tagName === 'BODY' || row.tagName === 'TD') break;
    let text = '';
    let seen = false;
    const walk = (node: Node): boolean => {
      for (let n = node.firstChild; n; n = n.nextSibling) {
        if (n === control) return true;
        if (n.nodeType === 3) text += n.nodeValue ?? '';
        else if (n.nodeType === 1) {
          const el = n as Element;
          if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
          if (isControl(el) || (el.querySelector(CONTROL_SELECTOR) && !el.contains(control))) {
            text = ''; // another field's text
            continue;
          }
          text += ' ';
          if (walk(el)) return true;
          text += ' ';
        }
      }
      return false;
    };
    seen = walk(row);
    const clean = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    if (seen && letters(clean) >= 2 && clean.length <= MAX_LABEL) return { text: clean, row };
  }
  return null;
}

/**
 * The boxes of a group whose boxes have names of their own (`niveau_cp`, `niveau_ce1`…): those of
 * the fieldset or `role="group"` around it when it holds nothing but boxes, or those of its row
 * when they are all school levels. Boxes side by side are not a group otherwise: « Bilan fourni »
 * and « Fiche récapitulative » beside each other are two answers.
 */
function boxesAround(box: HTMLInputElement): HTMLInputElement[] {
  const onlyBoxes = (root: Element): HTMLInputElement[] | null => {
    const controls = [...root.querySelectorAll(CONTROL_SELECTOR)].filter(isControl);
    if (controls.length < 2 || controls.length > 20) return null;
    if (!controls.every((c) => (c as HTMLInputElement).type === 'checkbox')) return null;
    return controls as HTMLInputElement[];
  };
  const explicit = box.closest('fieldset, [role="group"]');
  if (explicit) {
    const boxes = onlyBoxes(explicit);
    if (boxes) return boxes;
  }
  let row: Element | null = box.parentElement;
  for (let depth = 0; row && depth < 3; depth++, row = row.parentElement) {
    if (row.tagName === 'FORM' || row.tagName === 'BODY') break;
    const boxes = onlyBoxes(row);
    if (!boxes) continue;
    return areLevels(boxes.map((b) => optionLabel(b, b.ownerDocument))) ? boxes : [box];
  }
  return [box];
}

/** The legend or accessible name of the group around `el`, if that group holds only `controls`. */
function groupName(controls: Element[], doc: Document): { text: string; row: Element } | null {
  const first = controls[0]!;
  for (
    let g = first.parentElement;
    g && g.tagName !== 'FORM' && g.tagName !== 'BODY';
    g = g.parentElement
  ) {
    const role = g.getAttribute('role');
    if (g.tagName !== 'FIELDSET' && role !== 'radiogroup' && role !== 'group') continue;
    if (!controls.every((c) => g.contains(c))) continue;
    const mine = new Set<Element>(controls);
    for (const c of g.querySelectorAll(CONTROL_SELECTOR))
      if (isControl(c) && !mine.has(c)) return null;
    if (g.tagName === 'FIELDSET') {
      const legend = g.querySelector(':scope > legend');
      if (legend) return { text: labelText(legend), row: g };
    }
    if (role === 'radiogroup' || role === 'group') {
      const t = labelledByText(g, doc) || g.getAttribute('aria-label')?.trim() || '';
      if (t) return { text: t, row: g };
    }
  }
  return null;
}

function optionLabel(control: HTMLInputElement, doc: Document): string {
  const own = labelFor(control, doc);
  if (own) return own;
  // « <input type=radio> Oui » with no label element: the text right after it.
  let text = '';
  for (let n = control.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 1 && isControl(n as Element)) break;
    text += n.textContent ?? '';
    if (text.trim()) break;
  }
  return text.trim();
}

/** The text before a group of options in its row, without the options' own labels. */
function textBeforeGroup(options: Option[]): { text: string; row: Element } | null {
  const first = options[0]!.control;
  const labels = new Set<Element>();
  for (const o of options) {
    const l = o.control.closest('label');
    if (l) labels.add(l);
  }
  let row: Element | null = first.parentElement;
  for (let depth = 0; row && depth < 4; depth++, row = row.parentElement) {
    if (row.tagName === 'FORM' || row.tagName === 'BODY') break;
    if (!options.every((o) => row!.contains(o.control))) continue;
    const optionTexts = new Set(options.map((o) => o.label));
    const text = textWithout(
      row,
      (e) =>
        isControl(e) || labels.has(e) || e.tagName === 'LABEL' || optionTexts.has(plainText(e)),
    );
    let clean = text;
    for (const o of options) clean = clean.replace(o.label, ' ');
    clean = clean.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    if (letters(clean) >= 2 && clean.length <= MAX_LABEL) return { text: clean, row };
  }
  return null;
}

interface TableShape {
  headers: string[];
  /** The header cell above each column (colspans repeated). */
  headerCells: HTMLTableCellElement[];
  /** The section row above each row, when the table is cut into sections. */
  sections: Map<HTMLTableRowElement, string>;
  bodyRows: HTMLTableRowElement[];
  caption: string;
}

function tableShape(table: HTMLTableElement): TableShape {
  const rows = [...table.rows].filter((r) => r.closest('table') === table);
  let headerRow: HTMLTableRowElement | undefined = rows.find(
    (r) => r.parentElement?.tagName === 'THEAD',
  );
  // A first row of headers, its corner cell possibly an empty `<td>`.
  if (
    !headerRow &&
    rows[0] &&
    rows[0].cells.length > 1 &&
    [...rows[0].cells].every(
      (c, i) =>
        c.tagName === 'TH' || (i === 0 && !c.querySelector(CONTROL_SELECTOR) && !plainText(c)),
    )
  ) {
    headerRow = rows[0];
  }
  const headers: string[] = [];
  const headerCells: HTMLTableCellElement[] = [];
  if (headerRow) {
    for (const c of headerRow.cells) {
      const t = labelText(c);
      for (let i = 0; i < (c.colSpan || 1); i++) {
        headers.push(t);
        headerCells.push(c);
      }
    }
  }
  const bodyRows = rows.filter((r) => r !== headerRow && r.parentElement?.tagName !== 'THEAD');
  // A row of one cell across the table titles the rows below it (« Budget prévisionnel »,
  // « Calculs de l'instructeur »).
  const sections = new Map<HTMLTableRowElement, string>();
  let section = '';
  for (const r of bodyRows) {
    if (r.cells.length === 1 && r.cells[0]!.colSpan > 1 && !r.querySelector(CONTROL_SELECTOR)) {
      section = labelText(r.cells[0]!);
      continue;
    }
    if (section) sections.set(r, section);
  }
  return {
    headers,
    headerCells,
    bodyRows,
    sections,
    caption: table.caption ? labelText(table.caption) : '',
  };
}

/** A cell's column index, counting colspans. */
function columnOf(row: HTMLTableRowElement, cell: Element): number {
  let col = 0;
  for (const c of row.cells) {
    if (c === cell) return col;
    col += c.colSpan || 1;
  }
  return col;
}

const ACCOUNT = /^\s*\d{2,3}\s*$/;

/** The cell that names a table row: a row header, else the first cell with words. */
function rowLabelCell(row: HTMLTableRowElement): Element | undefined {
  const cells = [...row.cells];
  const th = cells.find((c) => c.tagName === 'TH');
  if (th && !th.querySelector(CONTROL_SELECTOR)) return th;
  return cells.find(
    (c) =>
      !c.querySelector(CONTROL_SELECTOR) &&
      letters(plainText(c)) >= 2 &&
      !ACCOUNT.test(plainText(c)),
  );
}

/** The text of other cells that say something about the row (an account number « 74 »). */
function rowNear(row: HTMLTableRowElement, except: Element[]): string[] {
  return [...row.cells]
    .filter((c) => !except.includes(c) && !c.querySelector(CONTROL_SELECTOR))
    .map((c) => plainText(c))
    .filter((t) => ACCOUNT.test(t));
}

export interface PlaceOptions {
  /** Whether a table's column headers name fields of a repeated item (a groups table). */
  isItemsTable(headers: string[]): boolean;
  /**
   * Whether a table has one column per item: its row labels name an item's fields and its
   * column headers are items' titles (« Groupe 1 », « Les Lutins »).
   */
  isItemsColumns(rowLabels: string[], columnHeaders: string[]): boolean;
}

/** Every place of the page, in page order. */
export function findPlaces(doc: Document, opts: PlaceOptions): Place[] {
  labelsFor = null; // the page may have changed since the last read
  try {
    return placesOf(doc, opts);
  } finally {
    labelsFor = null;
  }
}

function placesOf(doc: Document, opts: PlaceOptions): Place[] {
  const places: Place[] = [];
  const taken = new Set<Element>();
  const tables = new Map<Element, { shape: TableShape; items: boolean; across: boolean }>();
  const tableInfo = (table: HTMLTableElement) => {
    let info = tables.get(table);
    if (!info) {
      const shape = tableShape(table);
      const items = shape.headers.length >= 3 && opts.isItemsTable(shape.headers);
      const across =
        !items &&
        shape.headers.length >= 2 &&
        opts.isItemsColumns(
          shape.bodyRows.flatMap((r) => {
            const c = rowLabelCell(r);
            return c ? [labelText(c)] : [];
          }),
          shape.headers.slice(1),
        );
      info = { shape, items, across };
      tables.set(table, info);
    }
    return info;
  };

  const cellPlace = (
    el: Element,
    cell: HTMLTableCellElement,
    base: Omit<Place, 'label' | 'near' | 'row'>,
  ): Place | null => {
    const row = cell.parentElement as HTMLTableRowElement;
    const table = row.closest('table') as HTMLTableElement;
    const { shape, items, across } = tableInfo(table);
    const column = columnOf(row, cell);
    if (across) {
      // One column per item: the row's label names the field, the column's header is the item.
      const item = shape.headerCells[column];
      const labelCell = rowLabelCell(row);
      if (column === 0 || !item || !labelCell || labelCell === cell) return null;
      const label = labelText(labelCell);
      const near = shape.caption ? [shape.caption] : [];
      return {
        ...base,
        label,
        near,
        row,
        cell: { table, row: item, column, header: label, rowLabel: labelText(item) },
      };
    }
    const header = shape.headers[column] ?? '';
    const labelCell = rowLabelCell(row);
    const rowLabel = labelCell && labelCell !== cell ? labelText(labelCell) : '';
    const section = shape.sections.get(row);
    const near = [
      ...rowNear(row, [cell]),
      ...(shape.caption ? [shape.caption] : []),
      ...(section ? [section] : []),
    ];
    if (items) {
      return { ...base, label: header, near, row, cell: { table, row, column, header, rowLabel } };
    }
    // A radio's own label is its answer (« Oui »), not the question.
    const own =
      base.shape === 'static' || base.shape === 'radios' ? '' : labelFor(el, el.ownerDocument);
    const label = own || rowLabel;
    if (!label) return null;
    return {
      ...base,
      label,
      near: header && !own ? [header, ...near] : near,
      row,
      ...(header && !own && { qualifier: header }),
    };
  };

  // 1. Form controls.
  const radioGroups = new Map<string, HTMLInputElement[]>();
  const checkboxes: HTMLInputElement[] = [];
  for (const el of doc.querySelectorAll(CONTROL_SELECTOR)) {
    if (!isControl(el)) continue;
    const type = inputType(el);
    if (type === 'radio') {
      const input = el as HTMLInputElement;
      const key = `${input.form ? 'f' : ''}${input.name || `#${places.length}-${radioGroups.size}`}`;
      const list = radioGroups.get(key) ?? [];
      list.push(input);
      radioGroups.set(key, list);
      if (list.length === 1) places.push({ el, shape: 'radios', label: '', near: [], row: el });
      continue;
    }
    if (type === 'checkbox') {
      checkboxes.push(el as HTMLInputElement);
      places.push({ el, shape: 'checkbox', label: '', near: [], row: el });
      continue;
    }
    const shape: Shape =
      type === 'textarea'
        ? 'textarea'
        : type === 'select'
          ? (el as HTMLSelectElement).multiple
            ? 'multiselect'
            : 'select'
          : type === 'file'
            ? 'file'
            : 'input';
    const cell = el.closest('td, th') as HTMLTableCellElement | null;
    if (cell) {
      const p = cellPlace(el, cell, { el, shape });
      if (p) places.push(p);
      continue;
    }
    const label = labelFor(el, doc);
    const before = label ? null : textBefore(el);
    const text =
      label || before?.text || el.getAttribute('title') || el.getAttribute('placeholder') || '';
    const row = before?.row ?? el.closest('label')?.parentElement ?? el.parentElement ?? el;
    places.push({ el, shape, label: text, near: [], row });
  }

  // Radio groups: one place per group, named by its legend or the text before its options.
  for (const place of places) {
    if (place.shape !== 'radios') continue;
    const input = place.el as HTMLInputElement;
    const key = `${input.form ? 'f' : ''}${input.name}`;
    const radios = (input.name && radioGroups.get(key)) || [input];
    const options = radios.map((control) => ({ control, label: optionLabel(control, doc) }));
    place.options = options;
    const group = groupName(radios, doc);
    const cell = input.closest('td') as HTMLTableCellElement | null;
    if (cell && !group) {
      const p = cellPlace(input, cell, { el: input, shape: 'radios', options });
      if (p) Object.assign(place, p);
      continue;
    }
    const named = group ?? textBeforeGroup(options);
    if (named) {
      place.label = named.text;
      place.row = named.row;
    }
    // « Voir le champ » shows the whole question (its legend and its answers).
    if (group) place.el = group.row;
  }

  // Checkboxes: a group of several (levels, axes) or one on its own.
  const groupsSeen = new Set<Element>();
  const boxesByName = new Map<string, HTMLInputElement[]>();
  for (const c of checkboxes)
    if (c.name) boxesByName.set(c.name, [...(boxesByName.get(c.name) ?? []), c]);
  /** A group of boxes, worked out once for all its boxes. */
  interface BoxGroup {
    group: { text: string; row: Element } | null;
    options: Option[];
    levels: boolean;
  }
  const boxGroups = new Map<HTMLInputElement, BoxGroup | null>();
  const groupOf = (box: HTMLInputElement): BoxGroup | null => {
    const known = boxGroups.get(box);
    if (known !== undefined) return known;
    const siblings = box.name
      ? (boxesByName.get(box.name) ?? []).filter((c) => c !== box && c.form === box.form)
      : [];
    const all = siblings.length ? [box, ...siblings] : boxesAround(box);
    const group =
      groupName(all, doc) ??
      (all.length > 1
        ? textBeforeGroup(all.map((c) => ({ control: c, label: optionLabel(c, doc) })))
        : null);
    let result: BoxGroup | null = null;
    if (
      all.length > 1 ||
      (group && group.row.querySelectorAll('input[type="checkbox"]').length > 1)
    ) {
      const boxes =
        all.length > 1
          ? all
          : [...group!.row.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      const options = boxes.map((control) => ({
        control,
        label: labelFor(control, doc) || optionLabel(control, doc),
      }));
      result = { group, options, levels: areLevels(options.map((o) => o.label)) };
      for (const b of boxes) boxGroups.set(b, result);
    }
    boxGroups.set(box, result);
    return result;
  };
  for (const place of places) {
    if (place.shape !== 'checkbox') continue;
    const box = place.el as HTMLInputElement;
    const boxGroup = groupOf(box);
    if (boxGroup) {
      const { group, options, levels } = boxGroup;
      const row = group?.row ?? box.parentElement ?? box;
      if (!groupsSeen.has(row)) {
        groupsSeen.add(row);
        // The group as one value (school levels)…
        places.push({
          el: group?.row ?? box,
          shape: 'checkboxes',
          options,
          label: group?.text ?? '',
          near: [],
          row,
        });
      }
      // …and each box as a yes/no of its own, named by its text beside the group's name (not
      // school levels: « CE1 » alone names no field).
      if (levels) {
        place.label = '';
        continue;
      }
      place.label = options.find((o) => o.control === box)?.label ?? '';
      place.near = group ? [group.text] : [];
      place.row = box.closest('label') ?? box.parentElement ?? box;
      continue;
    }
    const own = labelFor(box, doc) || optionLabel(box, doc);
    const cell = box.closest('td') as HTMLTableCellElement | null;
    if (cell) {
      const p = cellPlace(box, cell, { el: box, shape: 'checkbox' });
      if (p) Object.assign(place, p);
      continue;
    }
    const before = own ? null : textBefore(box);
    place.label = own || before?.text || '';
    place.row = before?.row ?? box.closest('label')?.parentElement ?? box.parentElement ?? box;
  }
  // Switches and boxes drawn by a script (`role="switch"`, `role="checkbox"`, `aria-checked`):
  // yes/no answers named by their accessible name or the text beside them.
  for (const el of doc.querySelectorAll('[role="switch"], [role="checkbox"]')) {
    if (isControl(el) || el.querySelector(CONTROL_SELECTOR) || isPageChrome(el)) continue;
    const state = el.getAttribute('aria-checked');
    if (state !== 'true' && state !== 'false') continue;
    const own = labelledByText(el, doc) || el.getAttribute('aria-label')?.trim() || plainText(el);
    const before = own ? null : textBefore(el);
    const label = own || before?.text || '';
    if (label) places.push({ el, shape: 'checkbox', label, near: [], row: el.parentElement ?? el });
  }
  for (const p of places) taken.add(p.el);

  // 2. Read-only values.
  const staticPlace = (el: Element, label: string, text: string, row: Element, lines = false) => {
    if (taken.has(el) && !lines) return;
    if (isPageChrome(el)) return;
    const clean = label.replace(/\s*:\s*$/, '').trim();
    if (letters(clean) < 2 || clean.length > MAX_LABEL) return;
    taken.add(el);
    places.push({ el, shape: 'static', label: clean, near: [], row, text });
  };

  // « Groupe 1 : Les Lucioles – 10 enfants – CP, CE1 »: one value per part (group-lines.ts).
  const groupOrPair = (el: Element, label: string, text: string, row: Element, lines = false) => {
    // One line of text only: a card titled « Collectif n°7 » beside its body is no such line.
    const parts =
      text.length <= 200 && isInlineOnly(el)
        ? groupLineParts(label.replace(/\s*:\s*$/, ''), text)
        : null;
    if (!parts) return staticPlace(el, label, text, row, lines);
    for (const p of parts) staticPlace(el, p.label, p.text, row, true);
  };

  for (const dd of doc.querySelectorAll('dd')) {
    if (dd.querySelector(CONTROL_SELECTOR)) continue;
    let dt = dd.previousElementSibling;
    while (dt && dt.tagName === 'DD') dt = dt.previousElementSibling;
    if (dt?.tagName === 'DT') staticPlace(dd, labelText(dt), plainText(dd), dd);
  }

  for (const table of doc.querySelectorAll('table')) {
    const { shape } = tableInfo(table);
    for (const row of shape.bodyRows) {
      const labelCell = rowLabelCell(row);
      for (const cell of row.cells) {
        if (cell === labelCell || cell.querySelector(CONTROL_SELECTOR) || isLayoutCell(cell))
          continue;
        const text = plainText(cell);
        // An account number (« 64 ») before the row's label is not a value.
        if (labelCell && cellIndex(row, cell) < cellIndex(row, labelCell) && ACCOUNT.test(text))
          continue;
        const p = cellPlace(cell, cell, { el: cell, shape: 'static', text });
        if (p && !taken.has(cell)) {
          taken.add(cell);
          places.push(p);
        }
      }
      // The name column of a groups table is a value too.
      if (labelCell && tables.get(table)!.items && !taken.has(labelCell)) {
        const p = cellPlace(labelCell, labelCell as HTMLTableCellElement, {
          el: labelCell,
          shape: 'static',
          text: plainText(labelCell),
        });
        if (p) {
          taken.add(labelCell);
          places.push(p);
        }
      }
    }
  }

  // Documents listed under « Pièces fournies » / « Pièces non fournies »: each item says it.
  for (const li of doc.querySelectorAll('li')) {
    if (li.children.length > 0 || taken.has(li)) continue;
    const label = plainText(li);
    if (label.includes(':') || letters(label) < 3) continue;
    const list = li.parentElement;
    const heading = list ? headingBefore(list) : null;
    const present = heading ? parsePresenceHeading(plainText(heading)) : undefined;
    if (present === undefined) continue;
    staticPlace(li, label, present ? 'Fourni' : 'Manquant', li);
  }

  // Fields drawn by a script: a read-only `role="textbox"`, a `role="combobox"` showing its
  // choice, a `role="listbox"` with its options selected (`aria-selected`).
  for (const el of doc.querySelectorAll('[role="textbox"], [role="combobox"], [role="listbox"]')) {
    if (taken.has(el) || isControl(el) || el.querySelector(CONTROL_SELECTOR)) continue;
    if (el.closest('[hidden], [aria-hidden="true"]') || isPageChrome(el)) continue;
    const label = labelledByText(el, doc) || el.getAttribute('aria-label')?.trim() || '';
    if (!label) continue;
    const role = el.getAttribute('role');
    const text =
      role === 'listbox'
        ? [...el.querySelectorAll('[role="option"][aria-selected="true"]')]
            .map((o) => plainText(o))
            .join(', ')
        : textWithout(el, (e) => e.getAttribute('aria-hidden') === 'true')
            .replace(/[\s\u00a0\u202f]+/g, ' ')
            .trim();
    staticPlace(el, label, text, el.parentElement ?? el);
  }

  // A list as one value, named by its label, the text right before it or the heading right above
  // it: « Axes d'intervention retenus » over tags « Enfants », « Parents »…
  for (const list of doc.querySelectorAll('ul, ol')) {
    if (taken.has(list) || list.closest('nav, select, label, dl, [hidden], [aria-hidden="true"]'))
      continue;
    if (list.hasAttribute('role')) continue; // a listbox, a menu, tabs: widgets, read below
    const cell = list.closest('td, th');
    if (cell && !isLayoutCell(cell)) continue;
    const items = [...list.children].filter((k) => k.tagName === 'LI');
    const texts = items.map((li) => plainText(li));
    if (items.length === 0 || items.length > 12 || items.some((li) => taken.has(li))) continue;
    if (list.querySelector(`${CONTROL_SELECTOR}, ul, ol, table, a[href]`)) continue;
    if (texts.some((t) => !t || t.length > 80 || /:\s/.test(t))) continue;
    const named = listLabel(list, doc);
    if (named) staticPlace(list, named.text, texts.join(', '), named.row);
  }

  // Label and value side by side: « <span>Libellé</span><span>valeur</span> », grids of cells,
  // « <li><strong>Libellé :</strong> valeur</li> », « Libellé : valeur ».
  for (const parent of doc.querySelectorAll('body *')) {
    if (parent.closest('dl, script, style, select, label')) continue;
    // Inside a table, only what a layout cell holds (a printable page's « Libellé : valeur »
    // lines laid out in a table): a data cell is read by the table's own pass.
    const cell = parent.closest('td, th');
    if (cell ? cell === parent || !isLayoutCell(cell) : parent.closest('table')) continue;
    if (parent.querySelector(CONTROL_SELECTOR) && !parent.querySelector('[aria-labelledby]')) {
      // Rows of a form are read through their controls.
      if (!isGridOfPairs(parent)) continue;
    }
    pairsIn(parent, groupOrPair);
  }

  // Page order (one walk: comparing positions pair by pair is slow in some DOMs).
  const order = new Map<Element, number>();
  let i = 0;
  for (const el of doc.querySelectorAll('*')) order.set(el, i++);
  places.sort((a, b) => (order.get(a.el) ?? 0) - (order.get(b.el) ?? 0));
  return places.filter((p) => p.label || p.cell);
}

/** What names a list: its own accessible name, or the label or heading right before it. */
function listLabel(list: Element, doc: Document): { text: string; row: Element } | null {
  const own = labelledByText(list, doc) || list.getAttribute('aria-label')?.trim() || '';
  if (own) return { text: own, row: list };
  const before = list.previousElementSibling;
  if (!before || before.querySelector(CONTROL_SELECTOR)) return null;
  const text = plainText(before);
  if (letters(text) < 3 || text.length > 120) return null;
  if (/^H[2-6]$/.test(before.tagName) || isLabelish(before))
    return { text, row: list.parentElement ?? list };
  return null;
}

const layoutCells = new WeakMap<Element, boolean>();

/**
 * A table cell used for layout, not a value: it holds a table, a `dl`, a list of « Libellé :
 * valeur » items, or several paragraphs or blocks (a value wrapped in one `<div>`, or a list of
 * school levels, is still a value).
 */
function isLayoutCell(cell: Element): boolean {
  let known = layoutCells.get(cell);
  if (known === undefined) {
    const blocks = [...cell.children].filter((k) =>
      /^(P|DIV|SECTION|ARTICLE|H[1-6]|FIELDSET)$/.test(k.tagName),
    ).length;
    known =
      cell.querySelector('table, dl') !== null ||
      blocks >= 2 ||
      [...cell.querySelectorAll('li')].some((li) => /\S\s*:\s+\S/.test(plainText(li)));
    layoutCells.set(cell, known);
  }
  return known;
}

/**
 * The page's banner, navigation and footer: « elan – Espace porteurs » beside « Connecté :
 * c.vautrin » is no field. A `<header>` or `<footer>` of a section or card is not chrome.
 */
function isPageChrome(el: Element): boolean {
  if (el.closest('nav, [role="navigation"], [role="banner"], [role="contentinfo"]')) return true;
  const edge = el.closest('header, footer');
  return !!edge && !edge.parentElement?.closest('main, article, section, aside, form, fieldset');
}

function isLabelish(el: Element): boolean {
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || HEADING(el)) return false;
  if (el.querySelector(CONTROL_SELECTOR) || holdsStructure(el)) return false;
  const t = plainText(el);
  return letters(t) >= 2 && t.length <= MAX_LABEL;
}

function HEADING(el: Element): boolean {
  return /^(H[1-6]|LEGEND|CAPTION|BUTTON|A|NAV|HEADER|FOOTER)$/.test(el.tagName);
}

function isValueish(el: Element): boolean {
  // A link beside a label is its value (« Bilan 2024-2025 : <a>bilan.pdf</a> »).
  if (el.tagName === 'A') return !holdsStructure(el);
  if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || HEADING(el)) return false;
  return (
    !holdsStructure(el) ||
    (el.querySelector('ul, ol') !== null &&
      !el.querySelector('table, dl, fieldset, section, form, h1, h2, h3, h4, h5, h6'))
  );
}

/** Tag and class: what tells a label cell from a value cell in a grid we did not write. */
const signature = (el: Element) => `${el.tagName}.${el.getAttribute('class') ?? ''}`;

/** Children that alternate label, value, label, value, with labels and values drawn apart. */
function isGridOfPairs(parent: Element): boolean {
  const kids = [...parent.children];
  if (kids.length < 4 || kids.length % 2 !== 0) return false;
  // Labels all drawn alike; values drawn otherwise, each as it likes (« pastille-oui »,
  // « pastille-non »), but with one tag.
  const even = signature(kids[0]!);
  const oddTag = kids[1]!.tagName;
  return kids.every((k, i) =>
    i % 2 === 0
      ? signature(k) === even && isLabelish(k)
      : signature(k) !== even && k.tagName === oddTag,
  );
}

/**
 * A row of two children drawn alike (« <span>Enfants prévus</span><span>10</span> ») is a label
 * and its value only among sibling rows of the same kind: one such row alone may be two tags.
 */
function isRowAmongRows(row: Element): boolean {
  const parent = row.parentElement;
  if (!parent || row.childElementCount !== 2) return false;
  const sig = signature(row);
  let alike = 0;
  for (const s of parent.children) {
    if (signature(s) !== sig) continue;
    if (s.childElementCount !== 2) return false;
    alike++;
  }
  return alike >= 2;
}

function pairsIn(
  parent: Element,
  add: (el: Element, label: string, text: string, row: Element, lines?: boolean) => void,
): void {
  const kids = [...parent.children].filter((k) => k.tagName !== 'BR');
  // « <b>Bonus demandé :</b> Oui – <b>Justification :</b> … » on one line: the text after each
  // bold label, up to the next one.
  if (/^(P|DIV|LI|SPAN|TD|DD)$/.test(parent.tagName) && isInlineOnly(parent)) {
    const labels = kids.filter(
      (k) => /^(B|STRONG)$/.test(k.tagName) && /\S\s*:\s*$/.test(plainText(k)),
    );
    if (labels.length >= 2 && labels[0] === parent.firstElementChild) {
      labels.forEach((label, i) => {
        let text = '';
        for (let n = label.nextSibling; n && n !== labels[i + 1]; n = n.nextSibling)
          text += n.textContent ?? '';
        const value = text
          .replace(/[\s\u00a0\u202f]+/g, ' ')
          .replace(/\s*[-–—|·]\s*$/, '')
          .trim();
        add(parent, plainText(label), value, parent, true);
      });
      return;
    }
  }
  // « Campagne : 2025-2026 | Statut : Brouillon » on one line: one pair per part.
  if (/^(P|DIV|LI|SPAN|SMALL)$/.test(parent.tagName) && isInlineOnly(parent)) {
    const parts = plainText(parent).split(/\s+[|·•]\s+/);
    const pairs = parts.map((part) => /^([^:]{2,80}?)\s*:\s+(.+)$/s.exec(part.trim()));
    if (parts.length >= 2 && pairs.filter(Boolean).length >= 2) {
      for (const m of pairs) if (m) add(parent, m[1]!, m[2]!.trim(), parent, true);
      return;
    }
  }
  // « Libellé : valeur<br>Libellé : valeur » in one paragraph: one pair per line.
  if (
    /^(P|DIV|LI|TD|DD)$/.test(parent.tagName) &&
    parent.querySelector(':scope > br') &&
    !holdsStructure(parent)
  ) {
    for (const line of linesOf(parent)) {
      const m = /^([^:]{2,150}?)\s*:\s+(.*)$/s.exec(line);
      if (m) add(parent, m[1]!, m[2]!.trim(), parent, true);
    }
    return;
  }
  // « <strong>Libellé :</strong> valeur » or « Libellé : valeur » in one element.
  if (kids.length <= 1 && /^(LI|P|DIV|SPAN|TD)$/.test(parent.tagName)) {
    const first = kids[0];
    const full = plainText(parent);
    if (
      first &&
      isLabelish(first) &&
      parent.firstElementChild === first &&
      !/\S/.test(textBeforeFirst(parent))
    ) {
      const label = plainText(first);
      const rest = full
        .slice(full.indexOf(label) + label.length)
        .replace(/^\s*:\s*/, '')
        .trim();
      if (rest || /:\s*$/.test(label)) add(parent, label, rest, parent);
      return;
    }
    // « Gestionnaire : <strong>Centre social Kellermann</strong> – 34 rue… »: what the page
    // sets apart right after the colon is the value; the rest is a comment.
    const lead = /^\s*([^:]{2,80}?)\s*:\s*$/s.exec(first ? textBeforeFirst(parent) : '');
    if (lead && /^(STRONG|B|EM|SPAN|MARK|OUTPUT|DATA|TIME)$/.test(first!.tagName)) {
      add(first!, lead[1]!, plainText(first!), parent);
      return;
    }
    if (!first || first.tagName === 'SPAN' || first.tagName === 'EM' || first.tagName === 'P') {
      const m = /^([^:]{2,150}?)\s*:\s+(.*)$/s.exec(full);
      if (m && !first) add(parent, m[1]!, m[2]!.trim(), parent);
    }
    return;
  }
  // Label and value side by side, in a row of two (a help text may follow) or a grid of pairs.
  const two =
    (kids.length === 2 || (kids.length === 3 && !isValueCarrier(kids[2]!))) &&
    (signature(kids[0]!) !== signature(kids[1]!) ||
      /:\s*$/.test(plainText(kids[0]!)) ||
      isRowAmongRows(parent));
  const pairs = two
    ? [[kids[0]!, kids[1]!]]
    : isGridOfPairs(parent)
      ? chunk(kids)
      : colonPairs(kids);
  for (const [k, v] of pairs) {
    if (!isLabelish(k!) || !isValueish(v!)) continue;
    if (v!.querySelector(CONTROL_SELECTOR)) continue;
    const ro = v!.querySelector('[id]') ?? v!;
    add(ro === v ? v! : ro, plainText(k!), plainText(v!), parent);
  }
}

const INLINE = /^(STRONG|B|EM|I|SPAN|A|SMALL|ABBR|CODE|TIME|MARK|SUP|SUB|BR|DATA|OUTPUT)$/;

/** Whether an element holds only text and inline elements (one line, not several blocks). */
function isInlineOnly(el: Element): boolean {
  for (const k of el.children) if (!INLINE.test(k.tagName) || !isInlineOnly(k)) return false;
  return true;
}

/**
 * « <span>Actions conduites avec les enfants :</span><p>…</p> » among headings and other pairs:
 * an element that is only a label ending with a colon, and the element right after it.
 */
function colonPairs(kids: Element[]): Element[][] {
  const out: Element[][] = [];
  kids.forEach((k, i) => {
    const v = kids[i + 1];
    if (!v || !/^(SPAN|STRONG|B|LABEL|P|DIV|DT)$/.test(k.tagName)) return;
    const t = plainText(k);
    if (!/\S\s*:\s*$/.test(t) || /:\s*$/.test(plainText(v))) return;
    if (k.children.length > 1 || v.querySelector(CONTROL_SELECTOR)) return;
    out.push([k, v]);
  });
  return out;
}

function isValueCarrier(el: Element): boolean {
  return (
    el.querySelector(CONTROL_SELECTOR) !== null ||
    (/^(SPAN|DD|TD|OUTPUT|DIV)$/.test(el.tagName) && !el.className.includes('help'))
  );
}

function textBeforeFirst(parent: Element): string {
  let t = '';
  for (let n = parent.firstChild; n && n !== parent.firstElementChild; n = n.nextSibling)
    t += n.textContent ?? '';
  return t;
}

function chunk<T>(list: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i + 1 < list.length; i += 2) out.push([list[i]!, list[i + 1]!]);
  return out;
}

/** The lines of an element broken by `<br>`. */
function linesOf(el: Element): string[] {
  const lines: string[] = [''];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).tagName === 'BR') lines.push('');
    else lines[lines.length - 1] += n.textContent ?? '';
  }
  return lines.map((l) => l.replace(/[\s\u00a0\u202f]+/g, ' ').trim()).filter(Boolean);
}

function cellIndex(row: HTMLTableRowElement, cell: Element): number {
  return [...row.cells].indexOf(cell as HTMLTableCellElement);
}
