import type { Budget, BudgetRow } from '../model';
import { controlHtml } from '../render/controls';
import { esc } from '../render/html';
import type { BudgetLayout, FieldLayout, RenderContext } from './types';

/**
 * The CERFA 12156 budget table. Accounts appear as a column or as a prefix of the label
 * (« 60 – Achats »), or not at all; sub-lines of account 74 are indented.
 */

export type AccountShow = 'column' | 'prefix' | 'none';

export function accountShow(b: Budget, ctx: RenderContext): AccountShow {
  return b.showAccounts ? ctx.variant<AccountShow>('accounts', ['column', 'prefix']) : 'none';
}

export function amountCell(row: BudgetRow, ctx: RenderContext): string {
  const c = row.control;
  if (!c) return '';
  if (c.type === 'static') return esc(c.value);
  const aria = ctx.variant('budgetAria', [false, true]) ? `aria-label="${esc(row.label)}"` : '';
  return controlHtml(c, ctx.ids.id(), ctx.ids, aria);
}

export function rowLabel(row: BudgetRow, show: AccountShow, dash: string): string {
  return show === 'prefix' && row.account ? `${row.account}${dash}${row.label}` : row.label;
}

/** One side of the budget (charges or products) as table rows. */
export function budgetRows(rows: BudgetRow[], show: AccountShow, ctx: RenderContext): string[] {
  const dash = ctx.variant('accountDash', [' – ', ' — ']);
  const acc = (row: BudgetRow) =>
    show === 'column' ? `<td class="acc">${esc(row.account ?? '')}</td>` : '';
  const span = show === 'column' ? 2 : 1;
  return rows.map((row) => {
    const label = esc(rowLabel(row, show, dash));
    switch (row.kind) {
      case 'heading':
        return `<tr class="heading d${row.depth}">${acc(row)}<td colspan="2">${label}</td></tr>`;
      case 'subtotal':
      case 'total':
        return `<tr class="${row.kind}"><th scope="row" colspan="${span}">${label}</th><td class="amt">${amountCell(row, ctx)}</td></tr>`;
      case 'line':
        return `<tr class="d${row.depth}">${acc(row)}<td>${label}</td><td class="amt">${amountCell(row, ctx)}</td></tr>`;
    }
  });
}

export function budgetFields(b: Budget, fields: FieldLayout, ctx: RenderContext): string {
  return b.fields.length ? fields.fields(b.fields, ctx) : '';
}

const stacked: BudgetLayout = {
  name: 'cerfa-stacked',
  roles: ['carrier', 'instructor'],
  render(b, fields, ctx) {
    const show = accountShow(b, ctx);
    const head = `<thead><tr>${show === 'column' ? `<th>${esc(b.headers.account)}</th>` : ''}<th>${esc(b.headers.label)}</th><th>${esc(b.headers.amount)}</th></tr></thead>`;
    const side = (title: string, rows: BudgetRow[]) =>
      `<table class="budget"><caption>${esc(title)}</caption>${head}<tbody>\n${budgetRows(rows, show, ctx).join('\n')}\n</tbody></table>`;
    return `<section class="block"><h2>${esc(b.title)}</h2>\n${budgetFields(b, fields, ctx)}\n<div class="budget-sides">${side(b.headers.charges, b.charges)}\n${side(b.headers.products, b.products)}</div></section>`;
  },
};

export const BUDGET_LAYOUTS: BudgetLayout[] = [stacked];
