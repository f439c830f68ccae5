import { defaultRegistry, type CampaignRegistry } from './campaigns/registry';
import { checklistFor } from './checklist';
import { CHECKS } from './checks';
import { todayIso } from './dates';
import { deadlinesFor } from './deadlines';
import type { Dossier } from './dossier';
import { computeFunding } from './funding';
import type { Finding, PageCoverage, Report } from './report';

export interface EvaluateOptions {
  /** Reference date when the dossier has no `checkedOn` (default: today). */
  today?: string;
  registry?: CampaignRegistry;
  /** Findings of the page reader (`field.unreadable`), listed after the rules' own. */
  pageFindings?: Finding[];
  page?: PageCoverage;
}

/**
 * Turns a dossier into a `clas-report/1` report. Pure and total on schema-valid dossiers; it
 * throws only `UnknownCampaignError`, for a campaign or department it has no parameters for.
 */
export function evaluate(dossier: Dossier, options: EvaluateOptions = {}): Report {
  const campaign = (options.registry ?? defaultRegistry).resolve(
    dossier.department,
    dossier.campaign,
  );
  const checkedOn = dossier.checkedOn ?? options.today ?? todayIso();
  const funding = computeFunding(dossier, campaign);
  const ctx = { dossier, campaign, funding, checkedOn };
  const findings = CHECKS.flatMap(({ check }) => check(ctx)).concat(options.pageFindings ?? []);
  const report: Report = {
    format: 'clas-report/1',
    campaign: campaign.campaign,
    department: campaign.department,
    checkedOn,
    receivable: !findings.some((f) => f.severity === 'blocking'),
    funding,
    findings,
    checklist: checklistFor(dossier, campaign, funding),
    deadlines: deadlinesFor(dossier, campaign, checkedOn),
  };
  if (options.page) report.page = options.page;
  return report;
}
