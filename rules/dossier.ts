import * as z from 'zod/mini';
import { isValidIsoDate } from './dates';
import { PORTALS, SITUATIONS } from './dossier-fields';

export { AXES } from './dossier-fields';

/**
 * The `clas-dossier/1` format of ../shared/contract.md. Every field but `format` is optional:
 * a dossier being typed is partial, and a missing value becomes a finding or a checklist item.
 */

const MAX_EUROS = 100_000_000;

/** Euros as a JSON number: not negative, at most two decimals (the engine computes in cents). */
const amount = () =>
  z.number({ error: 'montant en euros attendu (nombre, ex. 8487.5)' }).check(
    z.refine((v) => Number.isFinite(v) && v >= 0, { error: 'montant positif ou nul attendu' }),
    z.refine((v) => v <= MAX_EUROS, { error: 'montant trop élevé (plus de 100 millions d’euros)' }),
    z.refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
      error: 'deux décimales au plus attendues',
    }),
  );

const count = () =>
  z.int({ error: 'nombre entier attendu' }).check(
    z.gte(0, { error: 'nombre entier positif ou nul attendu' }),
    z.refine((v) => v <= 1_000_000, { error: 'nombre trop élevé' }),
  );
const opt = z.optional;
const isoDate = () =>
  z
    .string()
    .check(
      z.refine(isValidIsoDate, { error: 'date au format AAAA-MM-JJ attendue (ex. 2025-07-10)' }),
    );

const collectiveSchema = z.object({
  name: opt(z.string()),
  children: opt(count()),
  levels: opt(z.array(z.string())),
  staff: opt(count()),
  expenses: opt(amount()),
});

const bonusSchema = z.object({
  requested: opt(z.boolean()),
  justification: opt(z.string()),
});

export const dossierSchema = z.object({
  format: z.literal('clas-dossier/1', { error: '"format": "clas-dossier/1" attendu' }),
  campaign: opt(
    z.string().check(z.regex(/^\d{4}-\d{4}$/, { error: 'campagne au format AAAA-AAAA attendue' })),
  ),
  department: opt(z.string().check(z.regex(/^(\d{2,3}|2[AB])$/, { error: 'numéro attendu' }))),
  checkedOn: opt(isoDate()),
  depositedOn: opt(isoDate()),
  portal: opt(z.enum(PORTALS)),
  carrier: opt(
    z.object({
      name: opt(z.string()),
      situation: opt(z.enum(SITUATIONS)),
      fundedLastYear: opt(z.boolean()),
      pluriannual: opt(z.boolean()),
      agreementInForce: opt(z.boolean()),
    }),
  ),
  collectives: opt(z.array(collectiveSchema)),
  axes: opt(
    z.object({
      children: opt(z.boolean()),
      parents: opt(z.boolean()),
      school: opt(z.boolean()),
      territory: opt(z.boolean()),
    }),
  ),
  descriptions: opt(
    z.object({
      childrenActions: opt(z.string()),
      parentActions: opt(z.string()),
      schoolRelations: opt(z.string()),
      localResources: opt(z.string()),
      organisation: opt(z.string()),
      evaluation: opt(z.string()),
    }),
  ),
  budget: opt(
    z.object({
      operatingExpenses: opt(amount()),
      chargesTotal: opt(amount()),
      productsTotal: opt(amount()),
      cafRequested: opt(amount()),
      departmentalCouncil: opt(amount()),
      msa: opt(amount()),
      cityContract: opt(amount()),
    }),
  ),
  bonuses: opt(
    z.object({
      children: opt(bonusSchema),
      parents: opt(bonusSchema),
      tne: opt(
        z.object({
          requested: opt(z.boolean()),
          collectives: opt(count()),
          actions: opt(z.string()),
          fundedByCdElsewhere: opt(z.boolean()),
        }),
      ),
    }),
  ),
  msa: opt(z.object({ requested: opt(z.boolean()), ruralTerritory: opt(z.boolean()) })),
  cityContract: opt(
    z.object({
      requested: opt(z.boolean()),
      addedValue: opt(z.string()),
      obtainedLastYear: opt(z.boolean()),
    }),
  ),
  attachments: opt(
    z.object({
      previousBilan: opt(z.boolean()),
      cdRecapSheet: opt(z.boolean()),
      adjustmentDocument: opt(z.boolean()),
    }),
  ),
  sphinxCompleted: opt(z.boolean()),
});

export type Dossier = z.infer<typeof dossierSchema>;
export type Collective = z.infer<typeof collectiveSchema>;
export type { Axis, Situation } from './dossier-fields';
