import { defaultRegistry, type CampaignRegistry } from './campaigns/registry';
import { checklistFor } from './checklist';
import { CHECKS } from './checks';
import { todayIso } from './dates';
import { deadlinesFor } from './deadlines';
import type { Dossier } from './dossier';
import { computeFunding } from './funding';
import { fundingWaits, notReadFields, pageReadState } from './read-state';
import type { Finding, PageCoverage, Report } from './report';

export interface EvaluateOptions {
  /** Reference date when the dossier has no `checkedOn` (default: today). */
  today?: string;
  registry?: CampaignRegistry;
  /** Findings of the page reader (`field.unreadable`), listed after the rules' own. */
  pageFindings?: Finding[];
  /** Which fields the page gave and did not give; with `read`, computed instead. */
  page?: PageCoverage;
  /**
   * The dossier paths a page read, with a value or empty (the reader's `found`). Given, the
   * report tells "not read" from "empty": a rule that needs a field not read does not fire, it
   * is listed in `pending`; `funding.waitingFor` and `page` say what is still to read. A value
   * the reader could not understand (`field.unreadable`) counts as not read. Absent (a dossier
   * file, `clas-check`): every field was read, and a missing one is "not filled in" (contract).
   */
  read?: Iterable<string>;
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
  const found = options.read && (Array.isArray(options.read) ? options.read : [...options.read]);
  const read = found && pageReadState(dossier, withoutUnreadable(found, options.pageFindings));
  const ctx = { dossier, campaign, funding, checkedOn, ...(read && { read }) };
  const outcomes = CHECKS.map(({ rule, check }) => ({ rule, ...check(ctx) }));
  const findings = outcomes.flatMap((o) => o.findings).concat(options.pageFindings ?? []);
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
  if (read && found) {
    const pending = outcomes
      .filter((o) => o.waits.length > 0)
      .map((o) => ({ rule: o.rule, fields: o.waits }));
    const waits = fundingWaits(dossier, read);
    if (waits.length > 0) funding.waitingFor = waits;
    const notFound = notReadFields(dossier, read, [...pending.flatMap((p) => p.fields), ...waits]);
    report.page = { found, notFound };
    report.pending = pending;
  } else if (options.page) report.page = options.page;
  return report;
}

/** The paths read, less those whose value the reader could not understand. */
function withoutUnreadable(found: string[], pageFindings: Finding[] = []): string[] {
  const unreadable = new Set(
    pageFindings.filter((f) => f.rule === 'field.unreadable').map((f) => f.field),
  );
  return unreadable.size === 0 ? found : found.filter((p) => !unreadable.has(p));
}
