import type { Campaign } from '../campaigns/campaign';
import { RULES, type RuleId } from '../catalogue';
import type { Dossier } from '../dossier';
import type { Finding, Funding, Severity } from '../report';

export interface CheckContext {
  dossier: Dossier;
  campaign: Campaign;
  funding: Funding;
  checkedOn: string;
}

/** A check reads the context and returns its findings (none when the rule holds). */
export type Check = (ctx: CheckContext) => Finding[];

export function finding(
  rule: RuleId,
  message: string,
  field?: string,
  severity: Severity = RULES[rule].severity,
): Finding {
  const f: Finding = { rule, severity, message, source: RULES[rule].source };
  if (field !== undefined) f.field = field;
  return f;
}

/** « Groupe 2 » or « n° 2 » when the collective has no name yet. */
export function collectiveLabel(d: Dossier, index: number): string {
  const name = d.collectives?.[index]?.name?.trim();
  return name ? `« ${name} »` : `n° ${index + 1}`;
}

/** A renewal: the situation says so, or the carrier was funded last year. */
export const isRenewal = (d: Dossier): boolean =>
  d.carrier?.situation === 'renewal-unchanged' ||
  d.carrier?.situation === 'renewal-changed' ||
  d.carrier?.fundedLastYear === true;

export const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
