import type { Budget, Field, Groups, Section } from '../model';
import type { Ids } from '../render/html';
import type { Rng } from '../rng';
import type { Role } from '../types';

/**
 * A page's layout is three choices: how labelled fields are drawn (`FieldLayout`), how the
 * groups of children are drawn (`GroupLayout`), how a CERFA budget table is drawn
 * (`BudgetLayout`). Each draws HTML from the model; none decides what the page shows.
 */
export interface RenderContext {
  rng: Rng;
  ids: Ids;
  role: Role;
  /** The label as the page prints it (some portals number their questions). */
  label(field: Field): string;
  /** One of `options`, the same for the whole page (a portal is consistent). */
  variant<T>(key: string, options: readonly T[]): T;
}

export interface FieldLayout {
  name: string;
  role: Role;
  section(s: Section, ctx: RenderContext): string;
  /** The fields of one group (inside a repeated block). */
  fields(fields: Field[], ctx: RenderContext): string;
}

export interface GroupLayout {
  name: string;
  roles: Role[];
  /** `table`: the name is a column; `repeated`: one block per group. */
  style: 'table' | 'repeated';
  render(g: Groups, fields: FieldLayout, ctx: RenderContext): string;
}

export interface BudgetLayout {
  name: string;
  roles: Role[];
  render(b: Budget, fields: FieldLayout, ctx: RenderContext): string;
}

export interface LayoutSet {
  fields: FieldLayout[];
  groups: GroupLayout[];
  budgets: BudgetLayout[];
}
