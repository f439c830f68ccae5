import type { Field, Groups } from '../model';
import { controlHtml } from '../render/controls';
import { esc } from '../render/html';
import type { FieldLayout, GroupLayout, RenderContext } from './types';

/**
 * The groups of children: a table with one row per group, or one block per group (fieldsets,
 * sections, cards) whose fields are drawn by the page's field layout.
 */

function intro(g: Groups): string {
  return g.intro ? `<p class="help">${esc(g.intro)}</p>` : '';
}

/** A cell of the groups table: a control on forms (labelled by its column only, or by ARIA). */
export function cellHtml(f: Field, column: string, row: number, ctx: RenderContext): string {
  const c = f.control;
  if (c.type === 'static') return esc(c.value);
  const aria = ctx.variant('cellAria', [false, true])
    ? `aria-label="${esc(`${column} ${row}`)}"`
    : '';
  return controlHtml(c, ctx.ids.id(), ctx.ids, aria);
}

const table: GroupLayout = {
  name: 'table',
  roles: ['carrier', 'instructor'],
  style: 'table',
  render(g, _fields, ctx) {
    const rowHeader = ctx.role === 'instructor' && ctx.variant('groupRowHeader', [false, true]);
    const head = `<thead><tr>${g.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead>`;
    const rows = g.groups.map((group, r) => {
      const cells = group.fields.map((f, i) => {
        const html = cellHtml(f, g.columns[i]!, r + 1, ctx);
        return i === 0 && rowHeader ? `<th scope="row">${html}</th>` : `<td>${html}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    const foot = g.footer
      ? `<tfoot><tr><th scope="row">${esc(g.footer.label)}</th>${g.footer.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr></tfoot>`
      : '';
    return `<section class="block"><h2>${esc(g.title)}</h2>${intro(g)}\n<table class="groups">${head}<tbody>\n${rows.join('\n')}\n</tbody>${foot}</table></section>`;
  },
};

function repeated(
  name: string,
  roles: GroupLayout['roles'],
  block: (title: string, body: string) => string,
): GroupLayout {
  return {
    name,
    roles,
    style: 'repeated',
    render(g: Groups, fields: FieldLayout, ctx: RenderContext) {
      const blocks = g.groups.map((group) => block(group.title, fields.fields(group.fields, ctx)));
      return `<section class="block"><h2>${esc(g.title)}</h2>${intro(g)}\n${blocks.join('\n')}\n</section>`;
    },
  };
}

export const GROUP_LAYOUTS: GroupLayout[] = [
  table,
  repeated(
    'fieldsets',
    ['carrier'],
    (title, body) => `<fieldset class="group"><legend>${esc(title)}</legend>\n${body}\n</fieldset>`,
  ),
  repeated(
    'sections',
    ['carrier', 'instructor'],
    (title, body) => `<section class="group"><h3>${esc(title)}</h3>\n${body}\n</section>`,
  ),
  repeated(
    'cards',
    ['carrier', 'instructor'],
    (title, body) =>
      `<div class="card group"><div class="card-title">${esc(title)}</div><div class="card-body">\n${body}\n</div></div>`,
  ),
];
