import type { Field, Section } from '../model';
import { esc } from '../render/html';
import { colon, labelText, valueHtml } from './parts';
import type { FieldLayout, RenderContext } from './types';

/** Instructor summaries: label / value pairs as definition lists, tables, lists or cards. */

function summary(
  name: string,
  pairs: (fields: Field[], ctx: RenderContext) => string,
  section: (title: string, body: string, ctx: RenderContext) => string,
): FieldLayout {
  return {
    name,
    role: 'instructor',
    section: (s: Section, ctx) => section(s.title, pairs(s.fields, ctx), ctx),
    fields: (fields, ctx) => pairs(fields, ctx),
  };
}

const h2 = (title: string, body: string) =>
  `<section class="block"><h2>${esc(title)}</h2>\n${body}\n</section>`;

const dl = summary(
  'dl',
  (fields, ctx) =>
    `<dl class="summary">\n${fields.map((f) => `<dt>${labelText(f, ctx)}</dt><dd>${valueHtml(f)}</dd>`).join('\n')}\n</dl>`,
  h2,
);

const table2 = summary(
  'table-2col',
  (fields, ctx) => {
    const th = ctx.variant('rowHeader', ['th', 'td']);
    const rows = fields.map((f) =>
      th === 'th'
        ? `<tr><th scope="row">${labelText(f, ctx)}</th><td>${valueHtml(f)}</td></tr>`
        : `<tr><td class="k">${labelText(f, ctx)}</td><td>${valueHtml(f)}</td></tr>`,
    );
    return `<table class="summary"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  },
  (title, body, ctx) =>
    ctx.variant('tableTitle', ['caption', 'h2']) === 'caption'
      ? body.replace(
          '<table class="summary">',
          `<table class="summary"><caption>${esc(title)}</caption>`,
        )
      : h2(title, body),
);

const colonList = summary(
  'colon-list',
  (fields, ctx) => {
    if (ctx.variant('colonShape', ['ul', 'p']) === 'ul') {
      return `<ul class="kv">\n${fields.map((f) => `<li><strong>${labelText(f, ctx)}${colon(ctx)}</strong> ${valueHtml(f)}</li>`).join('\n')}\n</ul>`;
    }
    return fields
      .map(
        (f) =>
          `<p class="kv"><span class="k">${labelText(f, ctx)}${colon(ctx)}</span> ${valueHtml(f, true)}</p>`,
      )
      .join('\n');
  },
  (title, body, ctx) => {
    const tag = ctx.variant('colonHeading', ['h2', 'h3']);
    return `<div class="block"><${tag}>${esc(title)}</${tag}>\n${body}\n</div>`;
  },
);

const cards = summary(
  'cards',
  (fields, ctx) =>
    fields
      .map(
        (f) =>
          `<div class="kv-row"><span class="k">${labelText(f, ctx)}</span><span class="v">${valueHtml(f)}</span></div>`,
      )
      .join('\n'),
  (title, body) =>
    `<div class="card"><div class="card-title">${esc(title)}</div><div class="card-body">\n${body}\n</div></div>`,
);

export const SUMMARY_LAYOUTS: FieldLayout[] = [dl, table2, colonList, cards];
