import type { Collective, Dossier } from '../../rules/dossier';

/** The corpus's dossiers are the project's `clas-dossier/1` dossiers (contract revision 2). */
export type CorpusDossier = Dossier;
export type CorpusCollective = Collective;

export type Portal = 'elan' | 'mcp';
export type Role = 'carrier' | 'instructor';
export type CorpusSet = 'dev' | 'held-out';

export interface CorpusPage {
  /** e.g. `dev-017-elan-carrier-label-for`. */
  id: string;
  set: CorpusSet;
  portal: Portal;
  /** carrier: an editable form (values in attributes); instructor: a read-only summary. */
  role: Role;
  /** The layout's name: `<fields>/<collectives>/<budget>`, e.g. `fieldset/cards/cerfa-stacked`. */
  layout: string;
  url: string;
  /** A full HTML document, UTF-8. */
  html: string;
  /** Exactly the values the page shows, as a careful person reads them; nothing else. */
  expected: CorpusDossier;
  /** Dossier paths whose field is on the page but empty or unanswered. */
  blank: string[];
}
