import type { CollectiveFunding, Funding } from './report';

/** The funding's lines by financer, as the panel, the CLI and the exports name them. */
export interface FundingLine {
  financer: string;
  label: string;
  minCents: number;
  maxCents: number;
}

export function fundingLines(f: Funding): FundingLine[] {
  return [
    {
      financer: 'Caf',
      label: 'Prestation de service Clas',
      minCents: f.psClasCents,
      maxCents: f.psClasCents,
    },
    {
      financer: 'Caf',
      label: 'Bonus « enfants »',
      minCents: f.bonusChildrenCents,
      maxCents: f.bonusChildrenCents,
    },
    {
      financer: 'Caf',
      label: 'Bonus « parents »',
      minCents: f.bonusParentsCents,
      maxCents: f.bonusParentsCents,
    },
    {
      financer: 'MSA',
      label: 'Grandir en Milieu Rural',
      minCents: f.msaCents,
      maxCents: f.msaCents,
    },
    {
      financer: 'Conseil départemental',
      label: 'Bonus parents TNE',
      minCents: f.tneMinCents,
      maxCents: f.tneMaxCents,
    },
  ];
}

/** Every estimate is said with this: the financers decide, within their budgets. */
export const FUNDS_CAVEAT = 'dans la limite des fonds disponibles';

/** The collective's name, or « Collectif n° 3 » (1-based) while it has none. */
export function collectiveName(c: Pick<CollectiveFunding, 'name'>, index: number): string {
  return c.name?.trim() || `Collectif n° ${index + 1}`;
}
