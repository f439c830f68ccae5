import type { Axis, Situation } from '../../../rules/dossier';
import type { FieldKey } from '../fields';
import type { AmountStyle, DateStyle, LevelStyle } from '../format';
import type { ChargeAccount, Financer, ProductAccount } from '../truth';

/**
 * A pool of wordings: everything a portal writes around the values. The dev pool
 * (wordings/dev.ts) and the held-out pool (held-out/wordings.ts) never share a wording (after
 * normalising case, accents and punctuation); only `styles` (how values are formatted) may
 * overlap. Templates: {n} a group's number, {name} its name, {deTown} « d’Épinal ».
 */
export type SectionKey =
  | 'meta'
  | 'carrier'
  | 'collectives'
  | 'axes'
  | 'descriptions'
  | 'budget'
  | 'bonuses'
  | 'msa'
  | 'city'
  | 'attachments'
  | 'followUp';

/** Things a page shows that are not dossier fields (precision traps). */
export type NoiseKey =
  | 'address'
  | 'postcode'
  | 'town'
  | 'siret'
  | 'phone'
  | 'email'
  | 'contact'
  | 'childrenLastYear'
  | 'families'
  | 'hoursPerWeek'
  | 'volunteers'
  | 'employees'
  | 'collectivesCount'
  | 'totalChildren'
  | 'creationDate'
  | 'fileNumber'
  | 'status'
  | 'instructor'
  | 'lastUpdate'
  | 'proposedAmount'
  | 'place'
  | 'schedule'
  | 'sessions'
  | 'volunteersAmong'
  | 'groupLastYear';

export interface Wordings {
  /** Label variants of each field (`portal` is never labelled: it is the site). */
  labels: Record<Exclude<FieldKey, 'portal'>, string[]>;
  /** The four axes asked as one multiple choice: its label, and each option. */
  axesGroup: string[];
  axisOptions: Record<Axis, string[]>;
  situations: Record<Situation, string[]>;
  /** Headers of a table with one row per group. */
  columns: {
    first: string[];
    children: string[];
    levels: string[];
    staff: string[];
    expenses: string[];
    place: string[];
    schedule: string[];
    /** The totals row under the table (not a group). */
    total: string[];
  };
  /** Titles of repeated group blocks: `numbered` hold {n} only, `named` hold {name}. */
  groupTitles: { numbered: string[]; named: string[] };
  sections: Record<SectionKey, string[]>;
  pageTitles: Record<'elan' | 'mcp' | 'instructor', string[]>;
  steps: string[];
  words: {
    /** Yes / no for a request, besides « Oui » / « Non » (values.ts). */
    request: [string, string][];
    /** An unanswered field on a summary. */
    blank: string[];
    /** No file uploaded beside an attachment's label. */
    noFile: string[];
    attachmentPresent: string[];
    attachmentMissing: string[];
    selectPrompt: string[];
    status: string[];
    childrenUnit: string[];
    staffUnit: string[];
    buttons: string[];
  };
  budget: {
    titles: string[];
    charges: string[];
    products: string[];
    columns: { account: string[]; label: string[]; amount: string[] };
    chargeAccounts: Record<ChargeAccount, string[]>;
    productAccounts: Record<ProductAccount, string[]>;
    /** Account 74's financers; {deTown} is the carrier's town. */
    financers: Record<Financer, string[]>;
    /** When the CAF amount is on two lines: the service line and the bonus line. */
    cafService: string[];
    cafBonus: string[];
    socialBodies: string[];
    subtotal: string[];
    chargesTotal: string[];
    productsTotal: string[];
  };
  noise: Record<NoiseKey, string[]>;
  help: {
    general: string[];
    children: string[];
    amount: string[];
    staff: string[];
    files: string[];
  };
  /** How values are formatted: may overlap between pools (they are not wordings). */
  styles: {
    amounts: AmountStyle[];
    dates: DateStyle[];
    levels: LevelStyle[];
    campaign: string[];
    department: string[];
    /** Numbering put before labels by some portals: {n} the question's number. */
    numbering: string[];
  };
}
