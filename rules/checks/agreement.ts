import { formatDueFr } from '../format-fr';
import { finding, isRenewal, type Check } from './context';

const campaigns = (list: readonly string[]): string =>
  list.length <= 1
    ? (list[0] ?? '')
    : `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}`;

/** §2: a carrier who already runs a Clas must opt for the pluriannual agreement. */
export const pluriannualRequired: Check = ({ dossier: d, campaign: p }) =>
  isRenewal(d) && d.carrier?.pluriannual !== true
    ? [
        finding(
          'pluriannual.required',
          `Vous portez déjà un Clas : vous devez opter pour la pluriannualité, qui peut concerner les campagnes ${campaigns(p.pluriannualCampaigns)}. Cochez le choix pluriannuel.`,
          'carrier.pluriannual',
        ),
      ]
    : [];

/** §2: a first request is agreed for one year only. */
export const pluriannualFirstRequest: Check = ({ dossier: d, campaign: p }) =>
  d.carrier?.situation === 'first-request' && d.carrier.pluriannual === true
    ? [
        finding(
          'pluriannual.first-request',
          `Une première demande n’est conventionnée que pour une année (${p.campaign}) : la pluriannualité ne s’applique pas. Décochez le choix pluriannuel.`,
          'carrier.pluriannual',
        ),
      ]
    : [];

/** §2 « Important »: funded last year means a bilan, or the request is not considered. */
export const bilanRequired: Check = ({ dossier: d, campaign: p }) =>
  d.carrier?.fundedLastYear === true && d.attachments?.previousBilan !== true
    ? [
        finding(
          'bilan.required',
          `Vous avez été financé en ${p.previousCampaign} : complétez le « ${p.bilanDocument} » et envoyez-le au Pôle partenaires de la Caf. Sans ce bilan, la nouvelle demande ne sera pas prise en compte.`,
          'attachments.previousBilan',
        ),
      ]
    : [];

/** §2: a renewal with changes comes with the « Ajustement » document, sent to the CAF. */
export const adjustmentDocument: Check = ({ dossier: d, campaign: p }) =>
  d.carrier?.situation === 'renewal-changed' && d.attachments?.adjustmentDocument !== true
    ? [
        finding(
          'adjustment.document',
          `Votre projet change par rapport à ${p.previousCampaign} : complétez le document « ${p.adjustmentDocument} » et renvoyez-le au Pôle partenaires de la Caf.`,
          'attachments.adjustmentDocument',
        ),
      ]
    : [];

/** §1, §4: funded carriers fill in the Sphinx questionnaire, in the month the note gives. */
export const sphinxRequired: Check = ({ dossier: d, campaign: p }) =>
  d.carrier?.fundedLastYear === true && d.sphinxCompleted !== true
    ? [
        finding(
          'sphinx.required',
          `Le questionnaire Sphinx est obligatoire : à compléter ${formatDueFr(p.sphinxDue)}, par le lien disponible sur MonComptePartenaire.`,
          'sphinxCompleted',
        ),
      ]
    : [];
