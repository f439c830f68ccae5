import type { SectionKey } from './wordings/types';

/**
 * What a page shows, before any layout: sections of labelled fields, the groups of children,
 * the budget. Layouts (layouts/, held-out/layouts.ts) turn it into HTML; the builder
 * (build-model.ts) fills it and records, at the same time, what a careful reader must find.
 */

export type BoolStyle = 'checkbox' | 'radio' | 'select';

export type Control =
  /** A text box (`value` empty: left blank). */
  | { type: 'text'; value: string; multiline?: boolean; inputType?: 'text' | 'number' }
  /** Yes / no: a checkbox, a radio pair or a select (`value` undefined: unanswered). */
  | {
      type: 'bool';
      value: boolean | undefined;
      style: BoolStyle;
      words: [string, string];
      prompt: string;
    }
  /** One of several options (`chosen` undefined: unanswered). */
  | {
      type: 'choice';
      options: string[];
      chosen: number | undefined;
      style: 'radio' | 'select';
      prompt: string;
    }
  /** Several options (checkboxes or a multiple select). */
  | { type: 'multi'; options: string[]; chosen: boolean[]; style: 'checkboxes' | 'select' }
  /** Uploaded files beside a file input; `empty` is shown when there is none. */
  | { type: 'files'; files: string[]; empty: string }
  /** Read-only text (summaries, and fixed information on forms). */
  | { type: 'static'; value: string; long?: boolean };

export interface Field {
  /** The concrete dossier path (`collectives[2].children`), or `noise:<what>`. */
  key: string;
  label: string;
  control: Control;
  help?: string;
}

export interface Section {
  kind: 'section';
  key: SectionKey;
  title: string;
  fields: Field[];
}

export interface Group {
  title: string;
  fields: Field[];
}

/** The groups of children: every group has the same fields, in the same order as `columns`. */
export interface Groups {
  kind: 'groups';
  title: string;
  intro?: string;
  columns: string[];
  groups: Group[];
  /** Totals under a table (a trap: not a group). */
  footer?: { label: string; cells: string[] };
}

export interface BudgetRow {
  kind: 'line' | 'heading' | 'subtotal' | 'total';
  account?: string;
  label: string;
  /** Amount cell: text input on forms, static text on summaries, absent on headings. */
  control?: Control;
  depth: number;
  key: string;
}

export interface Budget {
  kind: 'budget';
  title: string;
  headers: { account: string; label: string; amount: string; charges: string; products: string };
  showAccounts: boolean;
  charges: BudgetRow[];
  products: BudgetRow[];
  /** Fields shown with the table (e.g. the action's operating expenses). */
  fields: Field[];
}

export type Block = Section | Groups | Budget;

export interface PageModel {
  title: string;
  intro: string;
  steps: string[];
  currentStep: number;
  blocks: Block[];
  buttons: string[];
}
