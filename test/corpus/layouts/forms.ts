import type { Field, Section } from '../model';
import {
  controlHtml,
  fileListHtml,
  groupOptionsHtml,
  isCheckbox,
  isGroup,
} from '../render/controls';
import { esc } from '../render/html';
import { helpHtml, labelText } from './parts';
import type { FieldLayout, RenderContext } from './types';

/**
 * Carrier forms: the same fields, labelled five ways. Each layout says how a label reaches its
 * control (label[for], a wrapping label, a fieldset legend, ARIA, or only the text before it).
 */

type Row = (f: Field, ctx: RenderContext) => string;

function form(
  name: string,
  row: Row,
  section: (title: string, body: string, ctx: RenderContext) => string,
  wrapFields: (body: string) => string = (body) => body,
): FieldLayout {
  return {
    name,
    role: 'carrier',
    section: (s: Section, ctx) =>
      section(s.title, s.fields.map((f) => row(f, ctx)).join('\n'), ctx),
    fields: (fields, ctx) => wrapFields(fields.map((f) => row(f, ctx)).join('\n')),
  };
}

const h2Section = (title: string, body: string, ctx: RenderContext) => {
  const tag = ctx.variant('sectionTag', ['section', 'div']);
  return `<${tag} class="block"><h2>${esc(title)}</h2>\n${body}\n</${tag}>`;
};

/** Read-only information on a form (the campaign, a computed total). */
const staticRow = (f: Field, ctx: RenderContext) =>
  `<div class="row"><span class="label">${labelText(f, ctx)}</span> ${controlHtml(f.control, ctx.ids.id(), ctx.ids)}</div>`;

const labelFor: Row = (f, ctx) => {
  const c = f.control;
  if (c.type === 'static') return staticRow(f, ctx);
  if (isGroup(c)) {
    if (ctx.variant('groupTag', ['fieldset', 'radiogroup']) === 'fieldset') {
      return `<fieldset class="row choices"><legend>${labelText(f, ctx)}</legend>${groupOptionsHtml(c, ctx.ids, false)}${helpHtml(f, ctx)}</fieldset>`;
    }
    const lid = ctx.ids.id();
    return `<div class="row choices" role="${c.type === 'multi' ? 'group' : 'radiogroup'}" aria-labelledby="${lid}"><span class="label" id="${lid}">${labelText(f, ctx)}</span>${groupOptionsHtml(c, ctx.ids, false)}${helpHtml(f, ctx)}</div>`;
  }
  const id = ctx.ids.id();
  if (isCheckbox(c)) {
    return `<div class="row check">${controlHtml(c, id, ctx.ids)} <label for="${id}">${labelText(f, ctx)}</label>${helpHtml(f, ctx)}</div>`;
  }
  return `<div class="row"><label for="${id}">${labelText(f, ctx)}</label> ${controlHtml(c, id, ctx.ids)}${helpHtml(f, ctx)}</div>`;
};

const wrapping: Row = (f, ctx) => {
  const c = f.control;
  if (c.type === 'static') return staticRow(f, ctx);
  if (isGroup(c)) {
    return `<div class="row choices"><span class="label">${labelText(f, ctx)}</span> ${groupOptionsHtml(c, ctx.ids, true)}${helpHtml(f, ctx)}</div>`;
  }
  const control = controlHtml(c, ctx.ids.id(), ctx.ids);
  if (isCheckbox(c))
    return `<div class="row check"><label>${control} ${labelText(f, ctx)}</label>${helpHtml(f, ctx)}</div>`;
  if (c.type === 'files') {
    // The file list stays outside the label, beside it.
    const input = `<input type="file" id="${ctx.ids.id()}" name="${ctx.ids.name()}">`;
    return `<div class="row"><label>${labelText(f, ctx)} ${input}</label> ${fileListHtml(c)}${helpHtml(f, ctx)}</div>`;
  }
  return `<div class="row"><label>${labelText(f, ctx)} ${control}</label>${helpHtml(f, ctx)}</div>`;
};

const fieldsetRow: Row = (f, ctx) => {
  const c = f.control;
  if (isGroup(c)) {
    return `<fieldset class="row choices"><legend>${labelText(f, ctx)}</legend>${groupOptionsHtml(c, ctx.ids, true)}${helpHtml(f, ctx)}</fieldset>`;
  }
  return labelFor(f, ctx);
};

const aria: Row = (f, ctx) => {
  const c = f.control;
  const lid = ctx.ids.id();
  const byLabel = ctx.variant('ariaKind', ['labelledby', 'label']) === 'label';
  const cell = `<div class="cell label" id="${lid}">${labelText(f, ctx)}</div>`;
  if (c.type === 'static') {
    return `${cell}<div class="cell">${controlHtml(c, ctx.ids.id(), ctx.ids)}</div>`;
  }
  if (isGroup(c)) {
    const role = c.type === 'multi' ? 'group' : 'radiogroup';
    const labelling = byLabel ? `aria-label="${esc(ctx.label(f))}"` : `aria-labelledby="${lid}"`;
    return `${cell}<div class="cell" role="${role}" ${labelling}>${groupOptionsHtml(c, ctx.ids, true)}${helpHtml(f, ctx)}</div>`;
  }
  const labelling = byLabel ? `aria-label="${esc(ctx.label(f))}"` : `aria-labelledby="${lid}"`;
  return `${cell}<div class="cell">${controlHtml(c, ctx.ids.id(), ctx.ids, labelling)}${helpHtml(f, ctx)}</div>`;
};

const ariaSection = (title: string, body: string, ctx: RenderContext) => {
  const tid = ctx.ids.id();
  return `<div class="block"><h2 id="${tid}">${esc(title)}</h2>\n<div class="grid" role="group" aria-labelledby="${tid}">\n${body}\n</div></div>`;
};

/** Only the text before the control: no label element, no ARIA. */
const bare: Row = (f, ctx) => {
  const c = f.control;
  const shape = ctx.variant('bareShape', ['p', 'line']);
  if (isGroup(c)) {
    return `<div class="line">${labelText(f, ctx)} ${groupOptionsHtml(c, ctx.ids, true)}${helpHtml(f, ctx)}</div>`;
  }
  const control = controlHtml(c, ctx.ids.id(), ctx.ids);
  if (isCheckbox(c))
    return `<div class="line">${control} ${labelText(f, ctx)}${helpHtml(f, ctx)}</div>`;
  if (shape === 'p')
    return `<p class="q">${labelText(f, ctx)}<br>${control}${helpHtml(f, ctx)}</p>`;
  return `<div class="line"><span>${labelText(f, ctx)}</span> ${control}${helpHtml(f, ctx)}</div>`;
};

const bareSection = (title: string, body: string, ctx: RenderContext) => {
  const tag = ctx.variant('bareHeading', ['h2', 'h3']);
  return `<div class="block"><${tag} class="title">${esc(title)}</${tag}>\n${body}\n</div>`;
};

export const FORM_LAYOUTS: FieldLayout[] = [
  form('label-for', labelFor, h2Section),
  form('wrapping-label', wrapping, h2Section),
  form(
    'fieldset',
    fieldsetRow,
    (title, body) => `<fieldset class="block"><legend>${esc(title)}</legend>\n${body}\n</fieldset>`,
  ),
  form('aria-grid', aria, ariaSection, (body) => `<div class="grid">${body}</div>`),
  form('bare-text', bare, bareSection),
];
