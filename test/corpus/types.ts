import type { Situation } from '../../rules/dossier';

/**
 * The dossier as revision 2 of the contract (../shared/contract.md) writes it. Until the schema in
 * rules/dossier.ts carries the revision-2 fields (`depositedOn`, `carrier.agreementInForce`,
 * `descriptions.organisation`), the corpus states them here; the unit test checks that the
 * schema accepts every expected dossier and drops nothing but these.
 */
export interface CorpusCollective {
  name?: string;
  children?: number;
  levels?: string[];
  staff?: number;
  expenses?: number;
}

export interface CorpusDossier {
  format: 'clas-dossier/1';
  campaign?: string;
  department?: string;
  depositedOn?: string;
  portal?: 'elan' | 'mcp' | 'other';
  carrier?: {
    name?: string;
    situation?: Situation;
    fundedLastYear?: boolean;
    pluriannual?: boolean;
    agreementInForce?: boolean;
  };
  collectives?: CorpusCollective[];
  axes?: { children?: boolean; parents?: boolean; school?: boolean; territory?: boolean };
  descriptions?: {
    childrenActions?: string;
    parentActions?: string;
    schoolRelations?: string;
    localResources?: string;
    organisation?: string;
    evaluation?: string;
  };
  budget?: {
    operatingExpenses?: number;
    chargesTotal?: number;
    productsTotal?: number;
    cafRequested?: number;
    departmentalCouncil?: number;
    msa?: number;
    cityContract?: number;
  };
  bonuses?: {
    children?: { requested?: boolean; justification?: string };
    parents?: { requested?: boolean; justification?: string };
    tne?: {
      requested?: boolean;
      collectives?: number;
      actions?: string;
      fundedByCdElsewhere?: boolean;
    };
  };
  msa?: { requested?: boolean; ruralTerritory?: boolean };
  cityContract?: { requested?: boolean; addedValue?: string; obtainedLastYear?: boolean };
  attachments?: { previousBilan?: boolean; cdRecapSheet?: boolean; adjustmentDocument?: boolean };
  sphinxCompleted?: boolean;
}

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
