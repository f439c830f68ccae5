import { defaultRegistry } from '../rules/campaigns/registry';
import type { Campaign } from '../rules/campaigns/campaign';
import { formatCents, formatDays, NBSP } from '../rules/format-fr';
import { deadlineText } from '../rules/report-text';
import type { Deadline, Report, Severity } from '../rules/report';

/**
 * The words and symbols a report is shown with, in the panel, the printable page and the
 * history: no rule is decided here, and nothing here touches the browser.
 */

export const SEVERITY: Record<Severity, { label: string; icon: string; section: string }> = {
  blocking: { label: 'Bloquant', icon: '✖', section: 'Points bloquants' },
  warning: { label: 'À vérifier', icon: '!', section: 'À vérifier' },
  info: { label: 'Info', icon: 'i', section: 'Pour information' },
};

export type Tone = 'blocking' | 'warning' | 'ok';

export function counts(r: Report): { blocking: number; warning: number; info: number } {
  const c = { blocking: 0, warning: 0, info: 0 };
  for (const f of r.findings) c[f.severity]++;
  return c;
}

export function toneOf(r: Report): Tone {
  const c = counts(r);
  if (!r.receivable || c.blocking > 0) return 'blocking';
  return c.warning > 0 ? 'warning' : 'ok';
}

/** « − 1 950,00 € »: money the dossier loses. */
export function lossText(cents: number): string {
  return `−${NBSP}${formatCents(cents)}`;
}

export function plural(n: number, one: string, many: string = `${one}s`): string {
  return `${n} ${n > 1 ? many : one}`;
}

/** The report's campaign parameters (for the words « hors 8 à 12 »), if the engine knows it. */
export function campaignOf(r: Report): Campaign | undefined {
  try {
    return defaultRegistry.resolve(r.department, r.campaign);
  } catch {
    return undefined;
  }
}

export type DeadlineState = 'later' | 'soon' | 'today' | 'opened' | 'closed' | 'past';

/**
 * « dans 21 jours », « aujourd’hui », « passée depuis 3 jours »; the deposit's closing, once
 * passed, reads « clos depuis 12 jours ». A passed opening is no cause for alarm (`opened`).
 */
export function deadlineWhen(
  d: Deadline,
  campaign: Campaign | undefined,
): { text: string; state: DeadlineState } {
  const deposit = /dépôt/i.test(d.label);
  if (d.daysLeft < 0) {
    if (deposit && campaign !== undefined && d.date === campaign.depositCloses)
      return { text: `clos depuis ${formatDays(d.daysLeft)}`, state: 'closed' };
    if (deposit && campaign !== undefined && d.date === campaign.depositOpens)
      return { text: `ouvert depuis ${formatDays(d.daysLeft)}`, state: 'opened' };
    return { text: deadlineText(d), state: 'past' };
  }
  const state = d.daysLeft === 0 ? 'today' : d.daysLeft <= 7 ? 'soon' : 'later';
  return { text: deadlineText(d), state };
}
