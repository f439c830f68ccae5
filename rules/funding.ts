import type { Campaign } from './campaigns/campaign';
import type { Collective, Dossier } from './dossier';
import { applyRateHalfUp, eurosToCents, shareHalfUp } from './money';
import type { CollectiveFunding, Funding } from './report';

/** §3.1: a collective counts for the PS Clas when it has 8 to 12 children. */
export function isEligible(c: Collective, p: Campaign): boolean {
  return (
    c.children !== undefined && c.children >= p.groupMinChildren && c.children <= p.groupMaxChildren
  );
}

/** §3.1: 32.5 % of the expenses, capped at 8 487 € per group, half up to the cent. */
export function psOfExpenses(expensesCents: number, p: Campaign): number {
  return applyRateHalfUp(Math.min(expensesCents, p.psCeilingCents), p.psRateBasisPoints);
}

/**
 * Each collective's expenses: its own when given, otherwise the budget's operating expenses
 * shared equally among all collectives (contract, « Funding »).
 */
function collectiveExpenses(d: Dossier): (number | undefined)[] {
  const collectives = d.collectives ?? [];
  const total = d.budget?.operatingExpenses;
  const share =
    total !== undefined && collectives.length > 0
      ? shareHalfUp(eurosToCents(total), collectives.length)
      : undefined;
  return collectives.map((c) => (c.expenses !== undefined ? eurosToCents(c.expenses) : share));
}

/** Number of collectives the TNE bonus covers: given, or all of them (contract). */
export function tneCollectives(d: Dossier): number {
  return d.bonuses?.tne?.collectives ?? d.collectives?.length ?? 0;
}

/** The §3.3 conditions of the TNE bonus, each named by the rule that reports it unmet. */
const TNE_CONDITIONS = ['tne.cd-line', 'tne.recap-sheet', 'tne.double-funding'] as const;
export type TneCondition = (typeof TNE_CONDITIONS)[number];

/**
 * The TNE conditions this dossier does not meet (§3.3): an amount on the Conseil départemental
 * line, the fiche récapitulative attached, actions not already funded by the Conseil
 * départemental elsewhere. They decide the TNE bonus only, not the CAF dossier (contract rev. 2).
 */
export function unmetTneConditions(d: Dossier): TneCondition[] {
  const line = d.budget?.departmentalCouncil;
  const unmet: TneCondition[] = [];
  if (line === undefined || eurosToCents(line) <= 0) unmet.push('tne.cd-line');
  if (d.attachments?.cdRecapSheet !== true) unmet.push('tne.recap-sheet');
  if (d.bonuses?.tne?.fundedByCdElsewhere === true) unmet.push('tne.double-funding');
  return unmet;
}

export function computeFunding(d: Dossier, p: Campaign): Funding {
  const expenses = collectiveExpenses(d);
  const collectives: CollectiveFunding[] = (d.collectives ?? []).map((c, i) => {
    const eligible = isEligible(c, p);
    const expensesCents = expenses[i];
    // Key order as in the contract: name, children, eligible, expensesCents, psCents. Plain
    // assignments: conditional spreads cost 20× more on the keystroke path.
    const out = {} as CollectiveFunding;
    if (c.name !== undefined) out.name = c.name;
    if (c.children !== undefined) out.children = c.children;
    out.eligible = eligible;
    if (expensesCents !== undefined) out.expensesCents = expensesCents;
    out.psCents = eligible && expensesCents !== undefined ? psOfExpenses(expensesCents, p) : 0;
    return out;
  });
  const eligibleCollectives = collectives.filter((c) => c.eligible).length;
  const psClasCents = collectives.reduce((sum, c) => sum + c.psCents, 0);
  const bonusChildrenCents =
    d.bonuses?.children?.requested === true ? eligibleCollectives * p.bonusChildrenCents : 0;
  const bonusParentsCents =
    d.bonuses?.parents?.requested === true ? eligibleCollectives * p.bonusParentsCents : 0;
  const msaCents = d.msa?.requested === true && d.msa.ruralTerritory === true ? p.msaFlatCents : 0;
  // The TNE range counts only when requested and every §3.3 condition is met.
  const tneCount =
    d.bonuses?.tne?.requested === true && unmetTneConditions(d).length === 0
      ? tneCollectives(d)
      : 0;
  const tneMinCents = tneCount * p.tneMinCents;
  const tneMaxCents = tneCount * p.tneMaxCents;
  const fixed = psClasCents + bonusChildrenCents + bonusParentsCents + msaCents;
  return {
    collectives,
    eligibleCollectives,
    psClasCents,
    bonusChildrenCents,
    bonusParentsCents,
    msaCents,
    tneMinCents,
    tneMaxCents,
    totalMinCents: fixed + tneMinCents,
    totalMaxCents: fixed + tneMaxCents,
  };
}
