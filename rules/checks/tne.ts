import { tneCollectives } from '../funding';
import { formatCents } from '../format-fr';
import { eurosToCents } from '../money';
import { all, finding, given, not, verdict, type Check, type CheckContext } from './context';

/*
 * §3.3: the conditions of the Conseil départemental's « Bonus parents : TNE ». They decide that
 * bonus only, not the CAF dossier (contract revision 2): warnings, and the TNE range is not
 * counted while one is unmet (rules/funding.ts). Each message says so.
 */

const requested = (ctx: CheckContext) =>
  given(ctx, 'bonuses.tne.requested', () => ctx.dossier.bonuses?.tne?.requested === true);

/** An amount on the Conseil départemental line (read, above zero). */
const cdLine = (ctx: CheckContext) =>
  given(ctx, 'budget.departmentalCouncil', () => {
    const line = ctx.dossier.budget?.departmentalCouncil;
    return line !== undefined && eurosToCents(line) > 0;
  });

/** « le bonus parents TNE (100,00 € à 500,00 € par collectif) n’est pas compté ». */
const notCounted = (ctx: CheckContext) =>
  `le bonus parents TNE (${formatCents(ctx.campaign.tneMinCents)} à ${formatCents(ctx.campaign.tneMaxCents)} par collectif) n’est pas compté`;

/** §3.3: a TNE request needs an amount on the « Conseil départemental » budget line. */
export const tneCdLine: Check = (ctx) =>
  verdict(all(requested(ctx), not(cdLine(ctx))), () =>
    finding(
      'tne.cd-line',
      `Le bonus parents TNE est demandé mais la ligne « Conseil départemental » du budget est vide : inscrivez-y le montant demandé au Conseil départemental (budget d’Elan, ou budget prévisionnel ${ctx.campaign.forecastYear} sur MonComptePartenaire). Sans ce montant, ${notCounted(ctx)}.`,
      'budget.departmentalCouncil',
    ),
  );

/** §3.3: and the Conseil départemental's fiche récapitulative attached in Elan. */
export const tneRecapSheet: Check = (ctx) =>
  verdict(
    all(
      requested(ctx),
      given(ctx, 'attachments.cdRecapSheet', () => ctx.dossier.attachments?.cdRecapSheet !== true),
    ),
    () =>
      finding(
        'tne.recap-sheet',
        `Le bonus parents TNE est demandé : complétez la fiche récapitulative du Conseil départemental (annexe de la note de cadrage) et joignez-la dans Elan. Sans cette fiche, ${notCounted(ctx)}.`,
        'attachments.cdRecapSheet',
      ),
  );

/**
 * §3.3: 100 € to 500 € per collective concerned. Only checked once a line amount exists. The
 * number concerned is the TNE field, else the number of collectives (contract).
 */
export const tneAmountRange: Check = (ctx) => {
  const d = ctx.dossier;
  const n = tneCollectives(d);
  const min = n * ctx.campaign.tneMinCents;
  const max = n * ctx.campaign.tneMaxCents;
  const line = d.budget?.departmentalCouncil;
  const cents = line === undefined ? 0 : eurosToCents(line);
  const counted =
    d.bonuses?.tne?.collectives !== undefined
      ? ['bonuses.tne.collectives']
      : ['bonuses.tne.collectives', 'collectives'];
  return verdict(
    all(
      requested(ctx),
      cdLine(ctx),
      given(ctx, counted, () => cents < min || cents > max),
    ),
    () =>
      finding(
        'tne.amount-range',
        `La ligne « Conseil départemental » (${formatCents(cents)}) sort de la fourchette du bonus TNE : ${formatCents(ctx.campaign.tneMinCents)} à ${formatCents(ctx.campaign.tneMaxCents)} par collectif concerné, soit ${formatCents(min)} à ${formatCents(max)} pour ${n} collectif${n > 1 ? 's' : ''}.`,
        'budget.departmentalCouncil',
      ),
  );
};

/** §3.3: actions already funded by the Conseil départemental elsewhere are excluded. */
export const tneDoubleFunding: Check = (ctx) =>
  verdict(
    all(
      requested(ctx),
      given(
        ctx,
        'bonuses.tne.fundedByCdElsewhere',
        () => ctx.dossier.bonuses?.tne?.fundedByCdElsewhere === true,
      ),
    ),
    () =>
      finding(
        'tne.double-funding',
        `Les actions TNE sont déjà financées par le Conseil départemental par un autre dispositif : elles sont exclues du bonus TNE, et ${notCounted(ctx)}. Proposez d’autres actions ou retirez la demande.`,
        'bonuses.tne.fundedByCdElsewhere',
      ),
  );
