import * as z from 'zod/mini';
import { isDayOrMonth, isValidIsoDate } from '../dates';

/**
 * A campaign's parameters, one file per department and campaign (OpenFisca style): each value
 * with the dates it holds for and its source in the departmental note. Checks read these,
 * never literals, so the next campaign is a new file, not new code.
 */

const isoDate = z.string().check(z.refine(isValidIsoDate, { error: 'date AAAA-MM-JJ attendue' }));
/** A day, or only a month (`2025-09`) when the note gives no day: never an invented day. */
const dayOrMonth = z
  .string()
  .check(z.refine(isDayOrMonth, { error: 'date AAAA-MM-JJ ou mois AAAA-MM attendu' }));
const campaignId = z.string().check(z.regex(/^\d{4}-\d{4}$/));
const year = z.string().check(z.regex(/^\d{4}$/));
const text = z.string().check(z.minLength(1));
/**
 * Where a value comes from: a section of the note with its words (`quote`, verbatim, « […] »
 * where cut: test/unit/quotes.test.ts checks it against the note), or another source (the
 * national CLAS page) named with its address and no quote, since we cannot check its words.
 */
const source = z.object({
  section: text,
  quote: z.optional(text),
  url: z.optional(z.string().check(z.regex(/^https:\/\//))),
});
const param = <T extends z.ZodMiniType>(value: T) =>
  z.object({ value, from: isoDate, to: isoDate, source });
const euros = z.number().check(z.gte(0));
const count = z.int().check(z.gte(0));

export const campaignSchema = z
  .object({
    format: z.literal('clas-campaign/1'),
    department: z.string(),
    departmentName: z.string(),
    campaign: campaignId,
    previousCampaign: campaignId,
    note: z.string(),
    period: z.object({ from: isoDate, to: isoDate }),
    parameters: z.object({
      depositOpens: param(isoDate),
      depositCloses: param(isoDate),
      bilanDue: param(isoDate),
      sphinxDue: param(dayOrMonth),
      committeeDate: param(dayOrMonth),
      decisionDate: param(dayOrMonth),
      psRatePercent: param(z.number().check(z.gt(0), z.lte(100))),
      psCeilingEuros: param(euros),
      psMaximumEuros: param(euros),
      bonusChildrenEuros: param(euros),
      bonusParentsEuros: param(euros),
      msaFlatEuros: param(euros),
      tneMinEuros: param(euros),
      tneMaxEuros: param(euros),
      groupMinChildren: param(count),
      groupMaxChildren: param(count),
      groupMinStaff: param(count),
      schoolLevels: param(z.array(z.string())),
      forecastYear: param(year),
      pluriannualCampaigns: param(z.array(campaignId)),
      bilanDocument: param(text),
      adjustmentDocument: param(text),
      cityCofundingYear: param(year),
    }),
  })
  .check(
    z.refine((c) => c.parameters.depositOpens.value <= c.parameters.depositCloses.value, {
      error: 'la date d’ouverture du dépôt suit sa clôture',
    }),
    z.refine((c) => c.parameters.tneMinEuros.value <= c.parameters.tneMaxEuros.value, {
      error: 'le minimum TNE dépasse le maximum',
    }),
    z.refine((c) => c.parameters.groupMinChildren.value <= c.parameters.groupMaxChildren.value, {
      error: 'la taille minimale d’un groupe dépasse la maximale',
    }),
  );

export type CampaignFile = z.infer<typeof campaignSchema>;
export type ParameterName = keyof CampaignFile['parameters'];
