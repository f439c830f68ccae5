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
}
