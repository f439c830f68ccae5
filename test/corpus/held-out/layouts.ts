// HELD-OUT — DO NOT USE TO BUILD OR TUNE THE READER.
// Layout variants that only the held-out set uses, to measure whether the reader generalises to
// page shapes it was not built on. Do not read this file while writing the reader.
import { accountShow, amountCell, budgetFields, rowLabel } from '../layouts/budget';
import { DEV_LAYOUTS } from '../layouts';
import { cellHtml } from '../layouts/groups';
import { colon, helpHtml, labelText, valueHtml } from '../layouts/parts';
import type {
  BudgetLayout,
  FieldLayout,
  GroupLayout,
  LayoutSet,
  RenderContext,
} from '../layouts/types';
import type { BudgetRow, Field, Section } from '../model';
import { controlHtml, fileListHtml, groupOptionsHtml, isGroup } from '../render/controls';
import { esc } from '../render/html';

type Row = (f: Field, ctx: RenderContext) => string;

function layout(
  name: string,
  role: FieldLayout['role'],
  row: Row,
  section: (title: string, body: string, ctx: RenderContext) => string,
  wrapFields: (body: string) => string = (b) => b,
): FieldLayout {
  return {
    name,
    role,
    section: (s: Section, ctx) =>
      section(s.title, s.fields.map((f) => row(f, ctx)).join('\n'), ctx),
    fields: (fields, ctx) => wrapFields(fields.map((f) => row(f, ctx)).join('\n')),
  };
}

/** A form laid out as a two-column table: the label in a header cell, the control beside it. */
const tableForm = layout(
  'table-form',
  'carrier',
  (f, ctx) => {
    const c = f.control;
    const id = ctx.ids.id();
    const withLabel = ctx.variant('thLabel', [true, false]) && !isGroup(c) && c.type !== 'static';
    const head = withLabel ? `<label for="${id}">${labelText(f, ctx)}</label>` : labelText(f, ctx);
    const cell = isGroup(c) ? groupOptionsHtml(c, ctx.ids, true) : controlHtml(c, id, ctx.ids);
    return `<tr><th scope="row">${head}</th><td>${cell}${helpHtml(f, ctx)}</td></tr>`;
  },
  (title, body) =>
    `<table class="form summary"><caption>${esc(title)}</caption><tbody>\n${body}\n</tbody></table>`,
  (body) => `<table class="form summary"><tbody>\n${body}\n</tbody></table>`,
);

/** Floating labels: the label element comes after its control in the document. */
const labelAfter = layout(
  'label-after',
  'carrier',
  (f, ctx) => {
    const c = f.control;
    if (c.type === 'static') {
      return `<div class="row"><span class="ro">${esc(c.value)}</span> <span class="label">${labelText(f, ctx)}</span></div>`;
    }
    if (isGroup(c)) {
      return `<fieldset class="row choices"><legend>${labelText(f, ctx)}</legend>${groupOptionsHtml(c, ctx.ids, false)}</fieldset>`;
    }
    const id = ctx.ids.id();
    if (c.type === 'files') {
      const input = `<input type="file" id="${id}" name="${ctx.ids.name()}">`;
      return `<div class="row float">${input} <label for="${id}">${labelText(f, ctx)}</label> ${fileListHtml(c)}</div>`;
    }
    const control = controlHtml(c, id, ctx.ids, c.type === 'text' ? 'placeholder=" "' : '');
    return `<div class="row float">${control} <label for="${id}">${labelText(f, ctx)}</label>${helpHtml(f, ctx)}</div>`;
  },
  (title, body) => `<section class="block"><h2>${esc(title)}</h2>\n${body}\n</section>`,
);

/** The French State's design system: the hint sits inside the label. */
const dsfr = layout(
  'dsfr-hint',
  'carrier',
  (f, ctx) => {
    const c = f.control;
    const hint = f.help ? `<span class="fr-hint-text help">${esc(f.help)}</span>` : '';
    if (c.type === 'static') {
      return `<div class="fr-input-group row"><span class="fr-label label">${labelText(f, ctx)}${hint}</span> ${controlHtml(c, ctx.ids.id(), ctx.ids)}</div>`;
    }
    if (isGroup(c)) {
      return `<fieldset class="fr-fieldset row choices"><legend class="fr-fieldset__legend">${labelText(f, ctx)}${hint}</legend>${groupOptionsHtml(c, ctx.ids, false)}</fieldset>`;
    }
    const id = ctx.ids.id();
    return `<div class="fr-input-group row"><label class="fr-label" for="${id}">${labelText(f, ctx)}${hint}</label> ${controlHtml(c, id, ctx.ids, 'class="fr-input"')}</div>`;
  },
  (title, body) =>
    `<div class="block fr-form"><h2 class="fr-h4">${esc(title)}</h2>\n${body}\n</div>`,
);

/** A summary in collapsible sections, rows drawn with ARIA table roles. */
const detailsRows = layout(
  'details-rows',
  'instructor',
  (f, ctx) =>
    `<div role="row" class="kv-row"><span role="rowheader" class="k">${labelText(f, ctx)}</span><span role="cell" class="v">${valueHtml(f)}</span></div>`,
  (title, body) =>
    `<details class="block" open><summary><strong>${esc(title)}</strong></summary><div role="table">\n${body}\n</div></details>`,
  (body) => `<div role="table">\n${body}\n</div>`,
);

