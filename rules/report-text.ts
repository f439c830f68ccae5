import { ruleInfo } from './catalogue';
import { daysBetween, firstDayOf, isIsoMonth, lastDayOf } from './dates';
import { formatCents, formatCentsRange, formatDateFr, formatDays } from './format-fr';
import { collectiveName, FUNDS_CAVEAT, fundingLines } from './funding-lines';
import type { Deadline, Finding, Report } from './report';

/**
 * A report as French plain text: what `clas-check` prints and what « Copier le texte » puts on
 * the clipboard. No colours, no terminal codes: it must read the same in an e-mail.
 */

const NO_BLOCKING_POINT = 'Aucun point bloquant détecté';

/**
 * The status as parts, each with its count, so that the panel draws them and the text joins
 * them: « 2 points bloquants », « 3 points à vérifier », and, for a report made from a page,
 * « 14 champs pas encore lus » while some are.
 */
type StatusKind = 'blocking' | 'clear' | 'warning' | 'not-read';

export interface StatusPart {
  kind: StatusKind;
  count: number;
  text: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function statusParts(r: Report): StatusPart[] {
  const blocking = r.findings.filter((f) => f.severity === 'blocking').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  // `receivable` means "no blocking point found": whether the dossier is receivable is the
  // CAF's decision, never the tool's (contract revision 2).
  const parts: StatusPart[] = [
    r.receivable
      ? { kind: 'clear', count: 0, text: NO_BLOCKING_POINT }
      : {
          kind: 'blocking',
          count: blocking,
          text: plural(blocking, 'point bloquant', 'points bloquants'),
        },
    {
      kind: 'warning',
      count: warnings,
      text: plural(warnings, 'point à vérifier', 'points à vérifier'),
    },
  ];
  const notRead = notReadCount(r);
  if (notRead > 0)
    parts.push({
      kind: 'not-read',
      count: notRead,
      text: plural(notRead, 'champ pas encore lu', 'champs pas encore lus'),
    });
  return parts;
}

/** Fields not read yet, in a report made from a page (one that has `pending`); else 0. */
function notReadCount(r: Report): number {
  return r.pending && r.page ? r.page.notFound.length : 0;
}

export function statusLine(r: Report): string {
  return statusParts(r)
    .map((p) => p.text)
    .join(' — ');
}

export function fundingRange(r: Report): string {
  const { totalMinCents: min, totalMaxCents: max } = r.funding;
  return formatCentsRange(min, max);
}

/**
 * What the funding waits for, in words, or undefined when nothing: « en attente des
 * collectifs », « en attente des dépenses », or both. A collective's number of children decides
 * whether it is retained: it counts with the collectives.
 */
export function fundingWait(r: Report): string | undefined {
  const waits = r.funding.waitingFor ?? [];
  if (waits.length === 0) return undefined;
  const collectives = waits.some((p) => p === 'collectives' || p.endsWith('.children'));
  const expenses = waits.some((p) => p.endsWith('.expenses') || p.endsWith('operatingExpenses'));
  const what = [collectives && 'des collectifs', expenses && 'des dépenses'].filter(Boolean);
  return `en attente ${what.length > 0 ? what.join(' et ') : 'des champs à lire'}`;
}

/** The estimate as shown: the range, or what it waits for instead of a partial sum. */
export function fundingText(r: Report): string {
  return fundingWait(r) ?? fundingRange(r);
}

/** « Les quatre axes » for `axes.four`; the id itself for a rule the catalogue does not know. */
export function ruleTitle(rule: string): string {
  return ruleInfo(rule)?.title ?? rule;
}

export function deadlineText(d: Deadline): string {
  if (isIsoMonth(d.date)) return monthDeadlineText(d);
  if (d.daysLeft > 0) return `dans ${formatDays(d.daysLeft)}`;
  if (d.daysLeft === 0) return 'aujourd’hui';
  return `passée depuis ${formatDays(d.daysLeft)}`;
}

/**
 * A deadline known only to the month: its days left run to the month's last day. Before the
 * month, say when it starts; during it, that it is this month; after, that it is over.
 */
function monthDeadlineText(d: Deadline): string {
  const length = daysBetween(firstDayOf(d.date), lastDayOf(d.date)) + 1;
  const toStart = d.daysLeft - (length - 1);
  if (toStart > 0) return `le mois commence dans ${formatDays(toStart)}`;
  if (d.daysLeft > 0) return `ce mois-ci (encore ${formatDays(d.daysLeft + 1)})`;
  if (d.daysLeft === 0) return 'ce mois-ci (dernier jour)';
  return `passée (mois terminé depuis ${formatDays(d.daysLeft)})`;
}

function findingText(f: Finding): string {
  return `${f.message} (${f.source}${f.field ? ` ; champ ${f.field}` : ''}) [${f.rule}]`;
}

export function reportText(r: Report, title?: string): string {
  const out: string[] = [];
  if (title) out.push(title, '='.repeat(Math.min(title.length, 80)));
  out.push(
    `Campagne ${r.campaign}, département ${r.department} — vérifié au ${formatDateFr(r.checkedOn)}`,
    `Statut : ${statusLine(r)}`,
    `Financement estimé : ${fundingText(r)} (${FUNDS_CAVEAT})`,
    '',
    'Financement par financeur :',
  );
  for (const line of fundingLines(r.funding)) {
    const amount = formatCentsRange(line.minCents, line.maxCents);
    out.push(`  ${`${line.financer} – ${line.label}`.padEnd(44)} ${amount.padStart(25)}`);
  }
  out.push('', 'Financement par collectif :');
  if (r.funding.collectives.length === 0) out.push('  (aucun collectif)');
  r.funding.collectives.forEach((c, i) => {
    const name = collectiveName(c, i);
    const children = c.children === undefined ? 'effectif non renseigné' : `${c.children} enfants`;
    const expenses =
      c.expensesCents === undefined
        ? 'dépenses non renseignées'
        : `dépenses ${formatCents(c.expensesCents)}`;
    out.push(
      `  ${name} : ${children}, ${c.eligible ? 'éligible' : 'non retenu'}, ${expenses}, PS ${formatCents(c.psCents)}`,
    );
  });
  const section = (heading: string, list: Finding[]) => {
    if (list.length === 0) return;
    out.push('', `${heading} (${list.length}) :`);
    for (const f of list) out.push(`  - ${findingText(f)}`);
  };
  section(
    'Points bloquants',
    r.findings.filter((f) => f.severity === 'blocking'),
  );
  section(
    'Points à vérifier',
    r.findings.filter((f) => f.severity === 'warning'),
  );
  section(
    'Pour information',
    r.findings.filter((f) => f.severity === 'info'),
  );
  if (r.pending && r.pending.length > 0) {
    out.push('', `Pas encore vérifié (${r.pending.length}) :`);
    for (const p of r.pending)
      out.push(`  - ${ruleTitle(p.rule)} [${p.rule}] — en attente de : ${p.fields.join(', ')}`);
  }
  const todo = r.checklist.filter((c) => !c.done).length;
  out.push('', `Liste de contrôle (${todo} à faire sur ${r.checklist.length}) :`);
  for (const c of r.checklist) out.push(`  [${c.done ? 'x' : ' '}] ${c.item}`);
  out.push('', 'Échéances :');
  for (const d of r.deadlines)
    out.push(`  ${formatDateFr(d.date)} — ${d.label} (${deadlineText(d)})`);
  if (r.page && r.page.notFound.length > 0) {
    out.push(
      '',
      r.pending
        ? `Champs pas encore lus : ${r.page.notFound.join(', ')}`
        : `Champs non trouvés sur la page, donc non vérifiés : ${r.page.notFound.join(', ')}`,
    );
  }
  return out.join('\n');
}
