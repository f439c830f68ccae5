/**
 * The shape of a portal field map: plain data that says which visible label names which dossier
 * path, how its value is parsed, and whether it lives once in the dossier or once per collective.
 * The reader engine (read-page.ts) is the same for every map.
 */
import type { Situation } from '../rules/dossier';

export type PortalId = 'elan' | 'mcp';

/**
 * How the text or state found on the page becomes a dossier value:
 * - `amount`: French amount (`8 487,00 €`) → euros; `count`: whole number;
 * - `text`: input / textarea value or read-only text, trimmed;
 * - `boolean`: checkbox state, Oui/Non radio group, or « Oui » / « Non » text;
 * - `situation`: the checked radio or the text, matched against the map's `situations`;
 * - `levels`: checked level checkboxes or a text list « CE2, CM1 », as the contract's codes;
 * - `attachment`: a file chosen in a file input, or a file name listed next to the label;
 * - `department`: `88` from a select or from « 88 – Vosges »; `campaign`: `2025-2026` in the text;
 * - `portal-constant`: not on the page: the portal the page belongs to (`elan`, `mcp`).
 */
export type FieldKind =
  | 'amount'
  | 'count'
  | 'text'
  | 'boolean'
  | 'situation'
  | 'levels'
  | 'attachment'
  | 'department'
  | 'campaign'
  | 'portal-constant';

/** `dossier`: once per dossier; `collective`: once inside each repeated collective block/row. */
export type FieldScope = 'dossier' | 'collective';

export interface FieldEntry {
  /** Dossier path; for the collective scope `collectives[].children` (the reader adds the index). */
  readonly path: string;
  readonly scope: FieldScope;
  readonly kind: FieldKind;
  /**
   * Visible wordings that name the field: a label, a legend, an aria-label, a table header, a
   * `dt`… Matched whole, after normalising (lower case, no accents, no `*`, `:`, `?`, `€`, `(€)`,
   * quotes « », single spaces): « Nombre d'enfants * » matches "Nombre d’enfants".
   */
  readonly labels: readonly string[];
}

export interface PortalMap {
  readonly portal: PortalId;
  /**
   * Words that open the legend of a repeated collective block: "Collectif" recognises a fieldset
   * whose legend is « Collectif 1 », « Collectif 2 »…
   */
  readonly collectiveLegends: readonly string[];
  /** Headers of the first column of a table whose body rows are the collectives. */
  readonly collectiveTableHeaders: readonly string[];
  /** Wordings of each situation (radio label or read-only text). */
  readonly situations: Readonly<Record<Situation, readonly string[]>>;
  readonly fields: readonly FieldEntry[];
}
