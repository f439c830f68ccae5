import { defaultRegistry } from '../rules/campaigns/registry';
import { formatDateFr } from '../rules/format-fr';
import {
  fundingRange,
  fundingWait,
  ruleTitle,
  statusParts,
  type StatusPart,
} from '../rules/report-text';
import type { Report } from '../rules/report';
import { fieldLabel } from './field-names';
import { toneOf, type Tone } from './report-words';

/**
 * What the panel shows around the findings: which dossier it is, on which date the deadlines
 * are judged, the status in parts, what the estimate waits for, and the rules not verified yet.
 * Built by the content script with everything it knows of the page and sent to the panel's
 * frame; the panel only draws it. Browser-free: no page, no storage here.
 */

type ReferenceSource = 'deposit' | 'options' | 'today';

export interface DossierView {
  /** The carrier's name as read (the header's title), and the dossier's number when shown. */
  carrier?: string;
  number?: string;
  reference: { source: ReferenceSource; date: string; text: string };
  /** « Campagne 2025-2026 close — règles de la note 2025-2026 », once the deposit has closed. */
  closedCampaign?: string;
  /**
   * The report as the panel lists it: the engine's, except that a closed campaign judged on
   * today's date is said once by `closedCampaign` rather than as a blocking point.
   */
  shown: Report;
  status: StatusPart[];
  tone: Tone;
  /** « 2 758,28 € à … » or « en attente des collectifs ». */
  funding: { text: string; waiting: boolean };
  /** « Pas encore vérifié »: each rule still waiting, with the fields it waits for. */
  pending: { rule: string; title: string; fields: { path: string; label: string }[] }[];
  /** Path → « lu à l’étape 2 » for a value another page of the dossier gave. */
  readElsewhere: Record<string, string>;
  /** The pages read for this dossier, oldest first: « Étape 1 — 5 champs ». */
  steps: { label: string; fields: number; current: boolean }[];
}

export interface DossierViewInput {
  report: Report;
  carrier?: string | undefined;
  number?: string | undefined;
  /** The dossier's deposit date, when the page gave one. */
  depositedOn?: string | undefined;
  /** The options' reference date, when the person chose one. */
  referenceDate?: string | undefined;
  /** The real day (not the reference date): whether the campaign is over. */
  today: string;
  readElsewhere?: Record<string, string>;
  steps?: DossierView['steps'];
}

export function dossierView(input: DossierViewInput): DossierView {
  const { report, today } = input;
  let campaign;
  try {
    campaign = defaultRegistry.resolve(report.department, report.campaign);
  } catch {
    campaign = undefined;
  }
  const source: ReferenceSource = input.depositedOn
    ? 'deposit'
    : input.referenceDate
      ? 'options'
      : 'today';
  const reference = {
    source,
    date: input.depositedOn ?? report.checkedOn,
    text:
      source === 'deposit'
        ? `période de dépôt jugée sur la date de dépôt du dossier : ${formatDateFr(input.depositedOn!)}`
        : source === 'options'
          ? `au ${formatDateFr(report.checkedOn)} (date de référence des options)`
          : `au ${formatDateFr(report.checkedOn)}`,
  };
  const closed = campaign !== undefined && today > campaign.depositCloses;
  // Judged on today only because nobody chose a date: the closed deposit is said once, in the
  // header, not as a blocking point that would make the whole dossier look refused.
  const folded = closed && source === 'today';
  const findings = folded
    ? report.findings.filter((f) => !(f.rule === 'deposit.window' && f.field === 'checkedOn'))
    : report.findings;
  const shown: Report =
    findings.length === report.findings.length
      ? report
      : { ...report, findings, receivable: !findings.some((f) => f.severity === 'blocking') };
  const wait = fundingWait(shown);
  const view: DossierView = {
    reference,
    shown,
    status: statusParts(shown),
    tone: toneOf(shown),
    funding: { text: wait ?? fundingRange(shown), waiting: wait !== undefined },
    pending: (report.pending ?? []).map((p) => ({
      rule: p.rule,
      title: ruleTitle(p.rule),
      fields: p.fields.map((path) => ({ path, label: fieldLabel(path) })),
    })),
    readElsewhere: input.readElsewhere ?? {},
    steps: input.steps ?? [],
  };
  if (input.carrier?.trim()) view.carrier = input.carrier.trim();
  if (input.number) view.number = input.number;
  if (closed)
    view.closedCampaign = `Campagne ${campaign!.campaign} close — règles de la note ${campaign!.campaign}`;
  return view;
}
