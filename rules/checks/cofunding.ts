import { formatCents } from '../format-fr';
import { eurosToCents } from '../money';
import { all, any, finding, given, isBlank, verdict, type Check } from './context';

/** §3.2: the MSA « Grandir en Milieu Rural » funds rural or fragile territories only. */
export const msaTerritory: Check = (ctx) =>
  verdict(
    all(
      given(ctx, 'msa.requested', () => ctx.dossier.msa?.requested === true),
      given(ctx, 'msa.ruralTerritory', () => ctx.dossier.msa?.ruralTerritory !== true),
    ),
    () =>
      finding(
        'msa.territory',
        `Le forfait MSA « Grandir en Milieu Rural » (${formatCents(ctx.campaign.msaFlatCents)} par porteur) est réservé aux territoires ruraux et/ou fragiles : à faible densité de population et avec un taux de ressortissants MSA supérieur à la moyenne départementale. Le territoire n’est pas indiqué comme tel : ce forfait n’est pas compté.`,
        'msa.ruralTerritory',
      ),
  );

/** An amount above zero on the « État – politique de la ville » line. */
const cityLine = (line: number | undefined) => line !== undefined && eurosToCents(line) > 0;

/** §3.4: a politique de la ville cofunding states its added value for the young people. */
export const cityAddedValue: Check = (ctx) => {
  const d = ctx.dossier;
  const asked = any(
    given(ctx, 'cityContract.requested', () => d.cityContract?.requested === true),
    given(ctx, 'budget.cityContract', () => cityLine(d.budget?.cityContract)),
  );
  return verdict(
    all(
      asked,
      given(ctx, 'cityContract.addedValue', () => isBlank(d.cityContract?.addedValue)),
    ),
    () =>
      finding(
        'city.added-value',
        'Un cofinancement politique de la ville est sollicité sans préciser sa plus-value : indiquez ce qu’il apporte aux jeunes accompagnés, en complément des dispositifs de la politique de la ville déjà mobilisés (Programme de réussite éducative, cordées de la réussite…).',
        'cityContract.addedValue',
      ),
  );
};

/**
 * §3.4: a cofunding obtained last time must appear in the provisional budget, staff costs
 * valued. A warning since contract revision 2: it concerns the politique de la ville line, not
 * the CAF's own decision.
 */
export const cityPreviousCofunding: Check = (ctx) =>
  verdict(
    all(
      given(
        ctx,
        'cityContract.obtainedLastYear',
        () => ctx.dossier.cityContract?.obtainedLastYear === true,
      ),
      given(ctx, 'budget.cityContract', () => !cityLine(ctx.dossier.budget?.cityContract)),
    ),
    () =>
      finding(
        'city.previous-cofunding',
        `Un cofinancement politique de la ville a été obtenu pour ${ctx.campaign.cityCofundingYear} : mentionnez-le sur la ligne « État – politique de la ville » du budget prévisionnel, en valorisant les charges de personnel mobilisées pour l’accompagnement (adultes relais, postes Fonjep…).`,
        'budget.cityContract',
      ),
  );
