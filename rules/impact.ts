import type { Campaign } from './campaigns/campaign';
import { defaultRegistry } from './campaigns/registry';
import type { Dossier } from './dossier';
import { formatCents } from './format-fr';
import { canSplit } from './checks/collectives';
import { computeFunding, unmetTneConditions, type TneCondition } from './funding';
import type { Finding, Funding, Report } from './report';

/**
 * What a finding costs the dossier now, so the person sees what each correction is worth.
 * Computed by re-running `computeFunding` on a corrected copy of the dossier: never from
 * hand-written amounts, so bonuses per eligible collective and ceilings follow the campaign.
 */
export interface Impact {
  /** Money the dossier loses now because of this finding (always > 0). */
  deltaCents: number;
  /** When what is lost is a range (the TNE bonus, 100 € to 500 € per collective): its top. */
  maxDeltaCents?: number;
  /** French: the correction that would recover it. */
  hint: string;
}

const COLLECTIVE_CHILDREN = /^collectives\[(\d+)\]\.children$/;

export function findingImpact(
  dossier: Dossier,
  finding: Finding,
  report: Report,
): Impact | undefined {
  let campaign: Campaign;
  try {
    campaign = defaultRegistry.resolve(
      dossier.department ?? report.department,
      dossier.campaign ?? report.campaign,
    );
  } catch {
    return undefined;
  }
  switch (finding.rule) {
    case 'collective.size':
      return collectiveSizeImpact(dossier, finding, campaign);
    case 'msa.territory':
      return msaTerritoryImpact(dossier, campaign);
    case 'tne.cd-line':
    case 'tne.recap-sheet':
    case 'tne.double-funding':
      return tneImpact(dossier, finding.rule, campaign);
    default:
      // `collectives.none-eligible` is carried by each collective's `collective.size` finding.
      return undefined;
  }
}

function collectiveSizeImpact(
  dossier: Dossier,
  finding: Finding,
  campaign: Campaign,
): Impact | undefined {
  const match = COLLECTIVE_CHILDREN.exec(finding.field ?? '');
  if (!match) return undefined;
  const index = Number(match[1]);
  const collectives = dossier.collectives ?? [];
  const collective = collectives[index];
  const children = collective?.children;
  if (collective === undefined || children === undefined) return undefined;
  const { groupMinChildren: min, groupMaxChildren: max } = campaign;
  if (children >= min && children <= max) return undefined;
  const bound = children < min ? min : max;
  const corrected: Dossier = {
    ...dossier,
    collectives: collectives.map((c, i) => (i === index ? { ...c, children: bound } : c)),
  };
  const deltaCents = gain(dossier, corrected, campaign);
  if (deltaCents <= 0) return undefined;
  const hint =
    children < min
      ? `à partir de ${min} enfants, ce collectif serait retenu`
      : canSplit(children, min, max)
        ? `à ${max} enfants au plus, ou réparti en groupes de ${min} à ${max} enfants, ce collectif serait retenu`
        : `à ${max} enfants au plus, ce collectif serait retenu`;
  return { deltaCents, hint };
}

function msaTerritoryImpact(dossier: Dossier, campaign: Campaign): Impact | undefined {
  if (dossier.msa?.requested !== true) return undefined;
  const corrected: Dossier = { ...dossier, msa: { ...dossier.msa, ruralTerritory: true } };
  const deltaCents = gain(dossier, corrected, campaign);
  if (deltaCents <= 0) return undefined;
  return {
    deltaCents,
    hint: `sur un territoire rural ou fragile, le forfait MSA de ${formatCents(deltaCents)} serait compté`,
  };
}

/** What each unmet TNE condition needs, in the hint's words. */
const TNE_FIX: Record<TneCondition, string> = {
  'tne.cd-line': 'un montant sur la ligne « Conseil départemental »',
  'tne.recap-sheet': 'la fiche récapitulative du Conseil départemental jointe',
  'tne.double-funding': 'des actions que le Conseil départemental ne finance pas déjà',
};

/**
 * §3.3: while a TNE condition is unmet, the whole TNE range is lost (contract revision 2). The
 * value is what meeting every unmet condition would bring; the hint names this finding's fix
 * first, then the others still needed, so nobody expects one fix alone to bring it back.
 */
function tneImpact(dossier: Dossier, rule: TneCondition, campaign: Campaign): Impact | undefined {
  if (dossier.bonuses?.tne?.requested !== true) return undefined;
  const unmet = unmetTneConditions(dossier);
  if (!unmet.includes(rule)) return undefined;
  const line = dossier.budget?.departmentalCouncil;
  const corrected: Dossier = {
    ...dossier,
    budget: { ...dossier.budget, departmentalCouncil: line !== undefined && line > 0 ? line : 1 },
    attachments: { ...dossier.attachments, cdRecapSheet: true },
    bonuses: {
      ...dossier.bonuses,
      tne: { ...dossier.bonuses.tne, fundedByCdElsewhere: false },
    },
  };
  const before = baseline(dossier, campaign);
  const after = computeFunding(corrected, campaign);
  const deltaCents = after.totalMinCents - before.totalMinCents;
  const maxDeltaCents = after.totalMaxCents - before.totalMaxCents;
  if (maxDeltaCents <= 0) return undefined;
  const fixes = [rule, ...unmet.filter((c) => c !== rule)].map((c) => TNE_FIX[c]);
  const all = fixes.length === 1 ? fixes[0] : `${fixes.slice(0, -1).join(', ')} et ${fixes.at(-1)}`;
  return {
    deltaCents,
    maxDeltaCents,
    hint: `avec ${all}, le bonus parents TNE serait compté`,
  };
}

/** Each dossier's own funding, computed once however many of its findings are valued (dossiers
 * are values: a new object per reading, never changed in place). */
const baselines = new WeakMap<Dossier, { campaign: Campaign; funding: Funding }>();

function baseline(dossier: Dossier, campaign: Campaign): Funding {
  const cached = baselines.get(dossier);
  if (cached && cached.campaign === campaign) return cached.funding;
  const funding = computeFunding(dossier, campaign);
  baselines.set(dossier, { campaign, funding });
  return funding;
}

/** What the corrected dossier gains (the fixed part: TNE does not depend on these fields). */
function gain(current: Dossier, corrected: Dossier, campaign: Campaign): number {
  const before = baseline(current, campaign);
  const after = computeFunding(corrected, campaign);
  return after.totalMinCents - before.totalMinCents;
}
