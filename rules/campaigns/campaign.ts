import { applyRateHalfUp, eurosToCents } from '../money';
import type { CampaignFile } from './campaign-schema';

/** A validated campaign, with its amounts turned into integer cents once. */
export interface Campaign {
  file: CampaignFile;
  department: string;
  campaign: string;
  previousCampaign: string;
  depositOpens: string;
  depositCloses: string;
  bilanDue: string;
  sphinxDue: string;
  psRateBasisPoints: number;
  psRatePercent: number;
  psCeilingCents: number;
  psMaximumCents: number;
  bonusChildrenCents: number;
  bonusParentsCents: number;
  msaFlatCents: number;
  tneMinCents: number;
  tneMaxCents: number;
  groupMinChildren: number;
  groupMaxChildren: number;
  groupMinStaff: number;
  schoolLevels: readonly string[];
}

export class CampaignFileError extends Error {}

/**
 * Turns a parameter file into cents and integers, after checking that the note's own figures
 * agree with each other (32.5 % of 8 487 € must give the announced 2 758,28 €). The file's shape
 * is checked by `loadCampaign` (zod) in the command line, the tests and the build; the extension
 * ships files that passed it, and so does not carry zod.
 */
export function toCampaign(file: CampaignFile, origin = 'fichier de paramètres'): Campaign {
  const p = file.parameters;
  const psRateBasisPoints = Math.round(p.psRatePercent.value * 100);
  const psCeilingCents = eurosToCents(p.psCeilingEuros.value);
  const psMaximumCents = eurosToCents(p.psMaximumEuros.value);
  const computedMax = applyRateHalfUp(psCeilingCents, psRateBasisPoints);
  if (computedMax !== psMaximumCents) {
    throw new CampaignFileError(
      `Paramètres de campagne incohérents (${origin}) : ${p.psRatePercent.value} % de ${p.psCeilingEuros.value} € donne ${computedMax / 100} €, la note annonce ${p.psMaximumEuros.value} €`,
    );
  }
  return {
    file,
    department: file.department,
    campaign: file.campaign,
    previousCampaign: file.previousCampaign,
    depositOpens: p.depositOpens.value,
    depositCloses: p.depositCloses.value,
    bilanDue: p.bilanDue.value,
    sphinxDue: p.sphinxDue.value,
    psRateBasisPoints,
    psRatePercent: p.psRatePercent.value,
    psCeilingCents,
    psMaximumCents,
    bonusChildrenCents: eurosToCents(p.bonusChildrenEuros.value),
    bonusParentsCents: eurosToCents(p.bonusParentsEuros.value),
    msaFlatCents: eurosToCents(p.msaFlatEuros.value),
    tneMinCents: eurosToCents(p.tneMinEuros.value),
    tneMaxCents: eurosToCents(p.tneMaxEuros.value),
    groupMinChildren: p.groupMinChildren.value,
    groupMaxChildren: p.groupMaxChildren.value,
    groupMinStaff: p.groupMinStaff.value,
    schoolLevels: p.schoolLevels.value,
  };
}
