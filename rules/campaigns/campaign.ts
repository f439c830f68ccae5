import { applyRateHalfUp, eurosToCents } from '../money';
import type { CampaignFile, ParameterName } from './campaign-schema';

/**
 * A validated campaign, with its amounts turned into integer cents once. Every wording that
 * changes from one campaign to the next (years, document names, months) is here too, so the
 * checks hold no year of their own.
 */
export interface Campaign {
  file: CampaignFile;
  department: string;
  departmentName: string;
  campaign: string;
  previousCampaign: string;
  depositOpens: string;
  depositCloses: string;
  bilanDue: string;
  /** A day or a month (`2025-09`): the note says « en septembre 2025 ». */
  sphinxDue: string;
  committeeDate: string;
  decisionDate: string;
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
  /** « données prévisionnelles 2025 », « budget prévisionnel 2025 ». */
  forecastYear: string;
  pluriannualCampaigns: readonly string[];
  /** « Bilan CLAS 2024-2025 ». */
  bilanDocument: string;
  /** « Projet 2025-2026 - Ajustement du projet 2024-2025 ». */
  adjustmentDocument: string;
  /** The year of the politique de la ville cofunding that must be carried over (§3.4). */
  cityCofundingYear: string;
}

/**
 * The parameter each field of `Campaign` comes from: `clas-check --explain` shows a rule's
 * parameters with their sources, and a test checks that a check reads no field its rule does not
 * declare (rules/catalogue.ts, `parameters`).
 */
export const FIELD_PARAMETER: Partial<Record<keyof Campaign, ParameterName>> = {
  depositOpens: 'depositOpens',
  depositCloses: 'depositCloses',
  bilanDue: 'bilanDue',
  sphinxDue: 'sphinxDue',
  committeeDate: 'committeeDate',
  decisionDate: 'decisionDate',
  psRateBasisPoints: 'psRatePercent',
  psRatePercent: 'psRatePercent',
  psCeilingCents: 'psCeilingEuros',
  psMaximumCents: 'psMaximumEuros',
  bonusChildrenCents: 'bonusChildrenEuros',
  bonusParentsCents: 'bonusParentsEuros',
  msaFlatCents: 'msaFlatEuros',
  tneMinCents: 'tneMinEuros',
  tneMaxCents: 'tneMaxEuros',
  groupMinChildren: 'groupMinChildren',
  groupMaxChildren: 'groupMaxChildren',
  groupMinStaff: 'groupMinStaff',
  schoolLevels: 'schoolLevels',
  forecastYear: 'forecastYear',
  pluriannualCampaigns: 'pluriannualCampaigns',
  bilanDocument: 'bilanDocument',
  adjustmentDocument: 'adjustmentDocument',
  cityCofundingYear: 'cityCofundingYear',
};

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
    departmentName: file.departmentName,
    campaign: file.campaign,
    previousCampaign: file.previousCampaign,
    depositOpens: p.depositOpens.value,
    depositCloses: p.depositCloses.value,
    bilanDue: p.bilanDue.value,
    sphinxDue: p.sphinxDue.value,
    committeeDate: p.committeeDate.value,
    decisionDate: p.decisionDate.value,
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
    forecastYear: p.forecastYear.value,
    pluriannualCampaigns: p.pluriannualCampaigns.value,
    bilanDocument: p.bilanDocument.value,
    adjustmentDocument: p.adjustmentDocument.value,
    cityCofundingYear: p.cityCofundingYear.value,
  };
}