/** A summary as paragraphs of « Libellé : valeur » lines separated by line breaks. */
const brParagraphs = layout(
  'br-paragraphs',
  'instructor',
  (f, ctx) => `${labelText(f, ctx)}${colon(ctx)} ${valueHtml(f, true)}<br>`,
  (title, body) => `<div class="block"><h3>${esc(title)}</h3>\n<p>\n${body}\n</p></div>`,
  (body) => `<p>\n${body}\n</p>`,
);

/** Groups as columns: one column per group, one row per field. */
const transposed: GroupLayout = {
  name: 'transposed',
  roles: ['carrier', 'instructor'],
  style: 'table',
  render(g, _fields, ctx) {
    const [nameHeader, ...rest] = g.columns;
    const nameCells = g.groups.map((group, r) =>
      cellHtml(group.fields[0]!, nameHeader!, r + 1, ctx),
    );
    const head =
      ctx.role === 'instructor'
        ? `<thead><tr><th scope="col">${esc(nameHeader!)}</th>${nameCells.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`
        : `<thead><tr><th scope="row">${esc(nameHeader!)}</th>${nameCells.map((c) => `<td>${c}</td>`).join('')}</tr></thead>`;
    const rows = rest.map(
      (column, i) =>
        `<tr><th scope="row">${esc(column)}</th>${g.groups.map((group, r) => `<td>${cellHtml(group.fields[i + 1]!, column, r + 1, ctx)}</td>`).join('')}</tr>`,
    );
    const intro = g.intro ? `<p class="help">${esc(g.intro)}</p>` : '';
    return `<section class="block"><h2>${esc(g.title)}</h2>${intro}\n<table class="groups transposed">${head}<tbody>\n${rows.join('\n')}\n</tbody></table></section>`;
  },
};

/** One collapsible block per group. */
const accordion: GroupLayout = {
  name: 'accordion',
  roles: ['carrier', 'instructor'],
  style: 'repeated',
  render(g, fields, ctx) {
    const blocks = g.groups.map(
      (group, i) =>
        `<details class="group"${i < 3 ? ' open' : ''}><summary>${esc(group.title)}</summary>\n${fields.fields(group.fields, ctx)}\n</details>`,
    );
    return `<section class="block"><h2>${esc(g.title)}</h2>\n${blocks.join('\n')}\n</section>`;
  },
};

/** The CERFA's own shape: charges on the left, products on the right, totals on the last row. */
const side: BudgetLayout = {
  name: 'cerfa-side',
  roles: ['carrier', 'instructor'],
  render(b, fields, ctx) {
    const show = accountShow(b, ctx);
    const cols = show === 'column' ? 3 : 2;
    const dash = ' - ';
    const half = (row: BudgetRow | undefined): string => {
      if (!row) return '<td></td>'.repeat(cols);
      const acc = show === 'column' ? `<td class="acc">${esc(row.account ?? '')}</td>` : '';
      const label = esc(rowLabel(row, show, dash));
      if (row.kind === 'heading') return `${acc}<td colspan="2" class="heading">${label}</td>`;
      const cls = row.kind === 'line' ? `d${row.depth}` : row.kind;
      return `${acc}<td class="${cls}">${label}</td><td class="amt">${amountCell(row, ctx)}</td>`;
    };
    const charges = b.charges.filter((r) => r.kind !== 'total');
    const products = b.products.filter((r) => r.kind !== 'total');
    const n = Math.max(charges.length, products.length);
    const rows = Array.from(
      { length: n },
      (_, i) => `<tr>${half(charges[i])}${half(products[i])}</tr>`,
    );
    const totals = `<tr class="total">${half(b.charges.find((r) => r.kind === 'total'))}${half(b.products.find((r) => r.kind === 'total'))}</tr>`;
    const head = `<thead><tr><th colspan="${cols}">${esc(b.headers.charges)}</th><th colspan="${cols}">${esc(b.headers.products)}</th></tr></thead>`;
    return `<section class="block"><h2>${esc(b.title)}</h2>\n${budgetFields(b, fields, ctx)}\n<table class="budget side">${head}<tbody>\n${rows.join('\n')}\n${totals}\n</tbody></table></section>`;
  },
};

/**
 * The held-out set's layouts: the dev ones and these, the held-out-only ones listed twice so
 * that about half the held-out pages use a shape the reader was not built on.
 */
export const HELD_OUT_ONLY: LayoutSet = {
  fields: [tableForm, labelAfter, dsfr, detailsRows, brParagraphs],
  groups: [transposed, accordion],
  budgets: [side],
};

export const HELD_OUT_LAYOUTS: LayoutSet = {
  fields: [...DEV_LAYOUTS.fields, ...HELD_OUT_ONLY.fields, ...HELD_OUT_ONLY.fields],
  groups: [...DEV_LAYOUTS.groups, ...HELD_OUT_ONLY.groups, ...HELD_OUT_ONLY.groups],
  budgets: [...DEV_LAYOUTS.budgets, ...HELD_OUT_ONLY.budgets],
};
