import { applyRateHalfUp, eurosToCents } from '../money';
import { campaignSchema, type CampaignFile } from './campaign-schema';

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

/** Validates a parameter file and checks that the note's own figures agree with each other. */
export function loadCampaign(json: unknown, origin = 'fichier de paramètres'): Campaign {
  const parsed = campaignSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(racine)'} : ${i.message}`)
      .join(' ; ');
    throw new CampaignFileError(`Paramètres de campagne invalides (${origin}) : ${detail}`);
  }
  const file = parsed.data;
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
