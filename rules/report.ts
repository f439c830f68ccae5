/** The `clas-report/1` format of ../shared/contract.md. */

export type Severity = 'blocking' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  /** French: what is wrong and what to do. */
  message: string;
  /** Section of the note (`§3.1`) or other source named by the contract. */
  source: string;
  /** Dossier path the finding is about, e.g. `collectives[2].children`. */
  field?: string;
}

export interface CollectiveFunding {
  name?: string;
  children?: number;
  eligible: boolean;
  /** Absent when neither the collective nor the budget gives its expenses. */
  expensesCents?: number;
  psCents: number;
}

export interface Funding {
  collectives: CollectiveFunding[];
  eligibleCollectives: number;
  psClasCents: number;
  bonusChildrenCents: number;
  bonusParentsCents: number;
  msaCents: number;
  tneMinCents: number;
  tneMaxCents: number;
  totalMinCents: number;
  totalMaxCents: number;
  /**
   * Only in a report made from a page (docs/report-format.md): the fields the estimate waits
   * for, not read yet — the list of collectives, a collective's number of children, its
   * expenses. While there are some, the amounts above count only what was read.
   */
  waitingFor?: string[];
}

export interface ChecklistItem {
  item: string;
  done: boolean;
}

export interface Deadline {
  label: string;
  date: string;
  daysLeft: number;
}

export interface PageCoverage {
  found: string[];
  notFound: string[];
}

/** A rule that neither fires nor holds yet: it waits for fields no page has shown. */
interface PendingRule {
  rule: string;
  /** Dossier paths not read yet, on which the rule's outcome depends. */
  fields: string[];
}

export interface Report {
  format: 'clas-report/1';
  campaign: string;
  department: string;
  checkedOn: string;
  receivable: boolean;
  funding: Funding;
  findings: Finding[];
  checklist: ChecklistItem[];
  deadlines: Deadline[];
  page?: PageCoverage;
  /**
   * Only in a report made from a page (docs/report-format.md): the rules still waiting for
   * fields the page did not give, in the contract's order. Absent from a dossier file's report,
   * where a missing field means "not filled in".
   */
  pending?: PendingRule[];
}
