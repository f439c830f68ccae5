import { formatDueFr } from '../format-fr';
import {
  all,
  finding,
  given,
  renewal,
  verdict,
  type Check,
  type CheckContext,
  type Cond,
} from './context';

const campaigns = (list: readonly string[]): string =>
  list.length <= 1
    ? (list[0] ?? '')
    : `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}`;

/** §2: a carrier who already runs a Clas must opt for the pluriannual agreement. */
export const pluriannualRequired: Check = (ctx) =>
  verdict(
    all(
      renewal(ctx),
      given(ctx, 'carrier.pluriannual', () => ctx.dossier.carrier?.pluriannual !== true),
    ),
    () =>
      finding(
        'pluriannual.required',
        `Vous portez déjà un Clas : vous devez opter pour la pluriannualité, qui peut concerner les campagnes ${campaigns(ctx.campaign.pluriannualCampaigns)}. Cochez le choix pluriannuel.`,
        'carrier.pluriannual',
      ),
  );

/** §2: a first request is agreed for one year only. */
export const pluriannualFirstRequest: Check = (ctx) =>
  verdict(
    all(
      given(ctx, 'carrier.situation', () => ctx.dossier.carrier?.situation === 'first-request'),
      given(ctx, 'carrier.pluriannual', () => ctx.dossier.carrier?.pluriannual === true),
    ),
    () =>
      finding(
        'pluriannual.first-request',
        `Une première demande n’est conventionnée que pour une année (${ctx.campaign.campaign}) : la pluriannualité ne s’applique pas. Décochez le choix pluriannuel.`,
        'carrier.pluriannual',
      ),
  );

const fundedLastYear = (ctx: CheckContext): Cond =>
  given(ctx, 'carrier.fundedLastYear', () => ctx.dossier.carrier?.fundedLastYear === true);

/** §2 « Important »: funded last year means a bilan, or the request is not considered. */
export const bilanRequired: Check = (ctx) =>
  verdict(
    all(
      fundedLastYear(ctx),
      given(
        ctx,
        'attachments.previousBilan',
        () => ctx.dossier.attachments?.previousBilan !== true,
      ),
    ),
    () =>
      finding(
        'bilan.required',
        `Vous avez été financé en ${ctx.campaign.previousCampaign} : complétez le « ${ctx.campaign.bilanDocument} » et envoyez-le au Pôle partenaires de la Caf. Sans ce bilan, la nouvelle demande ne sera pas prise en compte.`,
        'attachments.previousBilan',
      ),
  );

/** §2: a renewal with changes comes with the « Ajustement » document, sent to the CAF. */
export const adjustmentDocument: Check = (ctx) =>
  verdict(
    all(
      given(ctx, 'carrier.situation', () => ctx.dossier.carrier?.situation === 'renewal-changed'),
      given(
        ctx,
        'attachments.adjustmentDocument',
        () => ctx.dossier.attachments?.adjustmentDocument !== true,
      ),
    ),
    () =>
      finding(
        'adjustment.document',
        `Votre projet change par rapport à ${ctx.campaign.previousCampaign} : complétez le document « ${ctx.campaign.adjustmentDocument} » et renvoyez-le au Pôle partenaires de la Caf.`,
        'attachments.adjustmentDocument',
      ),
  );

/** §1, §4: funded carriers fill in the Sphinx questionnaire, in the month the note gives. */
export const sphinxRequired: Check = (ctx) =>
  verdict(
    all(
      fundedLastYear(ctx),
      given(ctx, 'sphinxCompleted', () => ctx.dossier.sphinxCompleted !== true),
    ),
    () =>
      finding(
        'sphinx.required',
        `Le questionnaire Sphinx est obligatoire : à compléter ${formatDueFr(ctx.campaign.sphinxDue)}, par le lien disponible sur MonComptePartenaire.`,
        'sphinxCompleted',
      ),
  );
